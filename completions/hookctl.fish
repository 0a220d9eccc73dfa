# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_hookctl_global_optspecs
    string join \n o/output= no-input color= wide columns= q/quiet v/verbose profile= endpoint= provider= no-adapt refresh-schema h/help V/version
end

function __fish_hookctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_hookctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_hookctl_using_subcommand
    set -l cmd (__fish_hookctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c hookctl -n "__fish_hookctl_needs_command" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_needs_command" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_needs_command" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_needs_command" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_needs_command" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_needs_command" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_needs_command" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_needs_command" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_needs_command" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_needs_command" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_needs_command" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_needs_command" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_needs_command" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_needs_command" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "demo" -d 'Walk through the whole webhook life cycle on a throw-away sandbox; needs no configuration'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "subscriptions" -d 'Manage webhook subscriptions'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "subs" -d 'Manage webhook subscriptions'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "topics" -d 'List webhook topics'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "errors" -d 'List, show and delete delivery errors'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "deliveries" -d 'List and show notifications: attempts, next attempt, last error, outcome'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "events" -d 'List the delivery events of a subscription (Sentera\'s API)'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "login" -d 'Store an API token in a profile (checked against the API first)'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "logout" -d 'Remove the token from a profile'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "api" -d 'Inspect the endpoint\'s schema: print it, check which commands work, send any query'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "config" -d 'Show and edit profiles'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "sandbox" -d 'Run and drive the local sandbox API'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "sign" -d 'Print the HMAC-SHA256 signature of a payload, as the server computes it'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "verify" -d 'Check a payload\'s signature in constant time'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "render" -d 'Render a body, validation or error-handling Liquid template locally, as the server would'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "send" -d 'Send one signed delivery to a URL, exactly as the server does (or a small load test)'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "listen" -d 'Run a local receiver that captures, verifies and shows deliveries'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "replay" -d 'Re-send deliveries captured with `listen --save`'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "completions" -d 'Print the shell completion script (values such as ids and topics complete from the API)'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "export" -d 'Write every subscription the profile can see as a manifest (subscriptions as code)'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "plan" -d 'Show what `apply` would change to make the server match a manifest (exit 2: changes pending)'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "apply" -d 'Make the server match a manifest (or a saved plan): creates, updates, enables, deletes'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -l keep -d 'Keep the sandbox and listener running after the tour (Ctrl-C to stop), to explore them'
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "list" -d 'List subscriptions (every page, streamed)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "ls" -d 'List subscriptions (every page, streamed)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "show" -d 'Show one subscription with every field, templates and query in full'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "create" -d 'Create a subscription (asks for missing fields when a terminal is attached)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "update" -d 'Change any field of a subscription'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "enable" -d 'Enable (re-enable) subscriptions, by id or every disabled one'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "disable" -d 'Disable subscriptions'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "delete" -d 'Delete subscriptions'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "rm" -d 'Delete subscriptions'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "test" -d 'Deliver the topic\'s last node now (the test toggle) and wait for the outcome'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "deliver" -d 'Do what the server would for this subscription and a node, here: query, templates, sign, POST'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "prune-temporary" -d 'Remove session subscriptions left behind by `hookctl listen --subscribe`'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -l topic -d 'Only subscriptions to this topic key, e.g. scenario_session/completed' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -l created-since -d 'Only those created since: RFC 3339 (2024-05-01T12:00:00Z), a date (2024-05-01, UTC) or an age (90s, 30m, 2h, 7d, 2w)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -l updated-since -d 'Only those updated since (same forms as --created-since)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -l page-size -d 'Items per page [default: 100; 250 with --no-adapt] (also HOOKCTL_PAGE_SIZE); a server\'s smaller limit named in an error is used instead' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -l org -d 'Sentera: the organization whose subscriptions to list [default: the profile\'s organization]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -l enabled -d 'Only enabled subscriptions'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -l disabled -d 'Only disabled subscriptions'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -l temporary -d 'Only session subscriptions (`hookctl listen --subscribe`\'s), with their owner\'s state'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -l topic -d 'Only subscriptions to this topic key, e.g. scenario_session/completed' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -l created-since -d 'Only those created since: RFC 3339 (2024-05-01T12:00:00Z), a date (2024-05-01, UTC) or an age (90s, 30m, 2h, 7d, 2w)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -l updated-since -d 'Only those updated since (same forms as --created-since)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per page [default: 100; 250 with --no-adapt] (also HOOKCTL_PAGE_SIZE); a server\'s smaller limit named in an error is used instead' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -l org -d 'Sentera: the organization whose subscriptions to list [default: the profile\'s organization]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -l enabled -d 'Only enabled subscriptions'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -l disabled -d 'Only disabled subscriptions'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -l temporary -d 'Only session subscriptions (`hookctl listen --subscribe`\'s), with their owner\'s state'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l name -d 'A name for people' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l topic -d 'The topic key, e.g. user/created (`hookctl topics list`)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l topic-version -d 'The topic version [create\'s default: the newest]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l content-type -d 'The body format of deliveries [create\'s default: json]' -r -f -a "json\t''
xml\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l callback-url -d 'Where deliveries are POSTed; must be https unless --allow-http' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l integration -d 'The id of an integration to attach' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l query-file -d 'GraphQL query run at delivery with $nodeId and $nodeType; its result replaces the payload' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l validation-template-file -d 'Liquid data-validation template (must render true or false)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l template-file -d 'Liquid body template' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l error-template-file -d 'Liquid error-handling template (whatever it renders is an error)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l secret-file -d 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l secret-env -d 'Read the HMAC shared secret from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l secret -d 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l org -d 'Sentera: the organization that gets the subscription [default: the profile\'s organization]. Events do not bubble up the organization tree: subscribe each organization you need' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l event-type -d 'Sentera: an event type to receive, e.g. FEATURE_SET_CREATED (repeat, or separate with commas)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l oauth-token-url -d 'Sentera: authenticate deliveries with OAuth client credentials from this token URL' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l oauth-client-id -d 'Sentera: the OAuth client id' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l oauth-client-secret-file -d 'Sentera: read the OAuth client secret from a file (`-` for standard input)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l oauth-client-secret-env -d 'Sentera: read the OAuth client secret from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l oauth-client-secret -d 'Sentera: the OAuth client secret itself (visible to other processes: prefer the file or env forms; without any of them you are prompted)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l oauth-scope -d 'Sentera: the scope to request with the token' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l allow-http -d 'Accept an http:// callback URL (local testing)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l disabled -d 'Create it disabled'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from create" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l name -d 'A name for people' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l topic -d 'The topic key, e.g. user/created (`hookctl topics list`)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l topic-version -d 'The topic version [create\'s default: the newest]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l content-type -d 'The body format of deliveries [create\'s default: json]' -r -f -a "json\t''
xml\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l callback-url -d 'Where deliveries are POSTed; must be https unless --allow-http' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l integration -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l query-file -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l validation-template-file -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l template-file -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l error-template-file -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l secret-file -d 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l secret-env -d 'Read the HMAC shared secret from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l secret -d 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l allow-http -d 'Accept an http:// callback URL (local testing)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l clear-integration -d 'Detach the integration'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l clear-query -d 'Remove the query (deliveries carry the default payload again)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l clear-validation-template
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l clear-template
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l clear-error-template
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l clear-secret -d 'Remove the shared secret (deliveries are no longer signed)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l enable -d 'Enable it'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l disable -d 'Disable it'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from update" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from enable" -l topic -d 'With --all-disabled: only those on this topic' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from enable" -l concurrency -d 'Requests in flight at once' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from enable" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from enable" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from enable" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from enable" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from enable" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from enable" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from enable" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from enable" -l all-disabled -d 'Re-enable every disabled subscription (the CI recovery case)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from enable" -l dry-run -d 'Show what would be enabled, change nothing'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from enable" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from enable" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from enable" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from enable" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from disable" -l concurrency -d 'Requests in flight at once' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from disable" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from disable" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from disable" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from disable" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from disable" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from disable" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from disable" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from disable" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from disable" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from disable" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from disable" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from delete" -l concurrency -d 'Requests in flight at once' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from delete" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from delete" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from delete" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from delete" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from delete" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when not interactive)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from delete" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from delete" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from delete" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from rm" -l concurrency -d 'Requests in flight at once' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from rm" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from rm" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from rm" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from rm" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from rm" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from rm" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do not ask for confirmation (required when not interactive)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from rm" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from rm" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from rm" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from test" -l timeout -d 'Seconds to wait for the outcome' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from test" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from test" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from test" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from test" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from test" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from test" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from test" -l no-wait -d 'Start the test delivery and return; do not wait for its outcome'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from test" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from test" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from test" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from test" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from test" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from test" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -l node -d 'The node the notification is about (its global id)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -l to -d 'Where to POST: a local listener or your app (the subscription\'s callback URL otherwise)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -l node-url -d 'The node\'s REST URL in the default payload (derived from the endpoint otherwise)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -l domain -d '`X-Scope-Domain`' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -l delivery-timeout -d 'Give up waiting for the receiver after this long' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -l secret-file -d 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -l secret-env -d 'Read the HMAC shared secret from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -l secret -d 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -l force -d 'Send even when the data-validation template renders false'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from deliver" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from prune-temporary" -l org -d 'Sentera: the organization whose subscriptions to list [default: the profile\'s organization]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from prune-temporary" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from prune-temporary" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from prune-temporary" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from prune-temporary" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from prune-temporary" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from prune-temporary" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from prune-temporary" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from prune-temporary" -l all-hosts -d 'Also remove other hosts\' session subscriptions (whether their listen runs cannot be checked from here)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from prune-temporary" -s y -l yes -d 'Do not ask for confirmation (required when not interactive)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from prune-temporary" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from prune-temporary" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from prune-temporary" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from prune-temporary" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from prune-temporary" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from prune-temporary" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from prune-temporary" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from prune-temporary" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from help" -f -a "list" -d 'List subscriptions (every page, streamed)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one subscription with every field, templates and query in full'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a subscription (asks for missing fields when a terminal is attached)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change any field of a subscription'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Enable (re-enable) subscriptions, by id or every disabled one'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Disable subscriptions'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete subscriptions'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from help" -f -a "test" -d 'Deliver the topic\'s last node now (the test toggle) and wait for the outcome'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from help" -f -a "deliver" -d 'Do what the server would for this subscription and a node, here: query, templates, sign, POST'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from help" -f -a "prune-temporary" -d 'Remove session subscriptions left behind by `hookctl listen --subscribe`'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "list" -d 'List subscriptions (every page, streamed)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "ls" -d 'List subscriptions (every page, streamed)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "show" -d 'Show one subscription with every field, templates and query in full'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "create" -d 'Create a subscription (asks for missing fields when a terminal is attached)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "update" -d 'Change any field of a subscription'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "enable" -d 'Enable (re-enable) subscriptions, by id or every disabled one'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "disable" -d 'Disable subscriptions'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "delete" -d 'Delete subscriptions'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "rm" -d 'Delete subscriptions'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "test" -d 'Deliver the topic\'s last node now (the test toggle) and wait for the outcome'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "deliver" -d 'Do what the server would for this subscription and a node, here: query, templates, sign, POST'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "prune-temporary" -d 'Remove session subscriptions left behind by `hookctl listen --subscribe`'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list ls show create update enable disable delete rm test deliver prune-temporary help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -l topic -d 'Only subscriptions to this topic key, e.g. scenario_session/completed' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -l created-since -d 'Only those created since: RFC 3339 (2024-05-01T12:00:00Z), a date (2024-05-01, UTC) or an age (90s, 30m, 2h, 7d, 2w)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -l updated-since -d 'Only those updated since (same forms as --created-since)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -l page-size -d 'Items per page [default: 100; 250 with --no-adapt] (also HOOKCTL_PAGE_SIZE); a server\'s smaller limit named in an error is used instead' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -l org -d 'Sentera: the organization whose subscriptions to list [default: the profile\'s organization]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -l enabled -d 'Only enabled subscriptions'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -l disabled -d 'Only disabled subscriptions'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -l temporary -d 'Only session subscriptions (`hookctl listen --subscribe`\'s), with their owner\'s state'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -l topic -d 'Only subscriptions to this topic key, e.g. scenario_session/completed' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -l created-since -d 'Only those created since: RFC 3339 (2024-05-01T12:00:00Z), a date (2024-05-01, UTC) or an age (90s, 30m, 2h, 7d, 2w)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -l updated-since -d 'Only those updated since (same forms as --created-since)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per page [default: 100; 250 with --no-adapt] (also HOOKCTL_PAGE_SIZE); a server\'s smaller limit named in an error is used instead' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -l org -d 'Sentera: the organization whose subscriptions to list [default: the profile\'s organization]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -l enabled -d 'Only enabled subscriptions'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -l disabled -d 'Only disabled subscriptions'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -l temporary -d 'Only session subscriptions (`hookctl listen --subscribe`\'s), with their owner\'s state'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from show" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from show" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from show" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from show" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from show" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from show" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from show" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from show" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l name -d 'A name for people' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l topic -d 'The topic key, e.g. user/created (`hookctl topics list`)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l topic-version -d 'The topic version [create\'s default: the newest]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l content-type -d 'The body format of deliveries [create\'s default: json]' -r -f -a "json\t''
xml\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l callback-url -d 'Where deliveries are POSTed; must be https unless --allow-http' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l integration -d 'The id of an integration to attach' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l query-file -d 'GraphQL query run at delivery with $nodeId and $nodeType; its result replaces the payload' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l validation-template-file -d 'Liquid data-validation template (must render true or false)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l template-file -d 'Liquid body template' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l error-template-file -d 'Liquid error-handling template (whatever it renders is an error)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l secret-file -d 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l secret-env -d 'Read the HMAC shared secret from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l secret -d 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l org -d 'Sentera: the organization that gets the subscription [default: the profile\'s organization]. Events do not bubble up the organization tree: subscribe each organization you need' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l event-type -d 'Sentera: an event type to receive, e.g. FEATURE_SET_CREATED (repeat, or separate with commas)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l oauth-token-url -d 'Sentera: authenticate deliveries with OAuth client credentials from this token URL' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l oauth-client-id -d 'Sentera: the OAuth client id' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l oauth-client-secret-file -d 'Sentera: read the OAuth client secret from a file (`-` for standard input)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l oauth-client-secret-env -d 'Sentera: read the OAuth client secret from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l oauth-client-secret -d 'Sentera: the OAuth client secret itself (visible to other processes: prefer the file or env forms; without any of them you are prompted)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l oauth-scope -d 'Sentera: the scope to request with the token' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l allow-http -d 'Accept an http:// callback URL (local testing)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l disabled -d 'Create it disabled'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from create" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l name -d 'A name for people' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l topic -d 'The topic key, e.g. user/created (`hookctl topics list`)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l topic-version -d 'The topic version [create\'s default: the newest]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l content-type -d 'The body format of deliveries [create\'s default: json]' -r -f -a "json\t''
xml\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l callback-url -d 'Where deliveries are POSTed; must be https unless --allow-http' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l integration -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l query-file -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l validation-template-file -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l template-file -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l error-template-file -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l secret-file -d 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l secret-env -d 'Read the HMAC shared secret from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l secret -d 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l allow-http -d 'Accept an http:// callback URL (local testing)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l clear-integration -d 'Detach the integration'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l clear-query -d 'Remove the query (deliveries carry the default payload again)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l clear-validation-template
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l clear-template
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l clear-error-template
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l clear-secret -d 'Remove the shared secret (deliveries are no longer signed)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l enable -d 'Enable it'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l disable -d 'Disable it'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from update" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from enable" -l topic -d 'With --all-disabled: only those on this topic' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from enable" -l concurrency -d 'Requests in flight at once' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from enable" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from enable" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from enable" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from enable" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from enable" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from enable" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from enable" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from enable" -l all-disabled -d 'Re-enable every disabled subscription (the CI recovery case)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from enable" -l dry-run -d 'Show what would be enabled, change nothing'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from enable" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from enable" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from enable" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from enable" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from disable" -l concurrency -d 'Requests in flight at once' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from disable" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from disable" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from disable" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from disable" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from disable" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from disable" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from disable" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from disable" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from disable" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from disable" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from disable" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from delete" -l concurrency -d 'Requests in flight at once' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from delete" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from delete" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from delete" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from delete" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from delete" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when not interactive)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from delete" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from delete" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from delete" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from rm" -l concurrency -d 'Requests in flight at once' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from rm" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from rm" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from rm" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from rm" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from rm" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from rm" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do not ask for confirmation (required when not interactive)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from rm" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from rm" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from rm" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from test" -l timeout -d 'Seconds to wait for the outcome' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from test" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from test" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from test" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from test" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from test" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from test" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from test" -l no-wait -d 'Start the test delivery and return; do not wait for its outcome'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from test" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from test" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from test" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from test" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from test" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from test" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -l node -d 'The node the notification is about (its global id)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -l to -d 'Where to POST: a local listener or your app (the subscription\'s callback URL otherwise)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -l node-url -d 'The node\'s REST URL in the default payload (derived from the endpoint otherwise)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -l domain -d '`X-Scope-Domain`' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -l delivery-timeout -d 'Give up waiting for the receiver after this long' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -l secret-file -d 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -l secret-env -d 'Read the HMAC shared secret from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -l secret -d 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -l force -d 'Send even when the data-validation template renders false'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from deliver" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from prune-temporary" -l org -d 'Sentera: the organization whose subscriptions to list [default: the profile\'s organization]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from prune-temporary" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from prune-temporary" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from prune-temporary" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from prune-temporary" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from prune-temporary" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from prune-temporary" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from prune-temporary" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from prune-temporary" -l all-hosts -d 'Also remove other hosts\' session subscriptions (whether their listen runs cannot be checked from here)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from prune-temporary" -s y -l yes -d 'Do not ask for confirmation (required when not interactive)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from prune-temporary" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from prune-temporary" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from prune-temporary" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from prune-temporary" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from prune-temporary" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from prune-temporary" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from prune-temporary" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from prune-temporary" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from help" -f -a "list" -d 'List subscriptions (every page, streamed)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one subscription with every field, templates and query in full'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a subscription (asks for missing fields when a terminal is attached)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change any field of a subscription'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Enable (re-enable) subscriptions, by id or every disabled one'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Disable subscriptions'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete subscriptions'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from help" -f -a "test" -d 'Deliver the topic\'s last node now (the test toggle) and wait for the outcome'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from help" -f -a "deliver" -d 'Do what the server would for this subscription and a node, here: query, templates, sign, POST'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from help" -f -a "prune-temporary" -d 'Remove session subscriptions left behind by `hookctl listen --subscribe`'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list ls help" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list ls help" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list ls help" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list ls help" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list ls help" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list ls help" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list ls help" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list ls help" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list ls help" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list ls help" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list ls help" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list ls help" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list ls help" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list ls help" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list ls help" -f -a "list" -d 'List every topic with its version and node type'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list ls help" -f -a "ls" -d 'List every topic with its version and node type'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list ls help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l key -d 'Only the topic with this key' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from ls" -l key -d 'Only the topic with this key' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from ls" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from ls" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from ls" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from ls" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from ls" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from ls" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from ls" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from ls" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every topic with its version and node type'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list ls show delete rm replay help" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list ls show delete rm replay help" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list ls show delete rm replay help" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list ls show delete rm replay help" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list ls show delete rm replay help" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list ls show delete rm replay help" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list ls show delete rm replay help" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list ls show delete rm replay help" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list ls show delete rm replay help" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list ls show delete rm replay help" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list ls show delete rm replay help" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list ls show delete rm replay help" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list ls show delete rm replay help" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list ls show delete rm replay help" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list ls show delete rm replay help" -f -a "list" -d 'List a subscription\'s delivery errors (or every subscription\'s with --all), oldest first'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list ls show delete rm replay help" -f -a "ls" -d 'List a subscription\'s delivery errors (or every subscription\'s with --all), oldest first'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list ls show delete rm replay help" -f -a "show" -d 'Show one error with the request and response in full'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list ls show delete rm replay help" -f -a "delete" -d 'Delete errors by id, or every error of a subscription'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list ls show delete rm replay help" -f -a "rm" -d 'Delete errors by id, or every error of a subscription'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list ls show delete rm replay help" -f -a "replay" -d 'Send what failed deliveries recorded again, to a local URL (the listener\'s by default)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list ls show delete rm replay help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -l since -d 'Only those since: RFC 3339, a date (UTC) or an age (30m, 2h, 7d, 2w; on a sandbox, counted back from its clock)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -l all -d 'Every subscription\'s errors (with a SUBSCRIPTION column, and `subscriptionId` in JSON)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from ls" -l since -d 'Only those since: RFC 3339, a date (UTC) or an age (30m, 2h, 7d, 2w; on a sandbox, counted back from its clock)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from ls" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from ls" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from ls" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from ls" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from ls" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from ls" -l all -d 'Every subscription\'s errors (with a SUBSCRIPTION column, and `subscriptionId` in JSON)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from ls" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from ls" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from ls" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from show" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from show" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from delete" -l all -d 'Delete every error of this subscription' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from delete" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from delete" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from delete" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from delete" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from delete" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when not interactive)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from delete" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from delete" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from delete" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from rm" -l all -d 'Delete every error of this subscription' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from rm" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from rm" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from rm" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from rm" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from rm" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from rm" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do not ask for confirmation (required when not interactive)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from rm" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from rm" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from rm" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from replay" -l all -d 'Replay every error of this subscription, oldest first, once per job id' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from replay" -l since -d 'With --all: only errors since: RFC 3339, a date (UTC) or an age (30m, 2h, 7d)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from replay" -l to -d 'Where to send them' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from replay" -l secret-file -d 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from replay" -l secret-env -d 'Read the HMAC shared secret from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from replay" -l secret -d 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from replay" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from replay" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from replay" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from replay" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from replay" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from replay" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from replay" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from replay" -l keep-signature -d 'Send the recorded signature instead of computing one (it matches: the body is the same)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from replay" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from replay" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from replay" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from replay" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from replay" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from replay" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from replay" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from replay" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a subscription\'s delivery errors (or every subscription\'s with --all), oldest first'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one error with the request and response in full'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete errors by id, or every error of a subscription'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from help" -f -a "replay" -d 'Send what failed deliveries recorded again, to a local URL (the listener\'s by default)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and not __fish_seen_subcommand_from list ls show help" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and not __fish_seen_subcommand_from list ls show help" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and not __fish_seen_subcommand_from list ls show help" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and not __fish_seen_subcommand_from list ls show help" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and not __fish_seen_subcommand_from list ls show help" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and not __fish_seen_subcommand_from list ls show help" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and not __fish_seen_subcommand_from list ls show help" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and not __fish_seen_subcommand_from list ls show help" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and not __fish_seen_subcommand_from list ls show help" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and not __fish_seen_subcommand_from list ls show help" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and not __fish_seen_subcommand_from list ls show help" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and not __fish_seen_subcommand_from list ls show help" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and not __fish_seen_subcommand_from list ls show help" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and not __fish_seen_subcommand_from list ls show help" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and not __fish_seen_subcommand_from list ls show help" -f -a "list" -d 'List notifications: one subscription\'s, or every subscription\'s'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and not __fish_seen_subcommand_from list ls show help" -f -a "ls" -d 'List notifications: one subscription\'s, or every subscription\'s'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and not __fish_seen_subcommand_from list ls show help" -f -a "show" -d 'Show one notification: attempts, next attempt, last error, outcome'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and not __fish_seen_subcommand_from list ls show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from list" -l status -d 'Only notifications in this state' -r -f -a "pending\t''
failed\t''
succeeded\t''
skipped\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from list" -l since -d 'Only those since: RFC 3339, a date (UTC) or an age (30m, 2h, 7d, 2w; on a sandbox, counted back from its clock)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from list" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from list" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from list" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from list" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from list" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from list" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from list" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from ls" -l status -d 'Only notifications in this state' -r -f -a "pending\t''
failed\t''
succeeded\t''
skipped\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from ls" -l since -d 'Only those since: RFC 3339, a date (UTC) or an age (30m, 2h, 7d, 2w; on a sandbox, counted back from its clock)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from ls" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from ls" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from ls" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from ls" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from ls" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from ls" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from ls" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from ls" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from show" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from show" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from show" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from show" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from show" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from show" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from show" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from show" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from help" -f -a "list" -d 'List notifications: one subscription\'s, or every subscription\'s'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one notification: attempts, next attempt, last error, outcome'
complete -c hookctl -n "__fish_hookctl_using_subcommand deliveries; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and not __fish_seen_subcommand_from list ls help" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and not __fish_seen_subcommand_from list ls help" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and not __fish_seen_subcommand_from list ls help" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and not __fish_seen_subcommand_from list ls help" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and not __fish_seen_subcommand_from list ls help" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and not __fish_seen_subcommand_from list ls help" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and not __fish_seen_subcommand_from list ls help" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and not __fish_seen_subcommand_from list ls help" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and not __fish_seen_subcommand_from list ls help" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and not __fish_seen_subcommand_from list ls help" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and not __fish_seen_subcommand_from list ls help" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and not __fish_seen_subcommand_from list ls help" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and not __fish_seen_subcommand_from list ls help" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and not __fish_seen_subcommand_from list ls help" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and not __fish_seen_subcommand_from list ls help" -f -a "list" -d 'List a subscription\'s events with their delivery status (Sentera\'s API), a page at a time'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and not __fish_seen_subcommand_from list ls help" -f -a "ls" -d 'List a subscription\'s events with their delivery status (Sentera\'s API), a page at a time'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and not __fish_seen_subcommand_from list ls help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from list" -l status -d 'Only events in this status: pending, delivered or failed' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from list" -l event-type -d 'Only events of this type, e.g. FEATURE_SET_CREATED' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from list" -l since -d 'Only events created at or after: RFC 3339, a date (UTC) or an age (30m, 2h, 7d)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from list" -l until -d 'Only events created before (same forms as --since)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from list" -l page -d 'Which page, from 1' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from list" -l page-size -d 'Events per page (1..250)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from list" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from list" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from list" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from list" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from list" -l all -d 'Every page, one after the other (--page-size sets the request size)'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from list" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from list" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from list" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from ls" -l status -d 'Only events in this status: pending, delivered or failed' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from ls" -l event-type -d 'Only events of this type, e.g. FEATURE_SET_CREATED' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from ls" -l since -d 'Only events created at or after: RFC 3339, a date (UTC) or an age (30m, 2h, 7d)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from ls" -l until -d 'Only events created before (same forms as --since)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from ls" -l page -d 'Which page, from 1' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from ls" -l page-size -d 'Events per page (1..250)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from ls" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from ls" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from ls" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from ls" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from ls" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from ls" -l all -d 'Every page, one after the other (--page-size sets the request size)'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from ls" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from ls" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from ls" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a subscription\'s events with their delivery status (Sentera\'s API), a page at a time'
complete -c hookctl -n "__fish_hookctl_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -l token-env -d 'Do not store the token: read it from this environment variable each time' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -l token-command -d 'Do not store the token: run this shell command each time and use its output (e.g. "pass show scope/api")' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -l token-stdin -d 'Read the token from standard input (for CI: `echo "$TOKEN" | hookctl login --token-stdin`)'
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and not __fish_seen_subcommand_from schema check graphql help" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and not __fish_seen_subcommand_from schema check graphql help" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and not __fish_seen_subcommand_from schema check graphql help" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and not __fish_seen_subcommand_from schema check graphql help" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and not __fish_seen_subcommand_from schema check graphql help" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and not __fish_seen_subcommand_from schema check graphql help" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and not __fish_seen_subcommand_from schema check graphql help" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and not __fish_seen_subcommand_from schema check graphql help" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and not __fish_seen_subcommand_from schema check graphql help" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and not __fish_seen_subcommand_from schema check graphql help" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and not __fish_seen_subcommand_from schema check graphql help" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and not __fish_seen_subcommand_from schema check graphql help" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and not __fish_seen_subcommand_from schema check graphql help" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and not __fish_seen_subcommand_from schema check graphql help" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and not __fish_seen_subcommand_from schema check graphql help" -f -a "schema" -d 'Print the endpoint\'s schema as SDL (introspected; cached for 24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and not __fish_seen_subcommand_from schema check graphql help" -f -a "check" -d 'Say, for each hookctl command, whether it works on the endpoint\'s schema as is, works with fields dropped, or cannot work (exit 11 when one cannot)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and not __fish_seen_subcommand_from schema check graphql help" -f -a "graphql" -d 'Send a GraphQL query or mutation with the profile\'s endpoint and token; print the answer'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and not __fish_seen_subcommand_from schema check graphql help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from schema" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from schema" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from schema" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from schema" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from schema" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from schema" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from schema" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from schema" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from schema" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from schema" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from schema" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from schema" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from schema" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from schema" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from schema" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from check" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from check" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from check" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from check" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from check" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from check" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from check" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from check" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from check" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from check" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from graphql" -l query -d 'The query text (`-q` is the global --quiet)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from graphql" -l query-file -d 'Read the query from a file (- for standard input)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from graphql" -s F -l field -d 'A typed variable: number, boolean, null or JSON; otherwise a string' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from graphql" -s f -l raw-field -d 'A string variable, sent as written' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from graphql" -l variables -d 'A JSON file of variables (an object); -F and -f override its entries' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from graphql" -l page-size -d 'The `$first` sent when the query takes one and no -F first=… is given [default: 100]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from graphql" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from graphql" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from graphql" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from graphql" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from graphql" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from graphql" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from graphql" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from graphql" -l paginate -d 'Follow `pageInfo { hasNextPage endCursor }` through every page'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from graphql" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from graphql" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from graphql" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from graphql" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from graphql" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from graphql" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from graphql" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from graphql" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "schema" -d 'Print the endpoint\'s schema as SDL (introspected; cached for 24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "check" -d 'Say, for each hookctl command, whether it works on the endpoint\'s schema as is, works with fields dropped, or cannot work (exit 11 when one cannot)'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "graphql" -d 'Send a GraphQL query or mutation with the profile\'s endpoint and token; print the answer'
complete -c hookctl -n "__fish_hookctl_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list ls show use set help" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list ls show use set help" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list ls show use set help" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list ls show use set help" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list ls show use set help" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list ls show use set help" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list ls show use set help" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list ls show use set help" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list ls show use set help" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list ls show use set help" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list ls show use set help" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list ls show use set help" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list ls show use set help" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list ls show use set help" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list ls show use set help" -f -a "list" -d 'List profiles (the current one is marked)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list ls show use set help" -f -a "ls" -d 'List profiles (the current one is marked)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list ls show use set help" -f -a "show" -d 'Show one profile (default: the one in use) and where the config file is'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list ls show use set help" -f -a "use" -d 'Make a profile the current one'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list ls show use set help" -f -a "set" -d 'Set a field of the profile in use (--profile NAME for another); an empty value unsets it'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list ls show use set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from show" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from show" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from show" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from show" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from show" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from use" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from use" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from use" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from use" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from use" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from use" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from use" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from use" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from use" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from set" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from set" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from set" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from set" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from set" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from set" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from set" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'List profiles (the current one is marked)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one profile (default: the one in use) and where the config file is'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the current one'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a field of the profile in use (--profile NAME for another); an empty value unsets it'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -f -a "serve" -d 'Serve the sandbox GraphQL API (state kept in SQLite, so it survives restarts)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -f -a "token" -d 'Manage API tokens of the sandbox'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -f -a "fixtures" -d 'Load subscriptions and delivery-error records from a fixture file'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -f -a "node" -d 'Create, update and delete nodes; each change emits <type>/created|updated|deleted'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -f -a "emit" -d 'Emit a topic for a node (e.g. scenario_session/completed); prints the queued deliveries'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -f -a "clock" -d 'Show or move the sandbox clock (retries are scheduled on it)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -f -a "schema" -d 'Print the GraphQL schema (SDL) the sandbox serves'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -f -a "sentera" -d 'Drive the sandbox\'s emulation of Sentera\'s API (organizations, events)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -f -a "first-generation" -d 'Enable, disable and inspect the first-generation (organization-wide) webhooks'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve token fixtures node emit clock schema sentera first-generation help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l host -d 'Address to listen on' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s p -l port -d 'Port to listen on (0: any free port)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l db -d 'Database file (default: sandbox.db in the data directory)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l token -d 'Fix the default user\'s token (visible to other processes: prefer --token-file or HOOKCTL_SANDBOX_TOKEN)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l token-file -d 'Read the default user\'s token from a file (`-` for standard input)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l domain -d 'The X-Scope-Domain deliveries carry' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l time-scale -d 'Run the sandbox clock this many times faster than wall time (retries come sooner)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fixtures -d 'Load subscriptions and error records from this fixture file on start' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from token" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from token" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from token" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from token" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from token" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from token" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from token" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from token" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from token" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from token" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from token" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from token" -f -a "create" -d 'Add a token for a user of an organization (both created if new); prints the token'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from token" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from fixtures" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from fixtures" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from fixtures" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from fixtures" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from fixtures" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from fixtures" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from fixtures" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from fixtures" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from fixtures" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from fixtures" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from fixtures" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from fixtures" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from fixtures" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from fixtures" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from fixtures" -f -a "load" -d 'Load a fixture file into the database (safe while the sandbox runs; loading twice changes nothing)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from fixtures" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from node" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from node" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from node" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from node" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from node" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from node" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from node" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from node" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from node" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from node" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from node" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from node" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from node" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from node" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from node" -f -a "create" -d 'Create a node (emits <type>/created); prints its id'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from node" -f -a "update" -d 'Change a node\'s attributes (emits <type>/updated); `--set key:=null` removes one'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from node" -f -a "delete" -d 'Delete a node (emits <type>/deleted)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from node" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from emit" -l node -d 'The global id of the node the event is about' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from emit" -l token-file -d 'Read the API token from a file (`-` for standard input). Default: HOOKCTL_TOKEN, else the local sandbox\'s own token file' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from emit" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from emit" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from emit" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from emit" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from emit" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from emit" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from emit" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from emit" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from emit" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from emit" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from emit" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from emit" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from emit" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from emit" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -f -a "show" -d 'Print the sandbox\'s current time'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -f -a "advance" -d 'Move the clock forward, running every retry that falls due on the way (in order); returns when they are done'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from schema" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from schema" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from schema" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from schema" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from schema" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from schema" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from schema" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from schema" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from schema" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from schema" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from schema" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from schema" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from schema" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from schema" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from sentera" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from sentera" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from sentera" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from sentera" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from sentera" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from sentera" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from sentera" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from sentera" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from sentera" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from sentera" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from sentera" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from sentera" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from sentera" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from sentera" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from sentera" -f -a "orgs" -d 'List the organizations this token sees, with their sentera_ids and parents'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from sentera" -f -a "create-org" -d 'Create an organization, at the top of the tree or below --parent'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from sentera" -f -a "emit" -d 'Make an event happen in an organization: one delivery event per subscription of exactly that organization to the type (parents are not notified)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from sentera" -f -a "schema" -d 'Print the Sentera GraphQL schema (SDL) the sandbox serves'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from sentera" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from first-generation" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from first-generation" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from first-generation" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from first-generation" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from first-generation" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from first-generation" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from first-generation" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from first-generation" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from first-generation" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from first-generation" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from first-generation" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from first-generation" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from first-generation" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from first-generation" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from first-generation" -f -a "enable" -d 'Send Call.create, Call.update, ScenarioSession.create and ScenarioSession.update of the token\'s organization to URL (one base URL per organization; replaces the previous one)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from first-generation" -f -a "disable" -d 'Stop sending first-generation webhooks'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from first-generation" -f -a "show" -d 'Show the base URL and the 50 most recent notifications'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from first-generation" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the sandbox GraphQL API (state kept in SQLite, so it survives restarts)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "token" -d 'Manage API tokens of the sandbox'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "fixtures" -d 'Load subscriptions and delivery-error records from a fixture file'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "node" -d 'Create, update and delete nodes; each change emits <type>/created|updated|deleted'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "emit" -d 'Emit a topic for a node (e.g. scenario_session/completed); prints the queued deliveries'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "clock" -d 'Show or move the sandbox clock (retries are scheduled on it)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "schema" -d 'Print the GraphQL schema (SDL) the sandbox serves'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "sentera" -d 'Drive the sandbox\'s emulation of Sentera\'s API (organizations, events)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "first-generation" -d 'Enable, disable and inspect the first-generation (organization-wide) webhooks'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -s d -l data -d 'The exact payload bytes to sign: a file, or - for standard input' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l secret-file -d 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l secret-env -d 'Read the HMAC shared secret from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l secret -d 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l header -d 'Print the whole `X-Scope-Hmac-Sha256: …` header line'
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s d -l data -d 'The exact payload bytes: a file, or - for standard input' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s s -l signature -d 'The signature to check (the `X-Scope-Hmac-Sha256` value)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l headers -d 'A file holding the request headers (`Name: value` lines, a JSON object, or a `listen --save` line)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l secret-file -d 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l secret-env -d 'Read the HMAC shared secret from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l secret -d 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -s t -l template -d 'The Liquid template: a file, or - for standard input' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -s d -l data -d 'A JSON object whose top-level keys become the template\'s variables (body and validation kinds). Default: the default payload, {"data": {"id": …, "url": …}}' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -s k -l kind -d 'Which kind of template this is' -r -f -a "body\t'A request-body template: prints the rendered text exactly'
validation\t'A data-validation template: must render `true` (send) or `false` (skip)'
error\t'An error-handling template: renders an error message, or nothing when the response is fine'"
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -l content-type -d 'Body kind: check that the rendered body parses as this type; say where it does not' -r -f -a "json\t''
xml\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -l response-body -d 'Error kind: the response body to expose as `body` (JSON when it parses, else a string)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -l response-headers -d 'Error kind: response headers to expose as `headers`: `Name: value` lines (as `curl -D` writes them; status lines skipped) or a JSON object' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -l capture -d 'Error kind: take the response from a JSON-lines capture file (as `hookctl listen --save` writes): one object per line with `headers` and `body` or `body_base64`' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -l index -d 'With --capture: which line to use, counting from 0 (default: the last one)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -s d -l data -d 'The payload: a JSON file (its keys become template variables), or - for standard input' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l node-id -d 'Send the default payload `{"data": {"id": …, "url": …}}` for this node id (a random one otherwise)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l node-url -d 'The node\'s REST URL in the default payload (derived from --domain otherwise)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -s t -l template -d 'A Liquid body template rendered with the payload\'s variables' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l error-template -d 'A Liquid error-handling template applied to the response (`body`, `headers`)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l content-type -r -f -a "json\t''
xml\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l topic -d '`X-Scope-Topic`' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l topic-version -d '`X-Scope-Topic-Version`' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l api-version -d '`X-Scope-API-Version`' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l domain -d '`X-Scope-Domain`' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l webhook-id -d '`X-Scope-Webhook-Id` (a random UUID otherwise)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l job-id -d '`X-Scope-Webhook-Job-Id` (a random UUID per request otherwise)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -s H -l header -d 'An extra request header, `Name: value` (repeatable)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l format -d 'Payload format' -r -f -a "scope\t'The current payload with `X-Scope-*` headers'
first-generation\t'The first-generation payload `{time, event, type, data: {resource-id, …}}` (`legacy` works too)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l event -d 'First-generation format: the event (`create` or `update`)' -r -f -a "create\t''
update\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l resource-type -d 'First-generation format: the resource type' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l timeout -d 'Give up waiting for a response after this long (e.g. 5s, 500ms)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l repeat -d 'Send this many requests (a small load test of your own endpoint)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -s c -l concurrency -d 'How many requests are in flight at once with --repeat' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l secret-file -d 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l secret-env -d 'Read the HMAC shared secret from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l secret -d 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l host -d 'Address to listen on' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -s p -l port -d 'Port to listen on (0 picks a free one; the sandbox takes 8787)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l path -d 'Path that receives deliveries; other paths answer 404' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l secret-file -d 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l secret-env -d 'Read the HMAC shared secret from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l secret -d 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l save -d 'Append each delivery to FILE as one JSON line (created with its directories); each is on disk before it is acknowledged' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l status -d 'Status to answer (simulate a failing receiver with 500, 503, …)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l delay -d 'Wait this many milliseconds before answering (try above 5000 to cause sender timeouts)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l fail-every -d 'Answer 500 to every N-th delivery' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l forward-to -d 'Relay each delivery (body and headers) to a local app and answer with its response' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l max-body -d 'Answer 413 to bodies larger than this many bytes' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l require-bearer-file -d 'Require `Authorization: Bearer TOKEN`, the token read from a file (`-` for standard input)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l require-bearer-env -d 'Require `Authorization: Bearer TOKEN`, the token read from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l require-bearer -d 'Require `Authorization: Bearer TOKEN` (visible to other processes: prefer the -file or -env form)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l oauth-client-id -d 'The client id the token endpoint accepts' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l oauth-client-secret-file -d 'The client secret, read from a file (`-` for standard input)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l oauth-client-secret-env -d 'The client secret, read from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l oauth-client-secret -d 'The client secret itself (visible to other processes: prefer the -file or -env form)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l oauth-token-ttl -d 'Lifetime of issued tokens, in seconds' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l tunnel -d 'Expose the listener through this installed tool, run as a child and stopped on exit (hookctl never downloads it)' -r -f -a "cloudflared\t'Cloudflare\'s quick tunnel: `cloudflared tunnel --url http://127.0.0.1:PORT --no-autoupdate`'
ngrok\t'`ngrok http PORT --log stdout --log-format json` (needs `ngrok config add-authtoken` once)'
bore\t'`bore local PORT --to SERVER` (a TCP tunnel; --tunnel-server names the server)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l tunnel-command -d 'Run this command as the tunnel: `{port}` (and `{host}`) are replaced, the words split as a shell would, no shell runs it; its first http(s) URL is the public URL' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l tunnel-url -d 'Use a tunnel you already run: its public base URL (--path is appended). It is probed too' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l tunnel-server -d 'The bore server for --tunnel bore (`bore local PORT --to SERVER`)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l tunnel-timeout -d 'How long to wait for the tool to print its public URL' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l tunnel-probe -d 'Check this often that the tunnel reaches the listener (a GET through the public URL); when it does not, listen exits with code 4' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l subscribe -d 'Subscribe this listener for as long as it runs: one temporary subscription per topic (Scope) or event type (Sentera, with --org) at the tunnel\'s URL (or the local one, which only a local sandbox reaches), signed with a fresh shared secret (or the --secret-* one); deleted when listen stops' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l from -d 'Scope: subscribe with a copy of this subscription\'s topic, content type, query and templates' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l org -d 'Sentera: the organization to subscribe in [default: the profile\'s organization]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l ui-addr -d 'Address of the inspector; off loopback it requires a token (printed once on stderr)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l ui-keep -d 'How many deliveries the inspector keeps in memory' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l reject-invalid -d 'Answer 401 to deliveries whose signature is wrong or missing (needs a secret)'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l no-fsync -d 'With --save: answer once a capture is written, without waiting for fdatasync. Captures still survive the process being killed, not a machine crash; much faster under load'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l oauth-token-endpoint -d 'Also serve an OAuth2 client-credentials token endpoint at /oauth/token; deliveries must then carry a token it issued'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l tunnel-restart -d 'Restart the tool when it exits or stops answering, instead of exiting'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l ui -d 'Serve a web inspector of the deliveries (and a JSON API) on --ui-addr'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l open -d 'With --ui: open the inspector in a browser, when one is available'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l ui-load -d 'With --ui and --save: also show what the save file already holds'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -s n -l index -d 'Replay the N-th capture (1 is the first line)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l to -d 'Where to send them' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l timeout -d 'Seconds to wait for each answer' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l all -d 'Replay every capture, in order'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -l static -d 'Print a self-contained script (no values from the API) instead of the dynamic one'
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand export" -s f -l file -d 'Write the manifest here, templates and queries beside it in hooks/ (stdout otherwise)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand export" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand export" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand export" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand export" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand export" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand export" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand export" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand export" -l inline -d 'Keep templates and queries in the TOML instead of files'
complete -c hookctl -n "__fish_hookctl_using_subcommand export" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand export" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand export" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand export" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand export" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand export" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand export" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand export" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand plan" -s f -l file -d 'The manifest' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand plan" -l out -d 'Also save the plan as JSON, for `hookctl apply PLAN.json`' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand plan" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand plan" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand plan" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand plan" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand plan" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand plan" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand plan" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand plan" -l prune -d 'Plan deletes of subscriptions the manifest does not name (otherwise listed as unmanaged)'
complete -c hookctl -n "__fish_hookctl_using_subcommand plan" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand plan" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand plan" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand plan" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand plan" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand plan" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand plan" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand plan" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand apply" -s f -l file -d 'The manifest' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand apply" -l concurrency -d 'Requests in flight at once' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand apply" -l timeout -d 'Seconds to wait for each API request [default: 30]' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand apply" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand apply" -l color -d 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand apply" -l columns -d 'Tables: only these columns, in this order (header names, e.g. id,name,topic)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand apply" -l profile -d 'Configuration profile to use [default: the current one, see `hookctl config list`]' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand apply" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s (the token: HOOKCTL_TOKEN, else the profile\'s)' -r -f
complete -c hookctl -n "__fish_hookctl_using_subcommand apply" -l provider -d 'Which vendor API the endpoint speaks, overriding the profile\'s `provider` [default: scope]' -r -f -a "scope\t'Scope\'s webhook API (the main one)'
sentera\t'Sentera\'s webhook API (organization-scoped subscriptions, snake_case schema)'"
complete -c hookctl -n "__fish_hookctl_using_subcommand apply" -l prune -d 'Delete subscriptions the manifest does not name'
complete -c hookctl -n "__fish_hookctl_using_subcommand apply" -s y -l yes -d 'Do not ask for confirmation (required when not interactive)'
complete -c hookctl -n "__fish_hookctl_using_subcommand apply" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand apply" -l wide -d 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
complete -c hookctl -n "__fish_hookctl_using_subcommand apply" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand apply" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand apply" -l no-adapt -d 'Send operations as written instead of adapting them to the endpoint\'s schema (also HOOKCTL_ADAPT=0)'
complete -c hookctl -n "__fish_hookctl_using_subcommand apply" -l refresh-schema -d 'Introspect the endpoint again instead of using its cached schema (24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand apply" -s h -l help -d 'Print help (-h: a summary)'
complete -c hookctl -n "__fish_hookctl_using_subcommand apply" -s V -l version -d 'Print the version'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from demo subscriptions topics errors deliveries events login logout api config sandbox sign verify render send listen replay completions export plan apply help" -f -a "demo" -d 'Walk through the whole webhook life cycle on a throw-away sandbox; needs no configuration'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from demo subscriptions topics errors deliveries events login logout api config sandbox sign verify render send listen replay completions export plan apply help" -f -a "subscriptions" -d 'Manage webhook subscriptions'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from demo subscriptions topics errors deliveries events login logout api config sandbox sign verify render send listen replay completions export plan apply help" -f -a "topics" -d 'List webhook topics'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from demo subscriptions topics errors deliveries events login logout api config sandbox sign verify render send listen replay completions export plan apply help" -f -a "errors" -d 'List, show and delete delivery errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from demo subscriptions topics errors deliveries events login logout api config sandbox sign verify render send listen replay completions export plan apply help" -f -a "deliveries" -d 'List and show notifications: attempts, next attempt, last error, outcome'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from demo subscriptions topics errors deliveries events login logout api config sandbox sign verify render send listen replay completions export plan apply help" -f -a "events" -d 'List the delivery events of a subscription (Sentera\'s API)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from demo subscriptions topics errors deliveries events login logout api config sandbox sign verify render send listen replay completions export plan apply help" -f -a "login" -d 'Store an API token in a profile (checked against the API first)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from demo subscriptions topics errors deliveries events login logout api config sandbox sign verify render send listen replay completions export plan apply help" -f -a "logout" -d 'Remove the token from a profile'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from demo subscriptions topics errors deliveries events login logout api config sandbox sign verify render send listen replay completions export plan apply help" -f -a "api" -d 'Inspect the endpoint\'s schema: print it, check which commands work, send any query'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from demo subscriptions topics errors deliveries events login logout api config sandbox sign verify render send listen replay completions export plan apply help" -f -a "config" -d 'Show and edit profiles'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from demo subscriptions topics errors deliveries events login logout api config sandbox sign verify render send listen replay completions export plan apply help" -f -a "sandbox" -d 'Run and drive the local sandbox API'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from demo subscriptions topics errors deliveries events login logout api config sandbox sign verify render send listen replay completions export plan apply help" -f -a "sign" -d 'Print the HMAC-SHA256 signature of a payload, as the server computes it'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from demo subscriptions topics errors deliveries events login logout api config sandbox sign verify render send listen replay completions export plan apply help" -f -a "verify" -d 'Check a payload\'s signature in constant time'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from demo subscriptions topics errors deliveries events login logout api config sandbox sign verify render send listen replay completions export plan apply help" -f -a "render" -d 'Render a body, validation or error-handling Liquid template locally, as the server would'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from demo subscriptions topics errors deliveries events login logout api config sandbox sign verify render send listen replay completions export plan apply help" -f -a "send" -d 'Send one signed delivery to a URL, exactly as the server does (or a small load test)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from demo subscriptions topics errors deliveries events login logout api config sandbox sign verify render send listen replay completions export plan apply help" -f -a "listen" -d 'Run a local receiver that captures, verifies and shows deliveries'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from demo subscriptions topics errors deliveries events login logout api config sandbox sign verify render send listen replay completions export plan apply help" -f -a "replay" -d 'Re-send deliveries captured with `listen --save`'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from demo subscriptions topics errors deliveries events login logout api config sandbox sign verify render send listen replay completions export plan apply help" -f -a "completions" -d 'Print the shell completion script (values such as ids and topics complete from the API)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from demo subscriptions topics errors deliveries events login logout api config sandbox sign verify render send listen replay completions export plan apply help" -f -a "export" -d 'Write every subscription the profile can see as a manifest (subscriptions as code)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from demo subscriptions topics errors deliveries events login logout api config sandbox sign verify render send listen replay completions export plan apply help" -f -a "plan" -d 'Show what `apply` would change to make the server match a manifest (exit 2: changes pending)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from demo subscriptions topics errors deliveries events login logout api config sandbox sign verify render send listen replay completions export plan apply help" -f -a "apply" -d 'Make the server match a manifest (or a saved plan): creates, updates, enables, deletes'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from demo subscriptions topics errors deliveries events login logout api config sandbox sign verify render send listen replay completions export plan apply help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from subscriptions" -f -a "list" -d 'List subscriptions (every page, streamed)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from subscriptions" -f -a "show" -d 'Show one subscription with every field, templates and query in full'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from subscriptions" -f -a "create" -d 'Create a subscription (asks for missing fields when a terminal is attached)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from subscriptions" -f -a "update" -d 'Change any field of a subscription'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from subscriptions" -f -a "enable" -d 'Enable (re-enable) subscriptions, by id or every disabled one'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from subscriptions" -f -a "disable" -d 'Disable subscriptions'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from subscriptions" -f -a "delete" -d 'Delete subscriptions'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from subscriptions" -f -a "test" -d 'Deliver the topic\'s last node now (the test toggle) and wait for the outcome'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from subscriptions" -f -a "deliver" -d 'Do what the server would for this subscription and a node, here: query, templates, sign, POST'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from subscriptions" -f -a "prune-temporary" -d 'Remove session subscriptions left behind by `hookctl listen --subscribe`'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "list" -d 'List every topic with its version and node type'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from errors" -f -a "list" -d 'List a subscription\'s delivery errors (or every subscription\'s with --all), oldest first'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from errors" -f -a "show" -d 'Show one error with the request and response in full'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from errors" -f -a "delete" -d 'Delete errors by id, or every error of a subscription'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from errors" -f -a "replay" -d 'Send what failed deliveries recorded again, to a local URL (the listener\'s by default)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from deliveries" -f -a "list" -d 'List notifications: one subscription\'s, or every subscription\'s'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from deliveries" -f -a "show" -d 'Show one notification: attempts, next attempt, last error, outcome'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from events" -f -a "list" -d 'List a subscription\'s events with their delivery status (Sentera\'s API), a page at a time'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "schema" -d 'Print the endpoint\'s schema as SDL (introspected; cached for 24 h)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "check" -d 'Say, for each hookctl command, whether it works on the endpoint\'s schema as is, works with fields dropped, or cannot work (exit 11 when one cannot)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "graphql" -d 'Send a GraphQL query or mutation with the profile\'s endpoint and token; print the answer'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'List profiles (the current one is marked)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show one profile (default: the one in use) and where the config file is'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "use" -d 'Make a profile the current one'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a field of the profile in use (--profile NAME for another); an empty value unsets it'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Serve the sandbox GraphQL API (state kept in SQLite, so it survives restarts)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "token" -d 'Manage API tokens of the sandbox'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "fixtures" -d 'Load subscriptions and delivery-error records from a fixture file'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "node" -d 'Create, update and delete nodes; each change emits <type>/created|updated|deleted'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "emit" -d 'Emit a topic for a node (e.g. scenario_session/completed); prints the queued deliveries'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "clock" -d 'Show or move the sandbox clock (retries are scheduled on it)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "schema" -d 'Print the GraphQL schema (SDL) the sandbox serves'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "sentera" -d 'Drive the sandbox\'s emulation of Sentera\'s API (organizations, events)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "first-generation" -d 'Enable, disable and inspect the first-generation (organization-wide) webhooks'

# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_hookctl_global_optspecs
    string join \n o/output= no-input color= q/quiet v/verbose profile= endpoint= h/help V/version
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
complete -c hookctl -n "__fish_hookctl_needs_command" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_needs_command" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_needs_command" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_needs_command" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_needs_command" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_needs_command" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_needs_command" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "sign" -d 'Print the HMAC-SHA256 signature of a payload, as the server computes it'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "verify" -d 'Check a payload\'s signature in constant time'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "render" -d 'Render a body, validation or error-handling Liquid template locally, as the server would'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "send" -d 'Send one signed delivery to a URL, exactly as the server does (or a small load test)'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "listen" -d 'Run a local receiver that captures, verifies and shows deliveries'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "replay" -d 'Re-send deliveries captured with `listen --save`'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "subscriptions" -d 'Manage webhook subscriptions'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "subs" -d 'Manage webhook subscriptions'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "topics" -d 'List webhook topics'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "errors" -d 'List, show and delete delivery errors'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "login" -d 'Store an API token in a profile (checked against the API first)'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "logout" -d 'Remove the token from a profile'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "config" -d 'Show and edit profiles'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "sandbox" -d 'Run and drive the local sandbox API'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "demo" -d 'Walk through the whole webhook life cycle on a throw-away sandbox; needs no configuration'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c hookctl -n "__fish_hookctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -s d -l data -d 'The exact payload bytes to sign: a file, or - for standard input' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l secret-file -d 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l secret-env -d 'Read the HMAC shared secret from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l secret -d 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l header -d 'Print the whole `X-Scope-Hmac-Sha256: …` header line'
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand sign" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s d -l data -d 'The exact payload bytes: a file, or - for standard input' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s s -l signature -d 'The signature to check (the `X-Scope-Hmac-Sha256` value)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l headers -d 'A file holding the request headers (`Name: value` lines, a JSON object, or a `listen --save` line)' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l secret-file -d 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped' -r -F
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l secret-env -d 'Read the HMAC shared secret from this environment variable' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l secret -d 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand verify" -s V -l version -d 'Print version'
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
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand render" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand send" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand listen" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand replay" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list help" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list help" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list help" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'Not built yet'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from help" -f -a "list" -d 'Not built yet'
complete -c hookctl -n "__fish_hookctl_using_subcommand subscriptions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list help" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list help" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list help" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'Not built yet'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from help" -f -a "list" -d 'Not built yet'
complete -c hookctl -n "__fish_hookctl_using_subcommand subs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list help" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list help" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list help" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'Not built yet'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "list" -d 'Not built yet'
complete -c hookctl -n "__fish_hookctl_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list help" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list help" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list help" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'Not built yet'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from help" -f -a "list" -d 'Not built yet'
complete -c hookctl -n "__fish_hookctl_using_subcommand errors; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand login" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand logout" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list help" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list help" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list help" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'Not built yet'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'Not built yet'
complete -c hookctl -n "__fish_hookctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from list help" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from list help" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from list help" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'Not built yet'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from list" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "list" -d 'Not built yet'
complete -c hookctl -n "__fish_hookctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand demo" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -s o -l output -d 'Output format for results: table (human), json (stable, for scripts), ids (listings only)' -r -f -a "table\t'Human-readable tables and text'
json\t'One stable JSON document (or one JSON line per event for streams)'
ids\t'Listings only: one id per line'"
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -l color -d 'Colour on stderr. NO_COLOR is honoured by `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -l profile -d 'Configuration profile to use' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -l endpoint -d 'GraphQL endpoint URL, overriding the profile\'s' -r
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -l no-input -d 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -s q -l quiet -d 'Print only results and errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -s v -l verbose -d 'Print more detail on stderr (repeat for more)'
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hookctl -n "__fish_hookctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify render send listen replay subscriptions topics errors login logout config sandbox demo completions help" -f -a "sign" -d 'Print the HMAC-SHA256 signature of a payload, as the server computes it'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify render send listen replay subscriptions topics errors login logout config sandbox demo completions help" -f -a "verify" -d 'Check a payload\'s signature in constant time'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify render send listen replay subscriptions topics errors login logout config sandbox demo completions help" -f -a "render" -d 'Render a body, validation or error-handling Liquid template locally, as the server would'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify render send listen replay subscriptions topics errors login logout config sandbox demo completions help" -f -a "send" -d 'Send one signed delivery to a URL, exactly as the server does (or a small load test)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify render send listen replay subscriptions topics errors login logout config sandbox demo completions help" -f -a "listen" -d 'Run a local receiver that captures, verifies and shows deliveries'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify render send listen replay subscriptions topics errors login logout config sandbox demo completions help" -f -a "replay" -d 'Re-send deliveries captured with `listen --save`'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify render send listen replay subscriptions topics errors login logout config sandbox demo completions help" -f -a "subscriptions" -d 'Manage webhook subscriptions'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify render send listen replay subscriptions topics errors login logout config sandbox demo completions help" -f -a "topics" -d 'List webhook topics'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify render send listen replay subscriptions topics errors login logout config sandbox demo completions help" -f -a "errors" -d 'List, show and delete delivery errors'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify render send listen replay subscriptions topics errors login logout config sandbox demo completions help" -f -a "login" -d 'Store an API token in a profile (checked against the API first)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify render send listen replay subscriptions topics errors login logout config sandbox demo completions help" -f -a "logout" -d 'Remove the token from a profile'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify render send listen replay subscriptions topics errors login logout config sandbox demo completions help" -f -a "config" -d 'Show and edit profiles'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify render send listen replay subscriptions topics errors login logout config sandbox demo completions help" -f -a "sandbox" -d 'Run and drive the local sandbox API'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify render send listen replay subscriptions topics errors login logout config sandbox demo completions help" -f -a "demo" -d 'Walk through the whole webhook life cycle on a throw-away sandbox; needs no configuration'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify render send listen replay subscriptions topics errors login logout config sandbox demo completions help" -f -a "completions" -d 'Print shell completions'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and not __fish_seen_subcommand_from sign verify render send listen replay subscriptions topics errors login logout config sandbox demo completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from subscriptions" -f -a "list" -d 'Not built yet'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "list" -d 'Not built yet'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from errors" -f -a "list" -d 'Not built yet'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'Not built yet'
complete -c hookctl -n "__fish_hookctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "list" -d 'Not built yet'

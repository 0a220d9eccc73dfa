
use builtin;
use str;

set edit:completion:arg-completer[hookctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'hookctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'hookctl'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand demo 'Walk through the whole webhook life cycle on a throw-away sandbox; needs no configuration'
            cand subscriptions 'Manage webhook subscriptions'
            cand subs 'Manage webhook subscriptions'
            cand topics 'List webhook topics'
            cand errors 'List, show and delete delivery errors'
            cand deliveries 'List and show notifications: attempts, next attempt, last error, outcome'
            cand events 'List the delivery events of a subscription (Sentera''s API)'
            cand login 'Store an API token in a profile (checked against the API first)'
            cand logout 'Remove the token from a profile'
            cand api 'Inspect the endpoint''s schema: print it, check which commands work, send any query'
            cand config 'Show and edit profiles'
            cand sandbox 'Run and drive the local sandbox API'
            cand sign 'Print the HMAC-SHA256 signature of a payload, as the server computes it'
            cand verify 'Check a payload''s signature in constant time'
            cand render 'Render a body, validation or error-handling Liquid template locally, as the server would'
            cand send 'Send one signed delivery to a URL, exactly as the server does (or a small load test)'
            cand listen 'Run a local receiver that captures, verifies and shows deliveries'
            cand replay 'Re-send deliveries captured with `listen --save`'
            cand completions 'Print shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;demo'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --keep 'Keep the sandbox and listener running after the tour (Ctrl-C to stop), to explore them'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subscriptions'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List subscriptions (every page, streamed)'
            cand ls 'List subscriptions (every page, streamed)'
            cand show 'Show one subscription with every field, templates and query in full'
            cand create 'Create a subscription (asks for missing fields when a terminal is attached)'
            cand update 'Change any field of a subscription'
            cand enable 'Enable (re-enable) subscriptions, by id or every disabled one'
            cand disable 'Disable subscriptions'
            cand delete 'Delete subscriptions'
            cand rm 'Delete subscriptions'
            cand test 'Deliver the topic''s last node now (the test toggle) and wait for the outcome'
            cand deliver 'Do what the server would for this subscription and a node, here: query, templates, sign, POST'
            cand prune-temporary 'Remove session subscriptions left behind by `hookctl listen --subscribe`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;subs'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List subscriptions (every page, streamed)'
            cand ls 'List subscriptions (every page, streamed)'
            cand show 'Show one subscription with every field, templates and query in full'
            cand create 'Create a subscription (asks for missing fields when a terminal is attached)'
            cand update 'Change any field of a subscription'
            cand enable 'Enable (re-enable) subscriptions, by id or every disabled one'
            cand disable 'Disable subscriptions'
            cand delete 'Delete subscriptions'
            cand rm 'Delete subscriptions'
            cand test 'Deliver the topic''s last node now (the test toggle) and wait for the outcome'
            cand deliver 'Do what the server would for this subscription and a node, here: query, templates, sign, POST'
            cand prune-temporary 'Remove session subscriptions left behind by `hookctl listen --subscribe`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;subscriptions;list'= {
            cand --topic 'Only subscriptions to this topic key, e.g. scenario_session/completed'
            cand --created-since 'Only those created since: RFC 3339 (2024-05-01T12:00:00Z), a date (2024-05-01, UTC) or an age (90s, 30m, 2h, 7d, 2w)'
            cand --updated-since 'Only those updated since (same forms as --created-since)'
            cand --org 'Sentera: the organization whose subscriptions to list [default: the profile''s organization]'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --enabled 'Only enabled subscriptions'
            cand --disabled 'Only disabled subscriptions'
            cand --temporary 'Only session subscriptions (`hookctl listen --subscribe`''s), with their owner''s state'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subscriptions;ls'= {
            cand --topic 'Only subscriptions to this topic key, e.g. scenario_session/completed'
            cand --created-since 'Only those created since: RFC 3339 (2024-05-01T12:00:00Z), a date (2024-05-01, UTC) or an age (90s, 30m, 2h, 7d, 2w)'
            cand --updated-since 'Only those updated since (same forms as --created-since)'
            cand --org 'Sentera: the organization whose subscriptions to list [default: the profile''s organization]'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --enabled 'Only enabled subscriptions'
            cand --disabled 'Only disabled subscriptions'
            cand --temporary 'Only session subscriptions (`hookctl listen --subscribe`''s), with their owner''s state'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subs;list'= {
            cand --topic 'Only subscriptions to this topic key, e.g. scenario_session/completed'
            cand --created-since 'Only those created since: RFC 3339 (2024-05-01T12:00:00Z), a date (2024-05-01, UTC) or an age (90s, 30m, 2h, 7d, 2w)'
            cand --updated-since 'Only those updated since (same forms as --created-since)'
            cand --org 'Sentera: the organization whose subscriptions to list [default: the profile''s organization]'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --enabled 'Only enabled subscriptions'
            cand --disabled 'Only disabled subscriptions'
            cand --temporary 'Only session subscriptions (`hookctl listen --subscribe`''s), with their owner''s state'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subs;ls'= {
            cand --topic 'Only subscriptions to this topic key, e.g. scenario_session/completed'
            cand --created-since 'Only those created since: RFC 3339 (2024-05-01T12:00:00Z), a date (2024-05-01, UTC) or an age (90s, 30m, 2h, 7d, 2w)'
            cand --updated-since 'Only those updated since (same forms as --created-since)'
            cand --org 'Sentera: the organization whose subscriptions to list [default: the profile''s organization]'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --enabled 'Only enabled subscriptions'
            cand --disabled 'Only disabled subscriptions'
            cand --temporary 'Only session subscriptions (`hookctl listen --subscribe`''s), with their owner''s state'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subscriptions;show'= {
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subs;show'= {
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subscriptions;create'= {
            cand --name 'A name for people'
            cand --topic 'The topic key, e.g. user/created (`hookctl topics list`)'
            cand --topic-version 'The topic version [default: the newest]'
            cand --content-type 'The body format of deliveries [default: json]'
            cand --callback-url 'Where deliveries are POSTed; must be https unless --allow-http'
            cand --integration 'The id of an integration to attach'
            cand --query-file 'GraphQL query run at delivery with $nodeId and $nodeType; its result replaces the payload'
            cand --validation-template-file 'Liquid data-validation template (must render true or false)'
            cand --template-file 'Liquid body template'
            cand --error-template-file 'Liquid error-handling template (whatever it renders is an error)'
            cand --secret-file 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped'
            cand --secret-env 'Read the HMAC shared secret from this environment variable'
            cand --secret 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)'
            cand --org 'Sentera: the organization that gets the subscription [default: the profile''s organization]. Events do not bubble up the organization tree: subscribe each organization you need'
            cand --event-type 'Sentera: an event type to receive, e.g. FEATURE_SET_CREATED (repeat, or separate with commas)'
            cand --oauth-token-url 'Sentera: authenticate deliveries with OAuth client credentials from this token URL'
            cand --oauth-client-id 'Sentera: the OAuth client id'
            cand --oauth-client-secret-file 'Sentera: read the OAuth client secret from a file (`-` for standard input)'
            cand --oauth-client-secret-env 'Sentera: read the OAuth client secret from this environment variable'
            cand --oauth-client-secret 'Sentera: the OAuth client secret itself (visible to other processes: prefer the file or env forms; without any of them you are prompted)'
            cand --oauth-scope 'Sentera: the scope to request with the token'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --allow-http 'Accept an http:// callback URL (local testing)'
            cand --disabled 'Create it disabled'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subs;create'= {
            cand --name 'A name for people'
            cand --topic 'The topic key, e.g. user/created (`hookctl topics list`)'
            cand --topic-version 'The topic version [default: the newest]'
            cand --content-type 'The body format of deliveries [default: json]'
            cand --callback-url 'Where deliveries are POSTed; must be https unless --allow-http'
            cand --integration 'The id of an integration to attach'
            cand --query-file 'GraphQL query run at delivery with $nodeId and $nodeType; its result replaces the payload'
            cand --validation-template-file 'Liquid data-validation template (must render true or false)'
            cand --template-file 'Liquid body template'
            cand --error-template-file 'Liquid error-handling template (whatever it renders is an error)'
            cand --secret-file 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped'
            cand --secret-env 'Read the HMAC shared secret from this environment variable'
            cand --secret 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)'
            cand --org 'Sentera: the organization that gets the subscription [default: the profile''s organization]. Events do not bubble up the organization tree: subscribe each organization you need'
            cand --event-type 'Sentera: an event type to receive, e.g. FEATURE_SET_CREATED (repeat, or separate with commas)'
            cand --oauth-token-url 'Sentera: authenticate deliveries with OAuth client credentials from this token URL'
            cand --oauth-client-id 'Sentera: the OAuth client id'
            cand --oauth-client-secret-file 'Sentera: read the OAuth client secret from a file (`-` for standard input)'
            cand --oauth-client-secret-env 'Sentera: read the OAuth client secret from this environment variable'
            cand --oauth-client-secret 'Sentera: the OAuth client secret itself (visible to other processes: prefer the file or env forms; without any of them you are prompted)'
            cand --oauth-scope 'Sentera: the scope to request with the token'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --allow-http 'Accept an http:// callback URL (local testing)'
            cand --disabled 'Create it disabled'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subscriptions;update'= {
            cand --name 'name'
            cand --topic 'topic'
            cand --topic-version 'topic-version'
            cand --content-type 'content-type'
            cand --callback-url 'Must be https unless --allow-http'
            cand --integration 'integration'
            cand --query-file 'query-file'
            cand --validation-template-file 'validation-template-file'
            cand --template-file 'template-file'
            cand --error-template-file 'error-template-file'
            cand --secret-file 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped'
            cand --secret-env 'Read the HMAC shared secret from this environment variable'
            cand --secret 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --allow-http 'Accept an http:// callback URL (local testing)'
            cand --clear-integration 'Detach the integration'
            cand --clear-query 'Remove the query (deliveries carry the default payload again)'
            cand --clear-validation-template 'clear-validation-template'
            cand --clear-template 'clear-template'
            cand --clear-error-template 'clear-error-template'
            cand --clear-secret 'Remove the shared secret (deliveries are no longer signed)'
            cand --enable 'Enable it'
            cand --disable 'Disable it'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subs;update'= {
            cand --name 'name'
            cand --topic 'topic'
            cand --topic-version 'topic-version'
            cand --content-type 'content-type'
            cand --callback-url 'Must be https unless --allow-http'
            cand --integration 'integration'
            cand --query-file 'query-file'
            cand --validation-template-file 'validation-template-file'
            cand --template-file 'template-file'
            cand --error-template-file 'error-template-file'
            cand --secret-file 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped'
            cand --secret-env 'Read the HMAC shared secret from this environment variable'
            cand --secret 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --allow-http 'Accept an http:// callback URL (local testing)'
            cand --clear-integration 'Detach the integration'
            cand --clear-query 'Remove the query (deliveries carry the default payload again)'
            cand --clear-validation-template 'clear-validation-template'
            cand --clear-template 'clear-template'
            cand --clear-error-template 'clear-error-template'
            cand --clear-secret 'Remove the shared secret (deliveries are no longer signed)'
            cand --enable 'Enable it'
            cand --disable 'Disable it'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subscriptions;enable'= {
            cand --topic 'With --all-disabled: only those on this topic'
            cand --concurrency 'Requests in flight at once'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --all-disabled 'Re-enable every disabled subscription (the CI recovery case)'
            cand --dry-run 'Show what would be enabled, change nothing'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subs;enable'= {
            cand --topic 'With --all-disabled: only those on this topic'
            cand --concurrency 'Requests in flight at once'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --all-disabled 'Re-enable every disabled subscription (the CI recovery case)'
            cand --dry-run 'Show what would be enabled, change nothing'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subscriptions;disable'= {
            cand --concurrency 'Requests in flight at once'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subs;disable'= {
            cand --concurrency 'Requests in flight at once'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subscriptions;delete'= {
            cand --concurrency 'Requests in flight at once'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand -y 'Do not ask for confirmation (required when not interactive)'
            cand --yes 'Do not ask for confirmation (required when not interactive)'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subscriptions;rm'= {
            cand --concurrency 'Requests in flight at once'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand -y 'Do not ask for confirmation (required when not interactive)'
            cand --yes 'Do not ask for confirmation (required when not interactive)'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subs;delete'= {
            cand --concurrency 'Requests in flight at once'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand -y 'Do not ask for confirmation (required when not interactive)'
            cand --yes 'Do not ask for confirmation (required when not interactive)'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subs;rm'= {
            cand --concurrency 'Requests in flight at once'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand -y 'Do not ask for confirmation (required when not interactive)'
            cand --yes 'Do not ask for confirmation (required when not interactive)'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subscriptions;test'= {
            cand --timeout 'Seconds to wait for the outcome'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-wait 'Start the test delivery and return; do not wait for its outcome'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subs;test'= {
            cand --timeout 'Seconds to wait for the outcome'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-wait 'Start the test delivery and return; do not wait for its outcome'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subscriptions;deliver'= {
            cand --node 'The node the notification is about (its global id)'
            cand --to 'Where to POST: a local listener or your app (the subscription''s callback URL otherwise)'
            cand --node-url 'The node''s REST URL in the default payload (derived from the endpoint otherwise)'
            cand --domain '`X-Scope-Domain`'
            cand --delivery-timeout 'Give up waiting for the receiver after this long'
            cand --secret-file 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped'
            cand --secret-env 'Read the HMAC shared secret from this environment variable'
            cand --secret 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --force 'Send even when the data-validation template renders false'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subs;deliver'= {
            cand --node 'The node the notification is about (its global id)'
            cand --to 'Where to POST: a local listener or your app (the subscription''s callback URL otherwise)'
            cand --node-url 'The node''s REST URL in the default payload (derived from the endpoint otherwise)'
            cand --domain '`X-Scope-Domain`'
            cand --delivery-timeout 'Give up waiting for the receiver after this long'
            cand --secret-file 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped'
            cand --secret-env 'Read the HMAC shared secret from this environment variable'
            cand --secret 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --force 'Send even when the data-validation template renders false'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subscriptions;prune-temporary'= {
            cand --org 'Sentera: the organization whose subscriptions to list [default: the profile''s organization]'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --all-hosts 'Also remove other hosts'' session subscriptions (whether their listen runs cannot be checked from here)'
            cand -y 'Do not ask for confirmation (required when not interactive)'
            cand --yes 'Do not ask for confirmation (required when not interactive)'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subs;prune-temporary'= {
            cand --org 'Sentera: the organization whose subscriptions to list [default: the profile''s organization]'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --all-hosts 'Also remove other hosts'' session subscriptions (whether their listen runs cannot be checked from here)'
            cand -y 'Do not ask for confirmation (required when not interactive)'
            cand --yes 'Do not ask for confirmation (required when not interactive)'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;subscriptions;help'= {
            cand list 'List subscriptions (every page, streamed)'
            cand show 'Show one subscription with every field, templates and query in full'
            cand create 'Create a subscription (asks for missing fields when a terminal is attached)'
            cand update 'Change any field of a subscription'
            cand enable 'Enable (re-enable) subscriptions, by id or every disabled one'
            cand disable 'Disable subscriptions'
            cand delete 'Delete subscriptions'
            cand test 'Deliver the topic''s last node now (the test toggle) and wait for the outcome'
            cand deliver 'Do what the server would for this subscription and a node, here: query, templates, sign, POST'
            cand prune-temporary 'Remove session subscriptions left behind by `hookctl listen --subscribe`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;subscriptions;help;list'= {
        }
        &'hookctl;subscriptions;help;show'= {
        }
        &'hookctl;subscriptions;help;create'= {
        }
        &'hookctl;subscriptions;help;update'= {
        }
        &'hookctl;subscriptions;help;enable'= {
        }
        &'hookctl;subscriptions;help;disable'= {
        }
        &'hookctl;subscriptions;help;delete'= {
        }
        &'hookctl;subscriptions;help;test'= {
        }
        &'hookctl;subscriptions;help;deliver'= {
        }
        &'hookctl;subscriptions;help;prune-temporary'= {
        }
        &'hookctl;subscriptions;help;help'= {
        }
        &'hookctl;subs;help'= {
            cand list 'List subscriptions (every page, streamed)'
            cand show 'Show one subscription with every field, templates and query in full'
            cand create 'Create a subscription (asks for missing fields when a terminal is attached)'
            cand update 'Change any field of a subscription'
            cand enable 'Enable (re-enable) subscriptions, by id or every disabled one'
            cand disable 'Disable subscriptions'
            cand delete 'Delete subscriptions'
            cand test 'Deliver the topic''s last node now (the test toggle) and wait for the outcome'
            cand deliver 'Do what the server would for this subscription and a node, here: query, templates, sign, POST'
            cand prune-temporary 'Remove session subscriptions left behind by `hookctl listen --subscribe`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;subs;help;list'= {
        }
        &'hookctl;subs;help;show'= {
        }
        &'hookctl;subs;help;create'= {
        }
        &'hookctl;subs;help;update'= {
        }
        &'hookctl;subs;help;enable'= {
        }
        &'hookctl;subs;help;disable'= {
        }
        &'hookctl;subs;help;delete'= {
        }
        &'hookctl;subs;help;test'= {
        }
        &'hookctl;subs;help;deliver'= {
        }
        &'hookctl;subs;help;prune-temporary'= {
        }
        &'hookctl;subs;help;help'= {
        }
        &'hookctl;topics'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List every topic with its version and node type'
            cand ls 'List every topic with its version and node type'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;topics;list'= {
            cand --key 'Only the topic with this key'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;topics;ls'= {
            cand --key 'Only the topic with this key'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;topics;help'= {
            cand list 'List every topic with its version and node type'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;topics;help;list'= {
        }
        &'hookctl;topics;help;help'= {
        }
        &'hookctl;errors'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List a subscription''s delivery errors (or every subscription''s with --all), oldest first'
            cand ls 'List a subscription''s delivery errors (or every subscription''s with --all), oldest first'
            cand show 'Show one error with the request and response in full'
            cand delete 'Delete errors by id, or every error of a subscription'
            cand rm 'Delete errors by id, or every error of a subscription'
            cand replay 'Send what failed deliveries recorded again, to a local URL (the listener''s by default)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;errors;list'= {
            cand --since 'Only errors since: RFC 3339, a date (UTC) or an age (30m, 2h, 7d)'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --all 'Every subscription''s errors (with a SUBSCRIPTION column, and `subscriptionId` in JSON)'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;errors;ls'= {
            cand --since 'Only errors since: RFC 3339, a date (UTC) or an age (30m, 2h, 7d)'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --all 'Every subscription''s errors (with a SUBSCRIPTION column, and `subscriptionId` in JSON)'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;errors;show'= {
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;errors;delete'= {
            cand --all 'Delete every error of this subscription'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand -y 'Do not ask for confirmation (required when not interactive)'
            cand --yes 'Do not ask for confirmation (required when not interactive)'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;errors;rm'= {
            cand --all 'Delete every error of this subscription'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand -y 'Do not ask for confirmation (required when not interactive)'
            cand --yes 'Do not ask for confirmation (required when not interactive)'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;errors;replay'= {
            cand --all 'Replay every error of this subscription, oldest first, once per job id'
            cand --since 'With --all: only errors since: RFC 3339, a date (UTC) or an age (30m, 2h, 7d)'
            cand --to 'Where to send them'
            cand --secret-file 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped'
            cand --secret-env 'Read the HMAC shared secret from this environment variable'
            cand --secret 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --keep-signature 'Send the recorded signature instead of computing one (it matches: the body is the same)'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;errors;help'= {
            cand list 'List a subscription''s delivery errors (or every subscription''s with --all), oldest first'
            cand show 'Show one error with the request and response in full'
            cand delete 'Delete errors by id, or every error of a subscription'
            cand replay 'Send what failed deliveries recorded again, to a local URL (the listener''s by default)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;errors;help;list'= {
        }
        &'hookctl;errors;help;show'= {
        }
        &'hookctl;errors;help;delete'= {
        }
        &'hookctl;errors;help;replay'= {
        }
        &'hookctl;errors;help;help'= {
        }
        &'hookctl;deliveries'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List notifications: one subscription''s, or every subscription''s'
            cand ls 'List notifications: one subscription''s, or every subscription''s'
            cand show 'Show one notification: attempts, next attempt, last error, outcome'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;deliveries;list'= {
            cand --status 'Only notifications in this state'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;deliveries;ls'= {
            cand --status 'Only notifications in this state'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;deliveries;show'= {
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;deliveries;help'= {
            cand list 'List notifications: one subscription''s, or every subscription''s'
            cand show 'Show one notification: attempts, next attempt, last error, outcome'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;deliveries;help;list'= {
        }
        &'hookctl;deliveries;help;show'= {
        }
        &'hookctl;deliveries;help;help'= {
        }
        &'hookctl;events'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List a subscription''s events with their delivery status (Sentera''s API), a page at a time'
            cand ls 'List a subscription''s events with their delivery status (Sentera''s API), a page at a time'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;events;list'= {
            cand --status 'Only events in this status: pending, delivered or failed'
            cand --event-type 'Only events of this type, e.g. FEATURE_SET_CREATED'
            cand --since 'Only events created at or after: RFC 3339, a date (UTC) or an age (30m, 2h, 7d)'
            cand --until 'Only events created before (same forms as --since)'
            cand --page 'Which page, from 1'
            cand --page-size 'Events per page (1..250)'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --all 'Every page, one after the other (--page-size sets the request size)'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;events;ls'= {
            cand --status 'Only events in this status: pending, delivered or failed'
            cand --event-type 'Only events of this type, e.g. FEATURE_SET_CREATED'
            cand --since 'Only events created at or after: RFC 3339, a date (UTC) or an age (30m, 2h, 7d)'
            cand --until 'Only events created before (same forms as --since)'
            cand --page 'Which page, from 1'
            cand --page-size 'Events per page (1..250)'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --all 'Every page, one after the other (--page-size sets the request size)'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;events;help'= {
            cand list 'List a subscription''s events with their delivery status (Sentera''s API), a page at a time'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;events;help;list'= {
        }
        &'hookctl;events;help;help'= {
        }
        &'hookctl;login'= {
            cand --token-env 'Do not store the token: read it from this environment variable each time'
            cand --token-command 'Do not store the token: run this shell command each time and use its output (e.g. "pass show scope/api")'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --token-stdin 'Read the token from standard input (for CI: `echo "$TOKEN" | hookctl login --token-stdin`)'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;logout'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;api'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand schema 'Print the endpoint''s schema as SDL (introspected; cached for 24 h)'
            cand check 'Say, for each hookctl command, whether it works on the endpoint''s schema as is, works with fields dropped, or cannot work (exit 11 when one cannot)'
            cand graphql 'Send a GraphQL query or mutation with the profile''s endpoint and token; print the answer'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;api;schema'= {
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --refresh-schema 'Introspect again instead of using the cached schema'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;api;check'= {
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --refresh-schema 'Introspect again instead of using the cached schema'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;api;graphql'= {
            cand --query 'The query text (`-q` is the global --quiet)'
            cand --query-file 'Read the query from a file (- for standard input)'
            cand -F 'A typed variable: number, boolean, null or JSON; otherwise a string'
            cand --field 'A typed variable: number, boolean, null or JSON; otherwise a string'
            cand -f 'A string variable, sent as written'
            cand --raw-field 'A string variable, sent as written'
            cand --variables 'A JSON file of variables (an object); -F and -f override its entries'
            cand --page-size 'The `$first` sent when the query takes one and no -F first=… is given [default: 100]'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --paginate 'Follow `pageInfo { hasNextPage endCursor }` through every page'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;api;help'= {
            cand schema 'Print the endpoint''s schema as SDL (introspected; cached for 24 h)'
            cand check 'Say, for each hookctl command, whether it works on the endpoint''s schema as is, works with fields dropped, or cannot work (exit 11 when one cannot)'
            cand graphql 'Send a GraphQL query or mutation with the profile''s endpoint and token; print the answer'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;api;help;schema'= {
        }
        &'hookctl;api;help;check'= {
        }
        &'hookctl;api;help;graphql'= {
        }
        &'hookctl;api;help;help'= {
        }
        &'hookctl;config'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List profiles (the current one is marked)'
            cand ls 'List profiles (the current one is marked)'
            cand show 'Show one profile (default: the one in use) and where the config file is'
            cand use 'Make a profile the current one'
            cand set 'Set a field of the profile in use (--profile NAME for another); an empty value unsets it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;config;list'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;config;ls'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;config;show'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;config;use'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;config;set'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;config;help'= {
            cand list 'List profiles (the current one is marked)'
            cand show 'Show one profile (default: the one in use) and where the config file is'
            cand use 'Make a profile the current one'
            cand set 'Set a field of the profile in use (--profile NAME for another); an empty value unsets it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;config;help;list'= {
        }
        &'hookctl;config;help;show'= {
        }
        &'hookctl;config;help;use'= {
        }
        &'hookctl;config;help;set'= {
        }
        &'hookctl;config;help;help'= {
        }
        &'hookctl;sandbox'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Serve the sandbox GraphQL API (state kept in SQLite, so it survives restarts)'
            cand token 'Manage API tokens of the sandbox'
            cand fixtures 'Load subscriptions and delivery-error records from a fixture file'
            cand node 'Create, update and delete nodes; each change emits <type>/created|updated|deleted'
            cand emit 'Emit a topic for a node (e.g. scenario_session/completed); prints the queued deliveries'
            cand clock 'Show or move the sandbox clock (retries are scheduled on it)'
            cand schema 'Print the GraphQL schema (SDL) the sandbox serves'
            cand sentera 'Drive the sandbox''s emulation of Sentera''s API (organizations, events)'
            cand legacy 'Enable, disable and inspect the first-generation (organization-wide) webhooks'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;sandbox;serve'= {
            cand --host 'Address to listen on'
            cand -p 'Port to listen on (0: any free port)'
            cand --port 'Port to listen on (0: any free port)'
            cand --db 'Database file (default: sandbox.db in the data directory)'
            cand --token 'Fix the default user''s token (visible to other processes: prefer --token-file or HOOKCTL_SANDBOX_TOKEN)'
            cand --token-file 'Read the default user''s token from a file (`-` for standard input)'
            cand --domain 'The X-Scope-Domain deliveries carry'
            cand --time-scale 'Run the sandbox clock this many times faster than wall time (retries come sooner)'
            cand --fixtures 'Load subscriptions and error records from this fixture file on start'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;sandbox;token'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Add a token for a user of an organization (both created if new); prints the token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;sandbox;token;create'= {
            cand --org 'Organization name'
            cand --user 'User name'
            cand --db 'Database file (default: sandbox.db in the data directory)'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;sandbox;token;help'= {
            cand create 'Add a token for a user of an organization (both created if new); prints the token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;sandbox;token;help;create'= {
        }
        &'hookctl;sandbox;token;help;help'= {
        }
        &'hookctl;sandbox;fixtures'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand load 'Load a fixture file into the database (safe while the sandbox runs; loading twice changes nothing)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;sandbox;fixtures;load'= {
            cand --db 'Database file (default: sandbox.db in the data directory)'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;sandbox;fixtures;help'= {
            cand load 'Load a fixture file into the database (safe while the sandbox runs; loading twice changes nothing)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;sandbox;fixtures;help;load'= {
        }
        &'hookctl;sandbox;fixtures;help;help'= {
        }
        &'hookctl;sandbox;node'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a node (emits <type>/created); prints its id'
            cand update 'Change a node''s attributes (emits <type>/updated); `--set key:=null` removes one'
            cand delete 'Delete a node (emits <type>/deleted)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;sandbox;node;create'= {
            cand --set 'An attribute: `key=value` (a string) or `key:=JSON` (repeatable)'
            cand --token-file 'Read the API token from a file (`-` for standard input). Default: HOOKCTL_TOKEN, else the local sandbox''s own token file'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;sandbox;node;update'= {
            cand --set 'An attribute: `key=value` (a string) or `key:=JSON` (repeatable; `key:=null` removes it)'
            cand --token-file 'Read the API token from a file (`-` for standard input). Default: HOOKCTL_TOKEN, else the local sandbox''s own token file'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;sandbox;node;delete'= {
            cand --token-file 'Read the API token from a file (`-` for standard input). Default: HOOKCTL_TOKEN, else the local sandbox''s own token file'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;sandbox;node;help'= {
            cand create 'Create a node (emits <type>/created); prints its id'
            cand update 'Change a node''s attributes (emits <type>/updated); `--set key:=null` removes one'
            cand delete 'Delete a node (emits <type>/deleted)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;sandbox;node;help;create'= {
        }
        &'hookctl;sandbox;node;help;update'= {
        }
        &'hookctl;sandbox;node;help;delete'= {
        }
        &'hookctl;sandbox;node;help;help'= {
        }
        &'hookctl;sandbox;emit'= {
            cand --node 'The global id of the node the event is about'
            cand --token-file 'Read the API token from a file (`-` for standard input). Default: HOOKCTL_TOKEN, else the local sandbox''s own token file'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;sandbox;clock'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Print the sandbox''s current time'
            cand advance 'Move the clock forward, running every retry that falls due on the way (in order); returns when they are done'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;sandbox;clock;show'= {
            cand --token-file 'Read the API token from a file (`-` for standard input). Default: HOOKCTL_TOKEN, else the local sandbox''s own token file'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;sandbox;clock;advance'= {
            cand --token-file 'Read the API token from a file (`-` for standard input). Default: HOOKCTL_TOKEN, else the local sandbox''s own token file'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;sandbox;clock;help'= {
            cand show 'Print the sandbox''s current time'
            cand advance 'Move the clock forward, running every retry that falls due on the way (in order); returns when they are done'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;sandbox;clock;help;show'= {
        }
        &'hookctl;sandbox;clock;help;advance'= {
        }
        &'hookctl;sandbox;clock;help;help'= {
        }
        &'hookctl;sandbox;schema'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;sandbox;sentera'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand orgs 'List the organizations this token sees, with their sentera_ids and parents'
            cand create-org 'Create an organization, at the top of the tree or below --parent'
            cand emit 'Make an event happen in an organization: one delivery event per subscription of exactly that organization to the type (parents are not notified)'
            cand schema 'Print the Sentera GraphQL schema (SDL) the sandbox serves'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;sandbox;sentera;orgs'= {
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;sandbox;sentera;create-org'= {
            cand --parent 'The parent organization''s sentera_id'
            cand --id 'Give it this sentera_id (e.g. one from Sentera''s documentation) [default: a new one]'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;sandbox;sentera;emit'= {
            cand --org 'The organization where it happens'
            cand --resource 'The sentera_id of the object it is about [default: a new one]'
            cand --count 'Emit this many events'
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;sandbox;sentera;schema'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;sandbox;sentera;help'= {
            cand orgs 'List the organizations this token sees, with their sentera_ids and parents'
            cand create-org 'Create an organization, at the top of the tree or below --parent'
            cand emit 'Make an event happen in an organization: one delivery event per subscription of exactly that organization to the type (parents are not notified)'
            cand schema 'Print the Sentera GraphQL schema (SDL) the sandbox serves'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;sandbox;sentera;help;orgs'= {
        }
        &'hookctl;sandbox;sentera;help;create-org'= {
        }
        &'hookctl;sandbox;sentera;help;emit'= {
        }
        &'hookctl;sandbox;sentera;help;schema'= {
        }
        &'hookctl;sandbox;sentera;help;help'= {
        }
        &'hookctl;sandbox;legacy'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand enable 'Send Call.create, Call.update, ScenarioSession.create and ScenarioSession.update of the token''s organization to URL (one base URL per organization; replaces the previous one)'
            cand disable 'Stop sending first-generation webhooks'
            cand show 'Show the base URL and the 50 most recent notifications'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;sandbox;legacy;enable'= {
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;sandbox;legacy;disable'= {
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;sandbox;legacy;show'= {
            cand --timeout 'Seconds to wait for each API request [default: 30]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;sandbox;legacy;help'= {
            cand enable 'Send Call.create, Call.update, ScenarioSession.create and ScenarioSession.update of the token''s organization to URL (one base URL per organization; replaces the previous one)'
            cand disable 'Stop sending first-generation webhooks'
            cand show 'Show the base URL and the 50 most recent notifications'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;sandbox;legacy;help;enable'= {
        }
        &'hookctl;sandbox;legacy;help;disable'= {
        }
        &'hookctl;sandbox;legacy;help;show'= {
        }
        &'hookctl;sandbox;legacy;help;help'= {
        }
        &'hookctl;sandbox;help'= {
            cand serve 'Serve the sandbox GraphQL API (state kept in SQLite, so it survives restarts)'
            cand token 'Manage API tokens of the sandbox'
            cand fixtures 'Load subscriptions and delivery-error records from a fixture file'
            cand node 'Create, update and delete nodes; each change emits <type>/created|updated|deleted'
            cand emit 'Emit a topic for a node (e.g. scenario_session/completed); prints the queued deliveries'
            cand clock 'Show or move the sandbox clock (retries are scheduled on it)'
            cand schema 'Print the GraphQL schema (SDL) the sandbox serves'
            cand sentera 'Drive the sandbox''s emulation of Sentera''s API (organizations, events)'
            cand legacy 'Enable, disable and inspect the first-generation (organization-wide) webhooks'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;sandbox;help;serve'= {
        }
        &'hookctl;sandbox;help;token'= {
            cand create 'Add a token for a user of an organization (both created if new); prints the token'
        }
        &'hookctl;sandbox;help;token;create'= {
        }
        &'hookctl;sandbox;help;fixtures'= {
            cand load 'Load a fixture file into the database (safe while the sandbox runs; loading twice changes nothing)'
        }
        &'hookctl;sandbox;help;fixtures;load'= {
        }
        &'hookctl;sandbox;help;node'= {
            cand create 'Create a node (emits <type>/created); prints its id'
            cand update 'Change a node''s attributes (emits <type>/updated); `--set key:=null` removes one'
            cand delete 'Delete a node (emits <type>/deleted)'
        }
        &'hookctl;sandbox;help;node;create'= {
        }
        &'hookctl;sandbox;help;node;update'= {
        }
        &'hookctl;sandbox;help;node;delete'= {
        }
        &'hookctl;sandbox;help;emit'= {
        }
        &'hookctl;sandbox;help;clock'= {
            cand show 'Print the sandbox''s current time'
            cand advance 'Move the clock forward, running every retry that falls due on the way (in order); returns when they are done'
        }
        &'hookctl;sandbox;help;clock;show'= {
        }
        &'hookctl;sandbox;help;clock;advance'= {
        }
        &'hookctl;sandbox;help;schema'= {
        }
        &'hookctl;sandbox;help;sentera'= {
            cand orgs 'List the organizations this token sees, with their sentera_ids and parents'
            cand create-org 'Create an organization, at the top of the tree or below --parent'
            cand emit 'Make an event happen in an organization: one delivery event per subscription of exactly that organization to the type (parents are not notified)'
            cand schema 'Print the Sentera GraphQL schema (SDL) the sandbox serves'
        }
        &'hookctl;sandbox;help;sentera;orgs'= {
        }
        &'hookctl;sandbox;help;sentera;create-org'= {
        }
        &'hookctl;sandbox;help;sentera;emit'= {
        }
        &'hookctl;sandbox;help;sentera;schema'= {
        }
        &'hookctl;sandbox;help;legacy'= {
            cand enable 'Send Call.create, Call.update, ScenarioSession.create and ScenarioSession.update of the token''s organization to URL (one base URL per organization; replaces the previous one)'
            cand disable 'Stop sending first-generation webhooks'
            cand show 'Show the base URL and the 50 most recent notifications'
        }
        &'hookctl;sandbox;help;legacy;enable'= {
        }
        &'hookctl;sandbox;help;legacy;disable'= {
        }
        &'hookctl;sandbox;help;legacy;show'= {
        }
        &'hookctl;sandbox;help;help'= {
        }
        &'hookctl;sign'= {
            cand -d 'The exact payload bytes to sign: a file, or - for standard input'
            cand --data 'The exact payload bytes to sign: a file, or - for standard input'
            cand --secret-file 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped'
            cand --secret-env 'Read the HMAC shared secret from this environment variable'
            cand --secret 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --header 'Print the whole `X-Scope-Hmac-Sha256: …` header line'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;verify'= {
            cand -d 'The exact payload bytes: a file, or - for standard input'
            cand --data 'The exact payload bytes: a file, or - for standard input'
            cand -s 'The signature to check (the `X-Scope-Hmac-Sha256` value)'
            cand --signature 'The signature to check (the `X-Scope-Hmac-Sha256` value)'
            cand --headers 'A file holding the request headers (`Name: value` lines, a JSON object, or a `listen --save` line)'
            cand --secret-file 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped'
            cand --secret-env 'Read the HMAC shared secret from this environment variable'
            cand --secret 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;render'= {
            cand -t 'The Liquid template: a file, or - for standard input'
            cand --template 'The Liquid template: a file, or - for standard input'
            cand -d 'A JSON object whose top-level keys become the template''s variables (body and validation kinds). Default: the default payload, {"data": {"id": …, "url": …}}'
            cand --data 'A JSON object whose top-level keys become the template''s variables (body and validation kinds). Default: the default payload, {"data": {"id": …, "url": …}}'
            cand -k 'Which kind of template this is'
            cand --kind 'Which kind of template this is'
            cand --content-type 'Body kind: check that the rendered body parses as this type; say where it does not'
            cand --response-body 'Error kind: the response body to expose as `body` (JSON when it parses, else a string)'
            cand --response-headers 'Error kind: response headers to expose as `headers`: `Name: value` lines (as `curl -D` writes them; status lines skipped) or a JSON object'
            cand --capture 'Error kind: take the response from a JSON-lines capture file (as `hookctl listen --save` writes): one object per line with `headers` and `body` or `body_base64`'
            cand --index 'With --capture: which line to use, counting from 0 (default: the last one)'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;send'= {
            cand -d 'The payload: a JSON file (its keys become template variables), or - for standard input'
            cand --data 'The payload: a JSON file (its keys become template variables), or - for standard input'
            cand --node-id 'Send the default payload `{"data": {"id": …, "url": …}}` for this node id (a random one otherwise)'
            cand --node-url 'The node''s REST URL in the default payload (derived from --domain otherwise)'
            cand -t 'A Liquid body template rendered with the payload''s variables'
            cand --template 'A Liquid body template rendered with the payload''s variables'
            cand --error-template 'A Liquid error-handling template applied to the response (`body`, `headers`)'
            cand --content-type 'content-type'
            cand --topic '`X-Scope-Topic`'
            cand --topic-version '`X-Scope-Topic-Version`'
            cand --api-version '`X-Scope-API-Version`'
            cand --domain '`X-Scope-Domain`'
            cand --webhook-id '`X-Scope-Webhook-Id` (a random UUID otherwise)'
            cand --job-id '`X-Scope-Webhook-Job-Id` (a random UUID per request otherwise)'
            cand -H 'An extra request header, `Name: value` (repeatable)'
            cand --header 'An extra request header, `Name: value` (repeatable)'
            cand --format 'Payload format'
            cand --event 'Legacy format: the event (`create` or `update`)'
            cand --resource-type 'Legacy format: the resource type'
            cand --timeout 'Give up waiting for a response after this long (e.g. 5s, 500ms)'
            cand --repeat 'Send this many requests (a small load test of your own endpoint)'
            cand -c 'How many requests are in flight at once with --repeat'
            cand --concurrency 'How many requests are in flight at once with --repeat'
            cand --secret-file 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped'
            cand --secret-env 'Read the HMAC shared secret from this environment variable'
            cand --secret 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;listen'= {
            cand --host 'Address to listen on'
            cand -p 'Port to listen on (0 picks a free one; the sandbox takes 8787)'
            cand --port 'Port to listen on (0 picks a free one; the sandbox takes 8787)'
            cand --path 'Path that receives deliveries; other paths answer 404'
            cand --secret-file 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped'
            cand --secret-env 'Read the HMAC shared secret from this environment variable'
            cand --secret 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)'
            cand --save 'Append each delivery to FILE as one JSON line (created with its directories); each is on disk before it is acknowledged'
            cand --status 'Status to answer (simulate a failing receiver with 500, 503, …)'
            cand --delay 'Wait this many milliseconds before answering (try above 5000 to cause sender timeouts)'
            cand --fail-every 'Answer 500 to every N-th delivery'
            cand --forward-to 'Relay each delivery (body and headers) to a local app and answer with its response'
            cand --max-body 'Answer 413 to bodies larger than this many bytes'
            cand --require-bearer-file 'Require `Authorization: Bearer TOKEN`, the token read from a file (`-` for standard input)'
            cand --require-bearer-env 'Require `Authorization: Bearer TOKEN`, the token read from this environment variable'
            cand --require-bearer 'Require `Authorization: Bearer TOKEN` (visible to other processes: prefer the -file or -env form)'
            cand --oauth-client-id 'The client id the token endpoint accepts'
            cand --oauth-client-secret-file 'The client secret, read from a file (`-` for standard input)'
            cand --oauth-client-secret-env 'The client secret, read from this environment variable'
            cand --oauth-client-secret 'The client secret itself (visible to other processes: prefer the -file or -env form)'
            cand --oauth-token-ttl 'Lifetime of issued tokens, in seconds'
            cand --tunnel 'Expose the listener through this installed tool, run as a child and stopped on exit (hookctl never downloads it)'
            cand --tunnel-command 'Run this command as the tunnel: `{port}` (and `{host}`) are replaced, the words split as a shell would, no shell runs it; its first http(s) URL is the public URL'
            cand --tunnel-url 'Use a tunnel you already run: its public base URL (--path is appended). It is probed too'
            cand --tunnel-server 'The bore server for --tunnel bore (`bore local PORT --to SERVER`)'
            cand --tunnel-timeout 'How long to wait for the tool to print its public URL'
            cand --tunnel-probe 'Check this often that the tunnel reaches the listener (a GET through the public URL); when it does not, listen exits with code 4'
            cand --subscribe 'Subscribe this listener for as long as it runs: one temporary subscription per topic (Scope) or event type (Sentera, with --org) at the tunnel''s URL (or the local one, which only a local sandbox reaches), signed with a fresh shared secret (or the --secret-* one); deleted when listen stops'
            cand --from 'Scope: subscribe with a copy of this subscription''s topic, content type, query and templates'
            cand --org 'Sentera: the organization to subscribe in [default: the profile''s organization]'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --reject-invalid 'Answer 401 to deliveries whose signature is wrong or missing (needs a secret)'
            cand --no-fsync 'With --save: answer once a capture is written, without waiting for fdatasync. Captures still survive the process being killed, not a machine crash; much faster under load'
            cand --oauth-token-endpoint 'Also serve an OAuth2 client-credentials token endpoint at /oauth/token; deliveries must then carry a token it issued'
            cand --tunnel-restart 'Restart the tool when it exits or stops answering, instead of exiting'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;replay'= {
            cand -n 'Replay the N-th capture (1 is the first line)'
            cand --index 'Replay the N-th capture (1 is the first line)'
            cand --to 'Where to send them'
            cand --timeout 'Seconds to wait for each answer'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --all 'Replay every capture, in order'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;completions'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set'
            cand --columns 'Tables: only these columns, in this order (header names, e.g. id,name,topic)'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --provider 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand --wide 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;help'= {
            cand demo 'Walk through the whole webhook life cycle on a throw-away sandbox; needs no configuration'
            cand subscriptions 'Manage webhook subscriptions'
            cand topics 'List webhook topics'
            cand errors 'List, show and delete delivery errors'
            cand deliveries 'List and show notifications: attempts, next attempt, last error, outcome'
            cand events 'List the delivery events of a subscription (Sentera''s API)'
            cand login 'Store an API token in a profile (checked against the API first)'
            cand logout 'Remove the token from a profile'
            cand api 'Inspect the endpoint''s schema: print it, check which commands work, send any query'
            cand config 'Show and edit profiles'
            cand sandbox 'Run and drive the local sandbox API'
            cand sign 'Print the HMAC-SHA256 signature of a payload, as the server computes it'
            cand verify 'Check a payload''s signature in constant time'
            cand render 'Render a body, validation or error-handling Liquid template locally, as the server would'
            cand send 'Send one signed delivery to a URL, exactly as the server does (or a small load test)'
            cand listen 'Run a local receiver that captures, verifies and shows deliveries'
            cand replay 'Re-send deliveries captured with `listen --save`'
            cand completions 'Print shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;help;demo'= {
        }
        &'hookctl;help;subscriptions'= {
            cand list 'List subscriptions (every page, streamed)'
            cand show 'Show one subscription with every field, templates and query in full'
            cand create 'Create a subscription (asks for missing fields when a terminal is attached)'
            cand update 'Change any field of a subscription'
            cand enable 'Enable (re-enable) subscriptions, by id or every disabled one'
            cand disable 'Disable subscriptions'
            cand delete 'Delete subscriptions'
            cand test 'Deliver the topic''s last node now (the test toggle) and wait for the outcome'
            cand deliver 'Do what the server would for this subscription and a node, here: query, templates, sign, POST'
            cand prune-temporary 'Remove session subscriptions left behind by `hookctl listen --subscribe`'
        }
        &'hookctl;help;subscriptions;list'= {
        }
        &'hookctl;help;subscriptions;show'= {
        }
        &'hookctl;help;subscriptions;create'= {
        }
        &'hookctl;help;subscriptions;update'= {
        }
        &'hookctl;help;subscriptions;enable'= {
        }
        &'hookctl;help;subscriptions;disable'= {
        }
        &'hookctl;help;subscriptions;delete'= {
        }
        &'hookctl;help;subscriptions;test'= {
        }
        &'hookctl;help;subscriptions;deliver'= {
        }
        &'hookctl;help;subscriptions;prune-temporary'= {
        }
        &'hookctl;help;topics'= {
            cand list 'List every topic with its version and node type'
        }
        &'hookctl;help;topics;list'= {
        }
        &'hookctl;help;errors'= {
            cand list 'List a subscription''s delivery errors (or every subscription''s with --all), oldest first'
            cand show 'Show one error with the request and response in full'
            cand delete 'Delete errors by id, or every error of a subscription'
            cand replay 'Send what failed deliveries recorded again, to a local URL (the listener''s by default)'
        }
        &'hookctl;help;errors;list'= {
        }
        &'hookctl;help;errors;show'= {
        }
        &'hookctl;help;errors;delete'= {
        }
        &'hookctl;help;errors;replay'= {
        }
        &'hookctl;help;deliveries'= {
            cand list 'List notifications: one subscription''s, or every subscription''s'
            cand show 'Show one notification: attempts, next attempt, last error, outcome'
        }
        &'hookctl;help;deliveries;list'= {
        }
        &'hookctl;help;deliveries;show'= {
        }
        &'hookctl;help;events'= {
            cand list 'List a subscription''s events with their delivery status (Sentera''s API), a page at a time'
        }
        &'hookctl;help;events;list'= {
        }
        &'hookctl;help;login'= {
        }
        &'hookctl;help;logout'= {
        }
        &'hookctl;help;api'= {
            cand schema 'Print the endpoint''s schema as SDL (introspected; cached for 24 h)'
            cand check 'Say, for each hookctl command, whether it works on the endpoint''s schema as is, works with fields dropped, or cannot work (exit 11 when one cannot)'
            cand graphql 'Send a GraphQL query or mutation with the profile''s endpoint and token; print the answer'
        }
        &'hookctl;help;api;schema'= {
        }
        &'hookctl;help;api;check'= {
        }
        &'hookctl;help;api;graphql'= {
        }
        &'hookctl;help;config'= {
            cand list 'List profiles (the current one is marked)'
            cand show 'Show one profile (default: the one in use) and where the config file is'
            cand use 'Make a profile the current one'
            cand set 'Set a field of the profile in use (--profile NAME for another); an empty value unsets it'
        }
        &'hookctl;help;config;list'= {
        }
        &'hookctl;help;config;show'= {
        }
        &'hookctl;help;config;use'= {
        }
        &'hookctl;help;config;set'= {
        }
        &'hookctl;help;sandbox'= {
            cand serve 'Serve the sandbox GraphQL API (state kept in SQLite, so it survives restarts)'
            cand token 'Manage API tokens of the sandbox'
            cand fixtures 'Load subscriptions and delivery-error records from a fixture file'
            cand node 'Create, update and delete nodes; each change emits <type>/created|updated|deleted'
            cand emit 'Emit a topic for a node (e.g. scenario_session/completed); prints the queued deliveries'
            cand clock 'Show or move the sandbox clock (retries are scheduled on it)'
            cand schema 'Print the GraphQL schema (SDL) the sandbox serves'
            cand sentera 'Drive the sandbox''s emulation of Sentera''s API (organizations, events)'
            cand legacy 'Enable, disable and inspect the first-generation (organization-wide) webhooks'
        }
        &'hookctl;help;sandbox;serve'= {
        }
        &'hookctl;help;sandbox;token'= {
            cand create 'Add a token for a user of an organization (both created if new); prints the token'
        }
        &'hookctl;help;sandbox;token;create'= {
        }
        &'hookctl;help;sandbox;fixtures'= {
            cand load 'Load a fixture file into the database (safe while the sandbox runs; loading twice changes nothing)'
        }
        &'hookctl;help;sandbox;fixtures;load'= {
        }
        &'hookctl;help;sandbox;node'= {
            cand create 'Create a node (emits <type>/created); prints its id'
            cand update 'Change a node''s attributes (emits <type>/updated); `--set key:=null` removes one'
            cand delete 'Delete a node (emits <type>/deleted)'
        }
        &'hookctl;help;sandbox;node;create'= {
        }
        &'hookctl;help;sandbox;node;update'= {
        }
        &'hookctl;help;sandbox;node;delete'= {
        }
        &'hookctl;help;sandbox;emit'= {
        }
        &'hookctl;help;sandbox;clock'= {
            cand show 'Print the sandbox''s current time'
            cand advance 'Move the clock forward, running every retry that falls due on the way (in order); returns when they are done'
        }
        &'hookctl;help;sandbox;clock;show'= {
        }
        &'hookctl;help;sandbox;clock;advance'= {
        }
        &'hookctl;help;sandbox;schema'= {
        }
        &'hookctl;help;sandbox;sentera'= {
            cand orgs 'List the organizations this token sees, with their sentera_ids and parents'
            cand create-org 'Create an organization, at the top of the tree or below --parent'
            cand emit 'Make an event happen in an organization: one delivery event per subscription of exactly that organization to the type (parents are not notified)'
            cand schema 'Print the Sentera GraphQL schema (SDL) the sandbox serves'
        }
        &'hookctl;help;sandbox;sentera;orgs'= {
        }
        &'hookctl;help;sandbox;sentera;create-org'= {
        }
        &'hookctl;help;sandbox;sentera;emit'= {
        }
        &'hookctl;help;sandbox;sentera;schema'= {
        }
        &'hookctl;help;sandbox;legacy'= {
            cand enable 'Send Call.create, Call.update, ScenarioSession.create and ScenarioSession.update of the token''s organization to URL (one base URL per organization; replaces the previous one)'
            cand disable 'Stop sending first-generation webhooks'
            cand show 'Show the base URL and the 50 most recent notifications'
        }
        &'hookctl;help;sandbox;legacy;enable'= {
        }
        &'hookctl;help;sandbox;legacy;disable'= {
        }
        &'hookctl;help;sandbox;legacy;show'= {
        }
        &'hookctl;help;sign'= {
        }
        &'hookctl;help;verify'= {
        }
        &'hookctl;help;render'= {
        }
        &'hookctl;help;send'= {
        }
        &'hookctl;help;listen'= {
        }
        &'hookctl;help;replay'= {
        }
        &'hookctl;help;completions'= {
        }
        &'hookctl;help;help'= {
        }
    ]
    $completions[$command]
}

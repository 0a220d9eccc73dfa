
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'hookctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'hookctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'hookctl' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Walk through the whole webhook life cycle on a throw-away sandbox; needs no configuration')
            [CompletionResult]::new('subscriptions', 'subscriptions', [CompletionResultType]::ParameterValue, 'Manage webhook subscriptions')
            [CompletionResult]::new('subs', 'subs', [CompletionResultType]::ParameterValue, 'Manage webhook subscriptions')
            [CompletionResult]::new('topics', 'topics', [CompletionResultType]::ParameterValue, 'List webhook topics')
            [CompletionResult]::new('errors', 'errors', [CompletionResultType]::ParameterValue, 'List, show and delete delivery errors')
            [CompletionResult]::new('deliveries', 'deliveries', [CompletionResultType]::ParameterValue, 'List and show notifications: attempts, next attempt, last error, outcome')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'List the delivery events of a subscription (Sentera''s API)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store an API token in a profile (checked against the API first)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the token from a profile')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Inspect the endpoint''s schema: print it, check which commands work, send any query')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show and edit profiles')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run and drive the local sandbox API')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Print the HMAC-SHA256 signature of a payload, as the server computes it')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a payload''s signature in constant time')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Render a body, validation or error-handling Liquid template locally, as the server would')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send one signed delivery to a URL, exactly as the server does (or a small load test)')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Run a local receiver that captures, verifies and shows deliveries')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Re-send deliveries captured with `listen --save`')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script (values such as ids and topics complete from the API)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every subscription the profile can see as a manifest (subscriptions as code)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what `apply` would change to make the server match a manifest (exit 2: changes pending)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the server match a manifest (or a saved plan): creates, updates, enables, deletes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;demo' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Keep the sandbox and listener running after the tour (Ctrl-C to stop), to explore them')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subscriptions' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List subscriptions (every page, streamed)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List subscriptions (every page, streamed)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one subscription with every field, templates and query in full')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a subscription (asks for missing fields when a terminal is attached)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change any field of a subscription')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable (re-enable) subscriptions, by id or every disabled one')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable subscriptions')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete subscriptions')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete subscriptions')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Deliver the topic''s last node now (the test toggle) and wait for the outcome')
            [CompletionResult]::new('deliver', 'deliver', [CompletionResultType]::ParameterValue, 'Do what the server would for this subscription and a node, here: query, templates, sign, POST')
            [CompletionResult]::new('prune-temporary', 'prune-temporary', [CompletionResultType]::ParameterValue, 'Remove session subscriptions left behind by `hookctl listen --subscribe`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;subs' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List subscriptions (every page, streamed)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List subscriptions (every page, streamed)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one subscription with every field, templates and query in full')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a subscription (asks for missing fields when a terminal is attached)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change any field of a subscription')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable (re-enable) subscriptions, by id or every disabled one')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable subscriptions')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete subscriptions')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete subscriptions')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Deliver the topic''s last node now (the test toggle) and wait for the outcome')
            [CompletionResult]::new('deliver', 'deliver', [CompletionResultType]::ParameterValue, 'Do what the server would for this subscription and a node, here: query, templates, sign, POST')
            [CompletionResult]::new('prune-temporary', 'prune-temporary', [CompletionResultType]::ParameterValue, 'Remove session subscriptions left behind by `hookctl listen --subscribe`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;subscriptions;list' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only subscriptions to this topic key, e.g. scenario_session/completed')
            [CompletionResult]::new('--created-since', '--created-since', [CompletionResultType]::ParameterName, 'Only those created since: RFC 3339 (2024-05-01T12:00:00Z), a date (2024-05-01, UTC) or an age (90s, 30m, 2h, 7d, 2w)')
            [CompletionResult]::new('--updated-since', '--updated-since', [CompletionResultType]::ParameterName, 'Only those updated since (same forms as --created-since)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per page [default: 100; 250 with --no-adapt] (also HOOKCTL_PAGE_SIZE); a server''s smaller limit named in an error is used instead')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Sentera: the organization whose subscriptions to list [default: the profile''s organization]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only enabled subscriptions')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled subscriptions')
            [CompletionResult]::new('--temporary', '--temporary', [CompletionResultType]::ParameterName, 'Only session subscriptions (`hookctl listen --subscribe`''s), with their owner''s state')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subscriptions;ls' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only subscriptions to this topic key, e.g. scenario_session/completed')
            [CompletionResult]::new('--created-since', '--created-since', [CompletionResultType]::ParameterName, 'Only those created since: RFC 3339 (2024-05-01T12:00:00Z), a date (2024-05-01, UTC) or an age (90s, 30m, 2h, 7d, 2w)')
            [CompletionResult]::new('--updated-since', '--updated-since', [CompletionResultType]::ParameterName, 'Only those updated since (same forms as --created-since)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per page [default: 100; 250 with --no-adapt] (also HOOKCTL_PAGE_SIZE); a server''s smaller limit named in an error is used instead')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Sentera: the organization whose subscriptions to list [default: the profile''s organization]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only enabled subscriptions')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled subscriptions')
            [CompletionResult]::new('--temporary', '--temporary', [CompletionResultType]::ParameterName, 'Only session subscriptions (`hookctl listen --subscribe`''s), with their owner''s state')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subs;list' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only subscriptions to this topic key, e.g. scenario_session/completed')
            [CompletionResult]::new('--created-since', '--created-since', [CompletionResultType]::ParameterName, 'Only those created since: RFC 3339 (2024-05-01T12:00:00Z), a date (2024-05-01, UTC) or an age (90s, 30m, 2h, 7d, 2w)')
            [CompletionResult]::new('--updated-since', '--updated-since', [CompletionResultType]::ParameterName, 'Only those updated since (same forms as --created-since)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per page [default: 100; 250 with --no-adapt] (also HOOKCTL_PAGE_SIZE); a server''s smaller limit named in an error is used instead')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Sentera: the organization whose subscriptions to list [default: the profile''s organization]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only enabled subscriptions')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled subscriptions')
            [CompletionResult]::new('--temporary', '--temporary', [CompletionResultType]::ParameterName, 'Only session subscriptions (`hookctl listen --subscribe`''s), with their owner''s state')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subs;ls' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only subscriptions to this topic key, e.g. scenario_session/completed')
            [CompletionResult]::new('--created-since', '--created-since', [CompletionResultType]::ParameterName, 'Only those created since: RFC 3339 (2024-05-01T12:00:00Z), a date (2024-05-01, UTC) or an age (90s, 30m, 2h, 7d, 2w)')
            [CompletionResult]::new('--updated-since', '--updated-since', [CompletionResultType]::ParameterName, 'Only those updated since (same forms as --created-since)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per page [default: 100; 250 with --no-adapt] (also HOOKCTL_PAGE_SIZE); a server''s smaller limit named in an error is used instead')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Sentera: the organization whose subscriptions to list [default: the profile''s organization]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only enabled subscriptions')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled subscriptions')
            [CompletionResult]::new('--temporary', '--temporary', [CompletionResultType]::ParameterName, 'Only session subscriptions (`hookctl listen --subscribe`''s), with their owner''s state')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subscriptions;show' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subs;show' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subscriptions;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name for people')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'The topic key, e.g. user/created (`hookctl topics list`)')
            [CompletionResult]::new('--topic-version', '--topic-version', [CompletionResultType]::ParameterName, 'The topic version [create''s default: the newest]')
            [CompletionResult]::new('--content-type', '--content-type', [CompletionResultType]::ParameterName, 'The body format of deliveries [create''s default: json]')
            [CompletionResult]::new('--callback-url', '--callback-url', [CompletionResultType]::ParameterName, 'Where deliveries are POSTed; must be https unless --allow-http')
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'The id of an integration to attach')
            [CompletionResult]::new('--query-file', '--query-file', [CompletionResultType]::ParameterName, 'GraphQL query run at delivery with $nodeId and $nodeType; its result replaces the payload')
            [CompletionResult]::new('--validation-template-file', '--validation-template-file', [CompletionResultType]::ParameterName, 'Liquid data-validation template (must render true or false)')
            [CompletionResult]::new('--template-file', '--template-file', [CompletionResultType]::ParameterName, 'Liquid body template')
            [CompletionResult]::new('--error-template-file', '--error-template-file', [CompletionResultType]::ParameterName, 'Liquid error-handling template (whatever it renders is an error)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC shared secret from this environment variable')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Sentera: the organization that gets the subscription [default: the profile''s organization]. Events do not bubble up the organization tree: subscribe each organization you need')
            [CompletionResult]::new('--event-type', '--event-type', [CompletionResultType]::ParameterName, 'Sentera: an event type to receive, e.g. FEATURE_SET_CREATED (repeat, or separate with commas)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'Sentera: authenticate deliveries with OAuth client credentials from this token URL')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'Sentera: the OAuth client id')
            [CompletionResult]::new('--oauth-client-secret-file', '--oauth-client-secret-file', [CompletionResultType]::ParameterName, 'Sentera: read the OAuth client secret from a file (`-` for standard input)')
            [CompletionResult]::new('--oauth-client-secret-env', '--oauth-client-secret-env', [CompletionResultType]::ParameterName, 'Sentera: read the OAuth client secret from this environment variable')
            [CompletionResult]::new('--oauth-client-secret', '--oauth-client-secret', [CompletionResultType]::ParameterName, 'Sentera: the OAuth client secret itself (visible to other processes: prefer the file or env forms; without any of them you are prompted)')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'Sentera: the scope to request with the token')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Accept an http:// callback URL (local testing)')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Create it disabled')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subs;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name for people')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'The topic key, e.g. user/created (`hookctl topics list`)')
            [CompletionResult]::new('--topic-version', '--topic-version', [CompletionResultType]::ParameterName, 'The topic version [create''s default: the newest]')
            [CompletionResult]::new('--content-type', '--content-type', [CompletionResultType]::ParameterName, 'The body format of deliveries [create''s default: json]')
            [CompletionResult]::new('--callback-url', '--callback-url', [CompletionResultType]::ParameterName, 'Where deliveries are POSTed; must be https unless --allow-http')
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'The id of an integration to attach')
            [CompletionResult]::new('--query-file', '--query-file', [CompletionResultType]::ParameterName, 'GraphQL query run at delivery with $nodeId and $nodeType; its result replaces the payload')
            [CompletionResult]::new('--validation-template-file', '--validation-template-file', [CompletionResultType]::ParameterName, 'Liquid data-validation template (must render true or false)')
            [CompletionResult]::new('--template-file', '--template-file', [CompletionResultType]::ParameterName, 'Liquid body template')
            [CompletionResult]::new('--error-template-file', '--error-template-file', [CompletionResultType]::ParameterName, 'Liquid error-handling template (whatever it renders is an error)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC shared secret from this environment variable')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Sentera: the organization that gets the subscription [default: the profile''s organization]. Events do not bubble up the organization tree: subscribe each organization you need')
            [CompletionResult]::new('--event-type', '--event-type', [CompletionResultType]::ParameterName, 'Sentera: an event type to receive, e.g. FEATURE_SET_CREATED (repeat, or separate with commas)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'Sentera: authenticate deliveries with OAuth client credentials from this token URL')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'Sentera: the OAuth client id')
            [CompletionResult]::new('--oauth-client-secret-file', '--oauth-client-secret-file', [CompletionResultType]::ParameterName, 'Sentera: read the OAuth client secret from a file (`-` for standard input)')
            [CompletionResult]::new('--oauth-client-secret-env', '--oauth-client-secret-env', [CompletionResultType]::ParameterName, 'Sentera: read the OAuth client secret from this environment variable')
            [CompletionResult]::new('--oauth-client-secret', '--oauth-client-secret', [CompletionResultType]::ParameterName, 'Sentera: the OAuth client secret itself (visible to other processes: prefer the file or env forms; without any of them you are prompted)')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'Sentera: the scope to request with the token')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Accept an http:// callback URL (local testing)')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Create it disabled')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subscriptions;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name for people')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'The topic key, e.g. user/created (`hookctl topics list`)')
            [CompletionResult]::new('--topic-version', '--topic-version', [CompletionResultType]::ParameterName, 'The topic version [create''s default: the newest]')
            [CompletionResult]::new('--content-type', '--content-type', [CompletionResultType]::ParameterName, 'The body format of deliveries [create''s default: json]')
            [CompletionResult]::new('--callback-url', '--callback-url', [CompletionResultType]::ParameterName, 'Where deliveries are POSTed; must be https unless --allow-http')
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'integration')
            [CompletionResult]::new('--query-file', '--query-file', [CompletionResultType]::ParameterName, 'query-file')
            [CompletionResult]::new('--validation-template-file', '--validation-template-file', [CompletionResultType]::ParameterName, 'validation-template-file')
            [CompletionResult]::new('--template-file', '--template-file', [CompletionResultType]::ParameterName, 'template-file')
            [CompletionResult]::new('--error-template-file', '--error-template-file', [CompletionResultType]::ParameterName, 'error-template-file')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC shared secret from this environment variable')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Accept an http:// callback URL (local testing)')
            [CompletionResult]::new('--clear-integration', '--clear-integration', [CompletionResultType]::ParameterName, 'Detach the integration')
            [CompletionResult]::new('--clear-query', '--clear-query', [CompletionResultType]::ParameterName, 'Remove the query (deliveries carry the default payload again)')
            [CompletionResult]::new('--clear-validation-template', '--clear-validation-template', [CompletionResultType]::ParameterName, 'clear-validation-template')
            [CompletionResult]::new('--clear-template', '--clear-template', [CompletionResultType]::ParameterName, 'clear-template')
            [CompletionResult]::new('--clear-error-template', '--clear-error-template', [CompletionResultType]::ParameterName, 'clear-error-template')
            [CompletionResult]::new('--clear-secret', '--clear-secret', [CompletionResultType]::ParameterName, 'Remove the shared secret (deliveries are no longer signed)')
            [CompletionResult]::new('--enable', '--enable', [CompletionResultType]::ParameterName, 'Enable it')
            [CompletionResult]::new('--disable', '--disable', [CompletionResultType]::ParameterName, 'Disable it')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subs;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name for people')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'The topic key, e.g. user/created (`hookctl topics list`)')
            [CompletionResult]::new('--topic-version', '--topic-version', [CompletionResultType]::ParameterName, 'The topic version [create''s default: the newest]')
            [CompletionResult]::new('--content-type', '--content-type', [CompletionResultType]::ParameterName, 'The body format of deliveries [create''s default: json]')
            [CompletionResult]::new('--callback-url', '--callback-url', [CompletionResultType]::ParameterName, 'Where deliveries are POSTed; must be https unless --allow-http')
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'integration')
            [CompletionResult]::new('--query-file', '--query-file', [CompletionResultType]::ParameterName, 'query-file')
            [CompletionResult]::new('--validation-template-file', '--validation-template-file', [CompletionResultType]::ParameterName, 'validation-template-file')
            [CompletionResult]::new('--template-file', '--template-file', [CompletionResultType]::ParameterName, 'template-file')
            [CompletionResult]::new('--error-template-file', '--error-template-file', [CompletionResultType]::ParameterName, 'error-template-file')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC shared secret from this environment variable')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Accept an http:// callback URL (local testing)')
            [CompletionResult]::new('--clear-integration', '--clear-integration', [CompletionResultType]::ParameterName, 'Detach the integration')
            [CompletionResult]::new('--clear-query', '--clear-query', [CompletionResultType]::ParameterName, 'Remove the query (deliveries carry the default payload again)')
            [CompletionResult]::new('--clear-validation-template', '--clear-validation-template', [CompletionResultType]::ParameterName, 'clear-validation-template')
            [CompletionResult]::new('--clear-template', '--clear-template', [CompletionResultType]::ParameterName, 'clear-template')
            [CompletionResult]::new('--clear-error-template', '--clear-error-template', [CompletionResultType]::ParameterName, 'clear-error-template')
            [CompletionResult]::new('--clear-secret', '--clear-secret', [CompletionResultType]::ParameterName, 'Remove the shared secret (deliveries are no longer signed)')
            [CompletionResult]::new('--enable', '--enable', [CompletionResultType]::ParameterName, 'Enable it')
            [CompletionResult]::new('--disable', '--disable', [CompletionResultType]::ParameterName, 'Disable it')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subscriptions;enable' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'With --all-disabled: only those on this topic')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--all-disabled', '--all-disabled', [CompletionResultType]::ParameterName, 'Re-enable every disabled subscription (the CI recovery case)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be enabled, change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subs;enable' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'With --all-disabled: only those on this topic')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--all-disabled', '--all-disabled', [CompletionResultType]::ParameterName, 'Re-enable every disabled subscription (the CI recovery case)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be enabled, change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subscriptions;disable' {
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subs;disable' {
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subscriptions;delete' {
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not interactive)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subscriptions;rm' {
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not interactive)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subs;delete' {
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not interactive)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subs;rm' {
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not interactive)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subscriptions;test' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the outcome')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Start the test delivery and return; do not wait for its outcome')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subs;test' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the outcome')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Start the test delivery and return; do not wait for its outcome')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subscriptions;deliver' {
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'The node the notification is about (its global id)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where to POST: a local listener or your app (the subscription''s callback URL otherwise)')
            [CompletionResult]::new('--node-url', '--node-url', [CompletionResultType]::ParameterName, 'The node''s REST URL in the default payload (derived from the endpoint otherwise)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, '`X-Scope-Domain`')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Give up waiting for the receiver after this long')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC shared secret from this environment variable')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Send even when the data-validation template renders false')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subs;deliver' {
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'The node the notification is about (its global id)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where to POST: a local listener or your app (the subscription''s callback URL otherwise)')
            [CompletionResult]::new('--node-url', '--node-url', [CompletionResultType]::ParameterName, 'The node''s REST URL in the default payload (derived from the endpoint otherwise)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, '`X-Scope-Domain`')
            [CompletionResult]::new('--delivery-timeout', '--delivery-timeout', [CompletionResultType]::ParameterName, 'Give up waiting for the receiver after this long')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC shared secret from this environment variable')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Send even when the data-validation template renders false')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subscriptions;prune-temporary' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Sentera: the organization whose subscriptions to list [default: the profile''s organization]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--all-hosts', '--all-hosts', [CompletionResultType]::ParameterName, 'Also remove other hosts'' session subscriptions (whether their listen runs cannot be checked from here)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not interactive)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subs;prune-temporary' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Sentera: the organization whose subscriptions to list [default: the profile''s organization]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--all-hosts', '--all-hosts', [CompletionResultType]::ParameterName, 'Also remove other hosts'' session subscriptions (whether their listen runs cannot be checked from here)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not interactive)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;subscriptions;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List subscriptions (every page, streamed)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one subscription with every field, templates and query in full')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a subscription (asks for missing fields when a terminal is attached)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change any field of a subscription')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable (re-enable) subscriptions, by id or every disabled one')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable subscriptions')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete subscriptions')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Deliver the topic''s last node now (the test toggle) and wait for the outcome')
            [CompletionResult]::new('deliver', 'deliver', [CompletionResultType]::ParameterValue, 'Do what the server would for this subscription and a node, here: query, templates, sign, POST')
            [CompletionResult]::new('prune-temporary', 'prune-temporary', [CompletionResultType]::ParameterValue, 'Remove session subscriptions left behind by `hookctl listen --subscribe`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;subscriptions;help;list' {
            break
        }
        'hookctl;subscriptions;help;show' {
            break
        }
        'hookctl;subscriptions;help;create' {
            break
        }
        'hookctl;subscriptions;help;update' {
            break
        }
        'hookctl;subscriptions;help;enable' {
            break
        }
        'hookctl;subscriptions;help;disable' {
            break
        }
        'hookctl;subscriptions;help;delete' {
            break
        }
        'hookctl;subscriptions;help;test' {
            break
        }
        'hookctl;subscriptions;help;deliver' {
            break
        }
        'hookctl;subscriptions;help;prune-temporary' {
            break
        }
        'hookctl;subscriptions;help;help' {
            break
        }
        'hookctl;subs;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List subscriptions (every page, streamed)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one subscription with every field, templates and query in full')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a subscription (asks for missing fields when a terminal is attached)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change any field of a subscription')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable (re-enable) subscriptions, by id or every disabled one')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable subscriptions')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete subscriptions')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Deliver the topic''s last node now (the test toggle) and wait for the outcome')
            [CompletionResult]::new('deliver', 'deliver', [CompletionResultType]::ParameterValue, 'Do what the server would for this subscription and a node, here: query, templates, sign, POST')
            [CompletionResult]::new('prune-temporary', 'prune-temporary', [CompletionResultType]::ParameterValue, 'Remove session subscriptions left behind by `hookctl listen --subscribe`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;subs;help;list' {
            break
        }
        'hookctl;subs;help;show' {
            break
        }
        'hookctl;subs;help;create' {
            break
        }
        'hookctl;subs;help;update' {
            break
        }
        'hookctl;subs;help;enable' {
            break
        }
        'hookctl;subs;help;disable' {
            break
        }
        'hookctl;subs;help;delete' {
            break
        }
        'hookctl;subs;help;test' {
            break
        }
        'hookctl;subs;help;deliver' {
            break
        }
        'hookctl;subs;help;prune-temporary' {
            break
        }
        'hookctl;subs;help;help' {
            break
        }
        'hookctl;topics' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every topic with its version and node type')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List every topic with its version and node type')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;topics;list' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Only the topic with this key')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;topics;ls' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Only the topic with this key')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;topics;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every topic with its version and node type')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;topics;help;list' {
            break
        }
        'hookctl;topics;help;help' {
            break
        }
        'hookctl;errors' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a subscription''s delivery errors (or every subscription''s with --all), oldest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a subscription''s delivery errors (or every subscription''s with --all), oldest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one error with the request and response in full')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete errors by id, or every error of a subscription')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete errors by id, or every error of a subscription')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Send what failed deliveries recorded again, to a local URL (the listener''s by default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;errors;list' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only those since: RFC 3339, a date (UTC) or an age (30m, 2h, 7d, 2w; on a sandbox, counted back from its clock)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every subscription''s errors (with a SUBSCRIPTION column, and `subscriptionId` in JSON)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;errors;ls' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only those since: RFC 3339, a date (UTC) or an age (30m, 2h, 7d, 2w; on a sandbox, counted back from its clock)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every subscription''s errors (with a SUBSCRIPTION column, and `subscriptionId` in JSON)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;errors;show' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;errors;delete' {
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Delete every error of this subscription')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not interactive)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;errors;rm' {
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Delete every error of this subscription')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not interactive)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;errors;replay' {
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Replay every error of this subscription, oldest first, once per job id')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'With --all: only errors since: RFC 3339, a date (UTC) or an age (30m, 2h, 7d)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where to send them')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC shared secret from this environment variable')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--keep-signature', '--keep-signature', [CompletionResultType]::ParameterName, 'Send the recorded signature instead of computing one (it matches: the body is the same)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;errors;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a subscription''s delivery errors (or every subscription''s with --all), oldest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one error with the request and response in full')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete errors by id, or every error of a subscription')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Send what failed deliveries recorded again, to a local URL (the listener''s by default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;errors;help;list' {
            break
        }
        'hookctl;errors;help;show' {
            break
        }
        'hookctl;errors;help;delete' {
            break
        }
        'hookctl;errors;help;replay' {
            break
        }
        'hookctl;errors;help;help' {
            break
        }
        'hookctl;deliveries' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List notifications: one subscription''s, or every subscription''s')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List notifications: one subscription''s, or every subscription''s')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one notification: attempts, next attempt, last error, outcome')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;deliveries;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only notifications in this state')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only those since: RFC 3339, a date (UTC) or an age (30m, 2h, 7d, 2w; on a sandbox, counted back from its clock)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;deliveries;ls' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only notifications in this state')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only those since: RFC 3339, a date (UTC) or an age (30m, 2h, 7d, 2w; on a sandbox, counted back from its clock)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;deliveries;show' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;deliveries;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List notifications: one subscription''s, or every subscription''s')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one notification: attempts, next attempt, last error, outcome')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;deliveries;help;list' {
            break
        }
        'hookctl;deliveries;help;show' {
            break
        }
        'hookctl;deliveries;help;help' {
            break
        }
        'hookctl;events' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a subscription''s events with their delivery status (Sentera''s API), a page at a time')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a subscription''s events with their delivery status (Sentera''s API), a page at a time')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;events;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only events in this status: pending, delivered or failed')
            [CompletionResult]::new('--event-type', '--event-type', [CompletionResultType]::ParameterName, 'Only events of this type, e.g. FEATURE_SET_CREATED')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only events created at or after: RFC 3339, a date (UTC) or an age (30m, 2h, 7d)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only events created before (same forms as --since)')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Which page, from 1')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Events per page (1..250)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every page, one after the other (--page-size sets the request size)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;events;ls' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only events in this status: pending, delivered or failed')
            [CompletionResult]::new('--event-type', '--event-type', [CompletionResultType]::ParameterName, 'Only events of this type, e.g. FEATURE_SET_CREATED')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only events created at or after: RFC 3339, a date (UTC) or an age (30m, 2h, 7d)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only events created before (same forms as --since)')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Which page, from 1')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Events per page (1..250)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every page, one after the other (--page-size sets the request size)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;events;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a subscription''s events with their delivery status (Sentera''s API), a page at a time')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;events;help;list' {
            break
        }
        'hookctl;events;help;help' {
            break
        }
        'hookctl;login' {
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Do not store the token: read it from this environment variable each time')
            [CompletionResult]::new('--token-command', '--token-command', [CompletionResultType]::ParameterName, 'Do not store the token: run this shell command each time and use its output (e.g. "pass show scope/api")')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token from standard input (for CI: `echo "$TOKEN" | hookctl login --token-stdin`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;logout' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;api' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the endpoint''s schema as SDL (introspected; cached for 24 h)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Say, for each hookctl command, whether it works on the endpoint''s schema as is, works with fields dropped, or cannot work (exit 11 when one cannot)')
            [CompletionResult]::new('graphql', 'graphql', [CompletionResultType]::ParameterValue, 'Send a GraphQL query or mutation with the profile''s endpoint and token; print the answer')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;api;schema' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;api;check' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;api;graphql' {
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'The query text (`-q` is the global --quiet)')
            [CompletionResult]::new('--query-file', '--query-file', [CompletionResultType]::ParameterName, 'Read the query from a file (- for standard input)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'A typed variable: number, boolean, null or JSON; otherwise a string')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A typed variable: number, boolean, null or JSON; otherwise a string')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A string variable, sent as written')
            [CompletionResult]::new('--raw-field', '--raw-field', [CompletionResultType]::ParameterName, 'A string variable, sent as written')
            [CompletionResult]::new('--variables', '--variables', [CompletionResultType]::ParameterName, 'A JSON file of variables (an object); -F and -f override its entries')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'The `$first` sent when the query takes one and no -F first=… is given [default: 100]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--paginate', '--paginate', [CompletionResultType]::ParameterName, 'Follow `pageInfo { hasNextPage endCursor }` through every page')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;api;help' {
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the endpoint''s schema as SDL (introspected; cached for 24 h)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Say, for each hookctl command, whether it works on the endpoint''s schema as is, works with fields dropped, or cannot work (exit 11 when one cannot)')
            [CompletionResult]::new('graphql', 'graphql', [CompletionResultType]::ParameterValue, 'Send a GraphQL query or mutation with the profile''s endpoint and token; print the answer')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;api;help;schema' {
            break
        }
        'hookctl;api;help;check' {
            break
        }
        'hookctl;api;help;graphql' {
            break
        }
        'hookctl;api;help;help' {
            break
        }
        'hookctl;config' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles (the current one is marked)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List profiles (the current one is marked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one profile (default: the one in use) and where the config file is')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the current one')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a field of the profile in use (--profile NAME for another); an empty value unsets it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;config;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;config;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;config;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;config;use' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;config;set' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;config;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles (the current one is marked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one profile (default: the one in use) and where the config file is')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the current one')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a field of the profile in use (--profile NAME for another); an empty value unsets it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;config;help;list' {
            break
        }
        'hookctl;config;help;show' {
            break
        }
        'hookctl;config;help;use' {
            break
        }
        'hookctl;config;help;set' {
            break
        }
        'hookctl;config;help;help' {
            break
        }
        'hookctl;sandbox' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox GraphQL API (state kept in SQLite, so it survives restarts)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Manage API tokens of the sandbox')
            [CompletionResult]::new('fixtures', 'fixtures', [CompletionResultType]::ParameterValue, 'Load subscriptions and delivery-error records from a fixture file')
            [CompletionResult]::new('node', 'node', [CompletionResultType]::ParameterValue, 'Create, update and delete nodes; each change emits <type>/created|updated|deleted')
            [CompletionResult]::new('emit', 'emit', [CompletionResultType]::ParameterValue, 'Emit a topic for a node (e.g. scenario_session/completed); prints the queued deliveries')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Show or move the sandbox clock (retries are scheduled on it)')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the GraphQL schema (SDL) the sandbox serves')
            [CompletionResult]::new('sentera', 'sentera', [CompletionResultType]::ParameterValue, 'Drive the sandbox''s emulation of Sentera''s API (organizations, events)')
            [CompletionResult]::new('first-generation', 'first-generation', [CompletionResultType]::ParameterValue, 'Enable, disable and inspect the first-generation (organization-wide) webhooks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;sandbox;serve' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Address to listen on')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Port to listen on (0: any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on (0: any free port)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: sandbox.db in the data directory)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Fix the default user''s token (visible to other processes: prefer --token-file or HOOKCTL_SANDBOX_TOKEN)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the default user''s token from a file (`-` for standard input)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'The X-Scope-Domain deliveries carry')
            [CompletionResult]::new('--time-scale', '--time-scale', [CompletionResultType]::ParameterName, 'Run the sandbox clock this many times faster than wall time (retries come sooner)')
            [CompletionResult]::new('--fixtures', '--fixtures', [CompletionResultType]::ParameterName, 'Load subscriptions and error records from this fixture file on start')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;sandbox;token' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a token for a user of an organization (both created if new); prints the token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;sandbox;token;create' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization name')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: sandbox.db in the data directory)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;sandbox;token;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a token for a user of an organization (both created if new); prints the token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;sandbox;token;help;create' {
            break
        }
        'hookctl;sandbox;token;help;help' {
            break
        }
        'hookctl;sandbox;fixtures' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Load a fixture file into the database (safe while the sandbox runs; loading twice changes nothing)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;sandbox;fixtures;load' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: sandbox.db in the data directory)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;sandbox;fixtures;help' {
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Load a fixture file into the database (safe while the sandbox runs; loading twice changes nothing)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;sandbox;fixtures;help;load' {
            break
        }
        'hookctl;sandbox;fixtures;help;help' {
            break
        }
        'hookctl;sandbox;node' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a node (emits <type>/created); prints its id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a node''s attributes (emits <type>/updated); `--set key:=null` removes one')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a node (emits <type>/deleted)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;sandbox;node;create' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'An attribute: `key=value` (a string) or `key:=JSON` (repeatable)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the API token from a file (`-` for standard input). Default: HOOKCTL_TOKEN, else the local sandbox''s own token file')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;sandbox;node;update' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'An attribute: `key=value` (a string) or `key:=JSON` (repeatable; `key:=null` removes it)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the API token from a file (`-` for standard input). Default: HOOKCTL_TOKEN, else the local sandbox''s own token file')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;sandbox;node;delete' {
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the API token from a file (`-` for standard input). Default: HOOKCTL_TOKEN, else the local sandbox''s own token file')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;sandbox;node;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a node (emits <type>/created); prints its id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a node''s attributes (emits <type>/updated); `--set key:=null` removes one')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a node (emits <type>/deleted)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;sandbox;node;help;create' {
            break
        }
        'hookctl;sandbox;node;help;update' {
            break
        }
        'hookctl;sandbox;node;help;delete' {
            break
        }
        'hookctl;sandbox;node;help;help' {
            break
        }
        'hookctl;sandbox;emit' {
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'The global id of the node the event is about')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the API token from a file (`-` for standard input). Default: HOOKCTL_TOKEN, else the local sandbox''s own token file')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;sandbox;clock' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the sandbox''s current time')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Move the clock forward, running every retry that falls due on the way (in order); returns when they are done')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;sandbox;clock;show' {
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the API token from a file (`-` for standard input). Default: HOOKCTL_TOKEN, else the local sandbox''s own token file')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;sandbox;clock;advance' {
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the API token from a file (`-` for standard input). Default: HOOKCTL_TOKEN, else the local sandbox''s own token file')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;sandbox;clock;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the sandbox''s current time')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Move the clock forward, running every retry that falls due on the way (in order); returns when they are done')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;sandbox;clock;help;show' {
            break
        }
        'hookctl;sandbox;clock;help;advance' {
            break
        }
        'hookctl;sandbox;clock;help;help' {
            break
        }
        'hookctl;sandbox;schema' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;sandbox;sentera' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('orgs', 'orgs', [CompletionResultType]::ParameterValue, 'List the organizations this token sees, with their sentera_ids and parents')
            [CompletionResult]::new('create-org', 'create-org', [CompletionResultType]::ParameterValue, 'Create an organization, at the top of the tree or below --parent')
            [CompletionResult]::new('emit', 'emit', [CompletionResultType]::ParameterValue, 'Make an event happen in an organization: one delivery event per subscription of exactly that organization to the type (parents are not notified)')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the Sentera GraphQL schema (SDL) the sandbox serves')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;sandbox;sentera;orgs' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;sandbox;sentera;create-org' {
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'The parent organization''s sentera_id')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Give it this sentera_id (e.g. one from Sentera''s documentation) [default: a new one]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;sandbox;sentera;emit' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organization where it happens')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'The sentera_id of the object it is about [default: a new one]')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Emit this many events')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;sandbox;sentera;schema' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;sandbox;sentera;help' {
            [CompletionResult]::new('orgs', 'orgs', [CompletionResultType]::ParameterValue, 'List the organizations this token sees, with their sentera_ids and parents')
            [CompletionResult]::new('create-org', 'create-org', [CompletionResultType]::ParameterValue, 'Create an organization, at the top of the tree or below --parent')
            [CompletionResult]::new('emit', 'emit', [CompletionResultType]::ParameterValue, 'Make an event happen in an organization: one delivery event per subscription of exactly that organization to the type (parents are not notified)')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the Sentera GraphQL schema (SDL) the sandbox serves')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;sandbox;sentera;help;orgs' {
            break
        }
        'hookctl;sandbox;sentera;help;create-org' {
            break
        }
        'hookctl;sandbox;sentera;help;emit' {
            break
        }
        'hookctl;sandbox;sentera;help;schema' {
            break
        }
        'hookctl;sandbox;sentera;help;help' {
            break
        }
        'hookctl;sandbox;first-generation' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Send Call.create, Call.update, ScenarioSession.create and ScenarioSession.update of the token''s organization to URL (one base URL per organization; replaces the previous one)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop sending first-generation webhooks')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the base URL and the 50 most recent notifications')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;sandbox;first-generation;enable' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;sandbox;first-generation;disable' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;sandbox;first-generation;show' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;sandbox;first-generation;help' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Send Call.create, Call.update, ScenarioSession.create and ScenarioSession.update of the token''s organization to URL (one base URL per organization; replaces the previous one)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop sending first-generation webhooks')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the base URL and the 50 most recent notifications')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;sandbox;first-generation;help;enable' {
            break
        }
        'hookctl;sandbox;first-generation;help;disable' {
            break
        }
        'hookctl;sandbox;first-generation;help;show' {
            break
        }
        'hookctl;sandbox;first-generation;help;help' {
            break
        }
        'hookctl;sandbox;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox GraphQL API (state kept in SQLite, so it survives restarts)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Manage API tokens of the sandbox')
            [CompletionResult]::new('fixtures', 'fixtures', [CompletionResultType]::ParameterValue, 'Load subscriptions and delivery-error records from a fixture file')
            [CompletionResult]::new('node', 'node', [CompletionResultType]::ParameterValue, 'Create, update and delete nodes; each change emits <type>/created|updated|deleted')
            [CompletionResult]::new('emit', 'emit', [CompletionResultType]::ParameterValue, 'Emit a topic for a node (e.g. scenario_session/completed); prints the queued deliveries')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Show or move the sandbox clock (retries are scheduled on it)')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the GraphQL schema (SDL) the sandbox serves')
            [CompletionResult]::new('sentera', 'sentera', [CompletionResultType]::ParameterValue, 'Drive the sandbox''s emulation of Sentera''s API (organizations, events)')
            [CompletionResult]::new('first-generation', 'first-generation', [CompletionResultType]::ParameterValue, 'Enable, disable and inspect the first-generation (organization-wide) webhooks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;sandbox;help;serve' {
            break
        }
        'hookctl;sandbox;help;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a token for a user of an organization (both created if new); prints the token')
            break
        }
        'hookctl;sandbox;help;token;create' {
            break
        }
        'hookctl;sandbox;help;fixtures' {
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Load a fixture file into the database (safe while the sandbox runs; loading twice changes nothing)')
            break
        }
        'hookctl;sandbox;help;fixtures;load' {
            break
        }
        'hookctl;sandbox;help;node' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a node (emits <type>/created); prints its id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a node''s attributes (emits <type>/updated); `--set key:=null` removes one')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a node (emits <type>/deleted)')
            break
        }
        'hookctl;sandbox;help;node;create' {
            break
        }
        'hookctl;sandbox;help;node;update' {
            break
        }
        'hookctl;sandbox;help;node;delete' {
            break
        }
        'hookctl;sandbox;help;emit' {
            break
        }
        'hookctl;sandbox;help;clock' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the sandbox''s current time')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Move the clock forward, running every retry that falls due on the way (in order); returns when they are done')
            break
        }
        'hookctl;sandbox;help;clock;show' {
            break
        }
        'hookctl;sandbox;help;clock;advance' {
            break
        }
        'hookctl;sandbox;help;schema' {
            break
        }
        'hookctl;sandbox;help;sentera' {
            [CompletionResult]::new('orgs', 'orgs', [CompletionResultType]::ParameterValue, 'List the organizations this token sees, with their sentera_ids and parents')
            [CompletionResult]::new('create-org', 'create-org', [CompletionResultType]::ParameterValue, 'Create an organization, at the top of the tree or below --parent')
            [CompletionResult]::new('emit', 'emit', [CompletionResultType]::ParameterValue, 'Make an event happen in an organization: one delivery event per subscription of exactly that organization to the type (parents are not notified)')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the Sentera GraphQL schema (SDL) the sandbox serves')
            break
        }
        'hookctl;sandbox;help;sentera;orgs' {
            break
        }
        'hookctl;sandbox;help;sentera;create-org' {
            break
        }
        'hookctl;sandbox;help;sentera;emit' {
            break
        }
        'hookctl;sandbox;help;sentera;schema' {
            break
        }
        'hookctl;sandbox;help;first-generation' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Send Call.create, Call.update, ScenarioSession.create and ScenarioSession.update of the token''s organization to URL (one base URL per organization; replaces the previous one)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop sending first-generation webhooks')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the base URL and the 50 most recent notifications')
            break
        }
        'hookctl;sandbox;help;first-generation;enable' {
            break
        }
        'hookctl;sandbox;help;first-generation;disable' {
            break
        }
        'hookctl;sandbox;help;first-generation;show' {
            break
        }
        'hookctl;sandbox;help;help' {
            break
        }
        'hookctl;sign' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'The exact payload bytes to sign: a file, or - for standard input')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'The exact payload bytes to sign: a file, or - for standard input')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC shared secret from this environment variable')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Print the whole `X-Scope-Hmac-Sha256: …` header line')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;verify' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'The exact payload bytes: a file, or - for standard input')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'The exact payload bytes: a file, or - for standard input')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The signature to check (the `X-Scope-Hmac-Sha256` value)')
            [CompletionResult]::new('--signature', '--signature', [CompletionResultType]::ParameterName, 'The signature to check (the `X-Scope-Hmac-Sha256` value)')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'A file holding the request headers (`Name: value` lines, a JSON object, or a `listen --save` line)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC shared secret from this environment variable')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;render' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The Liquid template: a file, or - for standard input')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'The Liquid template: a file, or - for standard input')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'A JSON object whose top-level keys become the template''s variables (body and validation kinds). Default: the default payload, {"data": {"id": …, "url": …}}')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A JSON object whose top-level keys become the template''s variables (body and validation kinds). Default: the default payload, {"data": {"id": …, "url": …}}')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Which kind of template this is')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Which kind of template this is')
            [CompletionResult]::new('--content-type', '--content-type', [CompletionResultType]::ParameterName, 'Body kind: check that the rendered body parses as this type; say where it does not')
            [CompletionResult]::new('--response-body', '--response-body', [CompletionResultType]::ParameterName, 'Error kind: the response body to expose as `body` (JSON when it parses, else a string)')
            [CompletionResult]::new('--response-headers', '--response-headers', [CompletionResultType]::ParameterName, 'Error kind: response headers to expose as `headers`: `Name: value` lines (as `curl -D` writes them; status lines skipped) or a JSON object')
            [CompletionResult]::new('--capture', '--capture', [CompletionResultType]::ParameterName, 'Error kind: take the response from a JSON-lines capture file (as `hookctl listen --save` writes): one object per line with `headers` and `body` or `body_base64`')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'With --capture: which line to use, counting from 0 (default: the last one)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;send' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'The payload: a JSON file (its keys become template variables), or - for standard input')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'The payload: a JSON file (its keys become template variables), or - for standard input')
            [CompletionResult]::new('--node-id', '--node-id', [CompletionResultType]::ParameterName, 'Send the default payload `{"data": {"id": …, "url": …}}` for this node id (a random one otherwise)')
            [CompletionResult]::new('--node-url', '--node-url', [CompletionResultType]::ParameterName, 'The node''s REST URL in the default payload (derived from --domain otherwise)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'A Liquid body template rendered with the payload''s variables')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'A Liquid body template rendered with the payload''s variables')
            [CompletionResult]::new('--error-template', '--error-template', [CompletionResultType]::ParameterName, 'A Liquid error-handling template applied to the response (`body`, `headers`)')
            [CompletionResult]::new('--content-type', '--content-type', [CompletionResultType]::ParameterName, 'content-type')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, '`X-Scope-Topic`')
            [CompletionResult]::new('--topic-version', '--topic-version', [CompletionResultType]::ParameterName, '`X-Scope-Topic-Version`')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, '`X-Scope-API-Version`')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, '`X-Scope-Domain`')
            [CompletionResult]::new('--webhook-id', '--webhook-id', [CompletionResultType]::ParameterName, '`X-Scope-Webhook-Id` (a random UUID otherwise)')
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, '`X-Scope-Webhook-Job-Id` (a random UUID per request otherwise)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'An extra request header, `Name: value` (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'An extra request header, `Name: value` (repeatable)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Payload format')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'First-generation format: the event (`create` or `update`)')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'First-generation format: the resource type')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up waiting for a response after this long (e.g. 5s, 500ms)')
            [CompletionResult]::new('--repeat', '--repeat', [CompletionResultType]::ParameterName, 'Send this many requests (a small load test of your own endpoint)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'How many requests are in flight at once with --repeat')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests are in flight at once with --repeat')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC shared secret from this environment variable')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;listen' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Address to listen on')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Port to listen on (0 picks a free one; the sandbox takes 8787)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on (0 picks a free one; the sandbox takes 8787)')
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'Path that receives deliveries; other paths answer 404')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Read the HMAC shared secret from this environment variable')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)')
            [CompletionResult]::new('--save', '--save', [CompletionResultType]::ParameterName, 'Append each delivery to FILE as one JSON line (created with its directories); each is on disk before it is acknowledged')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Status to answer (simulate a failing receiver with 500, 503, …)')
            [CompletionResult]::new('--delay', '--delay', [CompletionResultType]::ParameterName, 'Wait this many milliseconds before answering (try above 5000 to cause sender timeouts)')
            [CompletionResult]::new('--fail-every', '--fail-every', [CompletionResultType]::ParameterName, 'Answer 500 to every N-th delivery')
            [CompletionResult]::new('--forward-to', '--forward-to', [CompletionResultType]::ParameterName, 'Relay each delivery (body and headers) to a local app and answer with its response')
            [CompletionResult]::new('--max-body', '--max-body', [CompletionResultType]::ParameterName, 'Answer 413 to bodies larger than this many bytes')
            [CompletionResult]::new('--require-bearer-file', '--require-bearer-file', [CompletionResultType]::ParameterName, 'Require `Authorization: Bearer TOKEN`, the token read from a file (`-` for standard input)')
            [CompletionResult]::new('--require-bearer-env', '--require-bearer-env', [CompletionResultType]::ParameterName, 'Require `Authorization: Bearer TOKEN`, the token read from this environment variable')
            [CompletionResult]::new('--require-bearer', '--require-bearer', [CompletionResultType]::ParameterName, 'Require `Authorization: Bearer TOKEN` (visible to other processes: prefer the -file or -env form)')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The client id the token endpoint accepts')
            [CompletionResult]::new('--oauth-client-secret-file', '--oauth-client-secret-file', [CompletionResultType]::ParameterName, 'The client secret, read from a file (`-` for standard input)')
            [CompletionResult]::new('--oauth-client-secret-env', '--oauth-client-secret-env', [CompletionResultType]::ParameterName, 'The client secret, read from this environment variable')
            [CompletionResult]::new('--oauth-client-secret', '--oauth-client-secret', [CompletionResultType]::ParameterName, 'The client secret itself (visible to other processes: prefer the -file or -env form)')
            [CompletionResult]::new('--oauth-token-ttl', '--oauth-token-ttl', [CompletionResultType]::ParameterName, 'Lifetime of issued tokens, in seconds')
            [CompletionResult]::new('--tunnel', '--tunnel', [CompletionResultType]::ParameterName, 'Expose the listener through this installed tool, run as a child and stopped on exit (hookctl never downloads it)')
            [CompletionResult]::new('--tunnel-command', '--tunnel-command', [CompletionResultType]::ParameterName, 'Run this command as the tunnel: `{port}` (and `{host}`) are replaced, the words split as a shell would, no shell runs it; its first http(s) URL is the public URL')
            [CompletionResult]::new('--tunnel-url', '--tunnel-url', [CompletionResultType]::ParameterName, 'Use a tunnel you already run: its public base URL (--path is appended). It is probed too')
            [CompletionResult]::new('--tunnel-server', '--tunnel-server', [CompletionResultType]::ParameterName, 'The bore server for --tunnel bore (`bore local PORT --to SERVER`)')
            [CompletionResult]::new('--tunnel-timeout', '--tunnel-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the tool to print its public URL')
            [CompletionResult]::new('--tunnel-probe', '--tunnel-probe', [CompletionResultType]::ParameterName, 'Check this often that the tunnel reaches the listener (a GET through the public URL); when it does not, listen exits with code 4')
            [CompletionResult]::new('--subscribe', '--subscribe', [CompletionResultType]::ParameterName, 'Subscribe this listener for as long as it runs: one temporary subscription per topic (Scope) or event type (Sentera, with --org) at the tunnel''s URL (or the local one, which only a local sandbox reaches), signed with a fresh shared secret (or the --secret-* one); deleted when listen stops')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Scope: subscribe with a copy of this subscription''s topic, content type, query and templates')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Sentera: the organization to subscribe in [default: the profile''s organization]')
            [CompletionResult]::new('--ui-addr', '--ui-addr', [CompletionResultType]::ParameterName, 'Address of the inspector; off loopback it requires a token (printed once on stderr)')
            [CompletionResult]::new('--ui-keep', '--ui-keep', [CompletionResultType]::ParameterName, 'How many deliveries the inspector keeps in memory')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--reject-invalid', '--reject-invalid', [CompletionResultType]::ParameterName, 'Answer 401 to deliveries whose signature is wrong or missing (needs a secret)')
            [CompletionResult]::new('--no-fsync', '--no-fsync', [CompletionResultType]::ParameterName, 'With --save: answer once a capture is written, without waiting for fdatasync. Captures still survive the process being killed, not a machine crash; much faster under load')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'Also serve an OAuth2 client-credentials token endpoint at /oauth/token; deliveries must then carry a token it issued')
            [CompletionResult]::new('--tunnel-restart', '--tunnel-restart', [CompletionResultType]::ParameterName, 'Restart the tool when it exits or stops answering, instead of exiting')
            [CompletionResult]::new('--ui', '--ui', [CompletionResultType]::ParameterName, 'Serve a web inspector of the deliveries (and a JSON API) on --ui-addr')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'With --ui: open the inspector in a browser, when one is available')
            [CompletionResult]::new('--ui-load', '--ui-load', [CompletionResultType]::ParameterName, 'With --ui and --save: also show what the save file already holds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;replay' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Replay the N-th capture (1 is the first line)')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Replay the N-th capture (1 is the first line)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where to send them')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Replay every capture, in order')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;completions' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--static', '--static', [CompletionResultType]::ParameterName, 'Print a self-contained script (no values from the API) instead of the dynamic one')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;export' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Write the manifest here, templates and queries beside it in hooks/ (stdout otherwise)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Write the manifest here, templates and queries beside it in hooks/ (stdout otherwise)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--inline', '--inline', [CompletionResultType]::ParameterName, 'Keep templates and queries in the TOML instead of files')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;plan' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The manifest')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The manifest')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Also save the plan as JSON, for `hookctl apply PLAN.json`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Plan deletes of subscriptions the manifest does not name (otherwise listed as unmanaged)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The manifest')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The manifest')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each API request [default: 30]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for results: table (human), json (stable, for scripts), ids (listings only)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal, unless NO_COLOR is set')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Tables: only these columns, in this order (header names, e.g. id,name,topic)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [default: the current one, see `hookctl config list`]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'GraphQL endpoint URL, overriding the profile''s (the token: HOOKCTL_TOKEN, else the profile''s)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which vendor API the endpoint speaks, overriding the profile''s `provider` [default: scope]')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Delete subscriptions the manifest does not name')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not interactive)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every value whole, even wider than the terminal (ids and topics are never cut)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-adapt', '--no-adapt', [CompletionResultType]::ParameterName, 'Send operations as written instead of adapting them to the endpoint''s schema (also HOOKCTL_ADAPT=0)')
            [CompletionResult]::new('--refresh-schema', '--refresh-schema', [CompletionResultType]::ParameterName, 'Introspect the endpoint again instead of using its cached schema (24 h)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (-h: a summary)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'hookctl;help' {
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Walk through the whole webhook life cycle on a throw-away sandbox; needs no configuration')
            [CompletionResult]::new('subscriptions', 'subscriptions', [CompletionResultType]::ParameterValue, 'Manage webhook subscriptions')
            [CompletionResult]::new('topics', 'topics', [CompletionResultType]::ParameterValue, 'List webhook topics')
            [CompletionResult]::new('errors', 'errors', [CompletionResultType]::ParameterValue, 'List, show and delete delivery errors')
            [CompletionResult]::new('deliveries', 'deliveries', [CompletionResultType]::ParameterValue, 'List and show notifications: attempts, next attempt, last error, outcome')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'List the delivery events of a subscription (Sentera''s API)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store an API token in a profile (checked against the API first)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the token from a profile')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Inspect the endpoint''s schema: print it, check which commands work, send any query')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show and edit profiles')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run and drive the local sandbox API')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Print the HMAC-SHA256 signature of a payload, as the server computes it')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a payload''s signature in constant time')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Render a body, validation or error-handling Liquid template locally, as the server would')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send one signed delivery to a URL, exactly as the server does (or a small load test)')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Run a local receiver that captures, verifies and shows deliveries')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Re-send deliveries captured with `listen --save`')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script (values such as ids and topics complete from the API)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every subscription the profile can see as a manifest (subscriptions as code)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what `apply` would change to make the server match a manifest (exit 2: changes pending)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the server match a manifest (or a saved plan): creates, updates, enables, deletes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hookctl;help;demo' {
            break
        }
        'hookctl;help;subscriptions' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List subscriptions (every page, streamed)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one subscription with every field, templates and query in full')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a subscription (asks for missing fields when a terminal is attached)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change any field of a subscription')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable (re-enable) subscriptions, by id or every disabled one')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable subscriptions')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete subscriptions')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Deliver the topic''s last node now (the test toggle) and wait for the outcome')
            [CompletionResult]::new('deliver', 'deliver', [CompletionResultType]::ParameterValue, 'Do what the server would for this subscription and a node, here: query, templates, sign, POST')
            [CompletionResult]::new('prune-temporary', 'prune-temporary', [CompletionResultType]::ParameterValue, 'Remove session subscriptions left behind by `hookctl listen --subscribe`')
            break
        }
        'hookctl;help;subscriptions;list' {
            break
        }
        'hookctl;help;subscriptions;show' {
            break
        }
        'hookctl;help;subscriptions;create' {
            break
        }
        'hookctl;help;subscriptions;update' {
            break
        }
        'hookctl;help;subscriptions;enable' {
            break
        }
        'hookctl;help;subscriptions;disable' {
            break
        }
        'hookctl;help;subscriptions;delete' {
            break
        }
        'hookctl;help;subscriptions;test' {
            break
        }
        'hookctl;help;subscriptions;deliver' {
            break
        }
        'hookctl;help;subscriptions;prune-temporary' {
            break
        }
        'hookctl;help;topics' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every topic with its version and node type')
            break
        }
        'hookctl;help;topics;list' {
            break
        }
        'hookctl;help;errors' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a subscription''s delivery errors (or every subscription''s with --all), oldest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one error with the request and response in full')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete errors by id, or every error of a subscription')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Send what failed deliveries recorded again, to a local URL (the listener''s by default)')
            break
        }
        'hookctl;help;errors;list' {
            break
        }
        'hookctl;help;errors;show' {
            break
        }
        'hookctl;help;errors;delete' {
            break
        }
        'hookctl;help;errors;replay' {
            break
        }
        'hookctl;help;deliveries' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List notifications: one subscription''s, or every subscription''s')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one notification: attempts, next attempt, last error, outcome')
            break
        }
        'hookctl;help;deliveries;list' {
            break
        }
        'hookctl;help;deliveries;show' {
            break
        }
        'hookctl;help;events' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a subscription''s events with their delivery status (Sentera''s API), a page at a time')
            break
        }
        'hookctl;help;events;list' {
            break
        }
        'hookctl;help;login' {
            break
        }
        'hookctl;help;logout' {
            break
        }
        'hookctl;help;api' {
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the endpoint''s schema as SDL (introspected; cached for 24 h)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Say, for each hookctl command, whether it works on the endpoint''s schema as is, works with fields dropped, or cannot work (exit 11 when one cannot)')
            [CompletionResult]::new('graphql', 'graphql', [CompletionResultType]::ParameterValue, 'Send a GraphQL query or mutation with the profile''s endpoint and token; print the answer')
            break
        }
        'hookctl;help;api;schema' {
            break
        }
        'hookctl;help;api;check' {
            break
        }
        'hookctl;help;api;graphql' {
            break
        }
        'hookctl;help;config' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles (the current one is marked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one profile (default: the one in use) and where the config file is')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the current one')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a field of the profile in use (--profile NAME for another); an empty value unsets it')
            break
        }
        'hookctl;help;config;list' {
            break
        }
        'hookctl;help;config;show' {
            break
        }
        'hookctl;help;config;use' {
            break
        }
        'hookctl;help;config;set' {
            break
        }
        'hookctl;help;sandbox' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox GraphQL API (state kept in SQLite, so it survives restarts)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Manage API tokens of the sandbox')
            [CompletionResult]::new('fixtures', 'fixtures', [CompletionResultType]::ParameterValue, 'Load subscriptions and delivery-error records from a fixture file')
            [CompletionResult]::new('node', 'node', [CompletionResultType]::ParameterValue, 'Create, update and delete nodes; each change emits <type>/created|updated|deleted')
            [CompletionResult]::new('emit', 'emit', [CompletionResultType]::ParameterValue, 'Emit a topic for a node (e.g. scenario_session/completed); prints the queued deliveries')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Show or move the sandbox clock (retries are scheduled on it)')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the GraphQL schema (SDL) the sandbox serves')
            [CompletionResult]::new('sentera', 'sentera', [CompletionResultType]::ParameterValue, 'Drive the sandbox''s emulation of Sentera''s API (organizations, events)')
            [CompletionResult]::new('first-generation', 'first-generation', [CompletionResultType]::ParameterValue, 'Enable, disable and inspect the first-generation (organization-wide) webhooks')
            break
        }
        'hookctl;help;sandbox;serve' {
            break
        }
        'hookctl;help;sandbox;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a token for a user of an organization (both created if new); prints the token')
            break
        }
        'hookctl;help;sandbox;token;create' {
            break
        }
        'hookctl;help;sandbox;fixtures' {
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Load a fixture file into the database (safe while the sandbox runs; loading twice changes nothing)')
            break
        }
        'hookctl;help;sandbox;fixtures;load' {
            break
        }
        'hookctl;help;sandbox;node' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a node (emits <type>/created); prints its id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a node''s attributes (emits <type>/updated); `--set key:=null` removes one')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a node (emits <type>/deleted)')
            break
        }
        'hookctl;help;sandbox;node;create' {
            break
        }
        'hookctl;help;sandbox;node;update' {
            break
        }
        'hookctl;help;sandbox;node;delete' {
            break
        }
        'hookctl;help;sandbox;emit' {
            break
        }
        'hookctl;help;sandbox;clock' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the sandbox''s current time')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Move the clock forward, running every retry that falls due on the way (in order); returns when they are done')
            break
        }
        'hookctl;help;sandbox;clock;show' {
            break
        }
        'hookctl;help;sandbox;clock;advance' {
            break
        }
        'hookctl;help;sandbox;schema' {
            break
        }
        'hookctl;help;sandbox;sentera' {
            [CompletionResult]::new('orgs', 'orgs', [CompletionResultType]::ParameterValue, 'List the organizations this token sees, with their sentera_ids and parents')
            [CompletionResult]::new('create-org', 'create-org', [CompletionResultType]::ParameterValue, 'Create an organization, at the top of the tree or below --parent')
            [CompletionResult]::new('emit', 'emit', [CompletionResultType]::ParameterValue, 'Make an event happen in an organization: one delivery event per subscription of exactly that organization to the type (parents are not notified)')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the Sentera GraphQL schema (SDL) the sandbox serves')
            break
        }
        'hookctl;help;sandbox;sentera;orgs' {
            break
        }
        'hookctl;help;sandbox;sentera;create-org' {
            break
        }
        'hookctl;help;sandbox;sentera;emit' {
            break
        }
        'hookctl;help;sandbox;sentera;schema' {
            break
        }
        'hookctl;help;sandbox;first-generation' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Send Call.create, Call.update, ScenarioSession.create and ScenarioSession.update of the token''s organization to URL (one base URL per organization; replaces the previous one)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop sending first-generation webhooks')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the base URL and the 50 most recent notifications')
            break
        }
        'hookctl;help;sandbox;first-generation;enable' {
            break
        }
        'hookctl;help;sandbox;first-generation;disable' {
            break
        }
        'hookctl;help;sandbox;first-generation;show' {
            break
        }
        'hookctl;help;sign' {
            break
        }
        'hookctl;help;verify' {
            break
        }
        'hookctl;help;render' {
            break
        }
        'hookctl;help;send' {
            break
        }
        'hookctl;help;listen' {
            break
        }
        'hookctl;help;replay' {
            break
        }
        'hookctl;help;completions' {
            break
        }
        'hookctl;help;export' {
            break
        }
        'hookctl;help;plan' {
            break
        }
        'hookctl;help;apply' {
            break
        }
        'hookctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}

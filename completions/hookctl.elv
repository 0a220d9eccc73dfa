
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
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand sign 'Print the HMAC-SHA256 signature of a payload, as the server computes it'
            cand verify 'Check a payload''s signature in constant time'
            cand render 'Render a body, validation or error-handling Liquid template locally, as the server would'
            cand send 'Send one signed delivery to a URL, exactly as the server does (or a small load test)'
            cand listen 'Run a local receiver that captures, verifies and shows deliveries'
            cand replay 'Re-send deliveries captured with `listen --save`'
            cand subscriptions 'Manage webhook subscriptions'
            cand subs 'Manage webhook subscriptions'
            cand topics 'List webhook topics'
            cand errors 'List, show and delete delivery errors'
            cand login 'Store an API token in a profile (checked against the API first)'
            cand logout 'Remove the token from a profile'
            cand config 'Show and edit profiles'
            cand sandbox 'Run and drive the local sandbox API'
            cand demo 'Walk through the whole webhook life cycle on a throw-away sandbox; needs no configuration'
            cand completions 'Print shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;sign'= {
            cand -d 'The exact payload bytes to sign: a file, or - for standard input'
            cand --data 'The exact payload bytes to sign: a file, or - for standard input'
            cand --secret-file 'Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped'
            cand --secret-env 'Read the HMAC shared secret from this environment variable'
            cand --secret 'The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env)'
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --header 'Print the whole `X-Scope-Hmac-Sha256: …` header line'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
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
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
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
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
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
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
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
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
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
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
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
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Not built yet'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;subs'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Not built yet'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;subscriptions;list'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
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
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
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
            cand list 'Not built yet'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;subscriptions;help;list'= {
        }
        &'hookctl;subscriptions;help;help'= {
        }
        &'hookctl;subs;help'= {
            cand list 'Not built yet'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;subs;help;list'= {
        }
        &'hookctl;subs;help;help'= {
        }
        &'hookctl;topics'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Not built yet'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;topics;list'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
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
            cand list 'Not built yet'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;topics;help;list'= {
        }
        &'hookctl;topics;help;help'= {
        }
        &'hookctl;errors'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Not built yet'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;errors;list'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
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
            cand list 'Not built yet'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;errors;help;list'= {
        }
        &'hookctl;errors;help;help'= {
        }
        &'hookctl;login'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
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
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;config'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Not built yet'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;config;list'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
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
            cand list 'Not built yet'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;config;help;list'= {
        }
        &'hookctl;config;help;help'= {
        }
        &'hookctl;sandbox'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Not built yet'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;sandbox;list'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Print more detail on stderr (repeat for more)'
            cand --verbose 'Print more detail on stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hookctl;sandbox;help'= {
            cand list 'Not built yet'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hookctl;sandbox;help;list'= {
        }
        &'hookctl;sandbox;help;help'= {
        }
        &'hookctl;demo'= {
            cand -o 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --output 'Output format for results: table (human), json (stable, for scripts), ids (listings only)'
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
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
            cand --color 'Colour on stderr. NO_COLOR is honoured by `auto`'
            cand --profile 'Configuration profile to use'
            cand --endpoint 'GraphQL endpoint URL, overriding the profile''s'
            cand --no-input 'Never prompt; fail with a hint instead. Implied when stdin is not a terminal'
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
            cand sign 'Print the HMAC-SHA256 signature of a payload, as the server computes it'
            cand verify 'Check a payload''s signature in constant time'
            cand render 'Render a body, validation or error-handling Liquid template locally, as the server would'
            cand send 'Send one signed delivery to a URL, exactly as the server does (or a small load test)'
            cand listen 'Run a local receiver that captures, verifies and shows deliveries'
            cand replay 'Re-send deliveries captured with `listen --save`'
            cand subscriptions 'Manage webhook subscriptions'
            cand topics 'List webhook topics'
            cand errors 'List, show and delete delivery errors'
            cand login 'Store an API token in a profile (checked against the API first)'
            cand logout 'Remove the token from a profile'
            cand config 'Show and edit profiles'
            cand sandbox 'Run and drive the local sandbox API'
            cand demo 'Walk through the whole webhook life cycle on a throw-away sandbox; needs no configuration'
            cand completions 'Print shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
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
        &'hookctl;help;subscriptions'= {
            cand list 'Not built yet'
        }
        &'hookctl;help;subscriptions;list'= {
        }
        &'hookctl;help;topics'= {
            cand list 'Not built yet'
        }
        &'hookctl;help;topics;list'= {
        }
        &'hookctl;help;errors'= {
            cand list 'Not built yet'
        }
        &'hookctl;help;errors;list'= {
        }
        &'hookctl;help;login'= {
        }
        &'hookctl;help;logout'= {
        }
        &'hookctl;help;config'= {
            cand list 'Not built yet'
        }
        &'hookctl;help;config;list'= {
        }
        &'hookctl;help;sandbox'= {
            cand list 'Not built yet'
        }
        &'hookctl;help;sandbox;list'= {
        }
        &'hookctl;help;demo'= {
        }
        &'hookctl;help;completions'= {
        }
        &'hookctl;help;help'= {
        }
    ]
    $completions[$command]
}

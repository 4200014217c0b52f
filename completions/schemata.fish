# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_schemata_global_optspecs
    string join \n config= h/help V/version
end

function __fish_schemata_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_schemata_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_schemata_using_subcommand
    set -l cmd (__fish_schemata_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c schemata -n "__fish_schemata_needs_command" -l config -d 'Read this config file instead of `schemata.yaml` at the repository root' -r -F
complete -c schemata -n "__fish_schemata_needs_command" -s h -l help -d 'Print help'
complete -c schemata -n "__fish_schemata_needs_command" -s V -l version -d 'Print version'
complete -c schemata -n "__fish_schemata_needs_command" -f -a "init" -d 'Write a commented `schemata.yaml` from the schemas found in the working tree'
complete -c schemata -n "__fish_schemata_needs_command" -f -a "list" -d 'List the schemas at a revision: name, path, format, mode and current version'
complete -c schemata -n "__fish_schemata_needs_command" -f -a "log" -d 'Show the version lineage of schemas, computed from the first-parent history'
complete -c schemata -n "__fish_schemata_needs_command" -f -a "show" -d 'Print a schema document as it was at a version or revision'
complete -c schemata -n "__fish_schemata_needs_command" -f -a "diff" -d 'Compare two versions of a schema and classify every change'
complete -c schemata -n "__fish_schemata_needs_command" -f -a "check" -d 'The gate: compare every schema with a base revision and fail on unacknowledged breaks'
complete -c schemata -n "__fish_schemata_needs_command" -f -a "changelog" -d 'Write a Markdown changelog from the version lineage of one schema or of all of them'
complete -c schemata -n "__fish_schemata_needs_command" -f -a "version" -d 'Show the next version of every schema that changed since its last release'
complete -c schemata -n "__fish_schemata_needs_command" -f -a "release" -d 'Print the release tags for every schema with an unreleased version; `--apply` creates them'
complete -c schemata -n "__fish_schemata_needs_command" -f -a "impact" -d 'Show what depends on a schema: the schemas that `$ref` or import it or use its named types (directly or through others) and the consumers the config declares for it'
complete -c schemata -n "__fish_schemata_needs_command" -f -a "import" -d 'Move a schema registry\'s history into this git repository'
complete -c schemata -n "__fish_schemata_needs_command" -f -a "export" -d 'Write this registry out in a schema registry\'s own layout'
complete -c schemata -n "__fish_schemata_needs_command" -f -a "validate" -d 'Validate schemas against their meta-schema, or instance documents against a schema'
complete -c schemata -n "__fish_schemata_needs_command" -f -a "lint" -d 'Check schemas against the house rules and LLM-provider profiles.'
complete -c schemata -n "__fish_schemata_needs_command" -f -a "sample" -d 'Print a small valid example document of a schema (for tests, docs and prompts)'
complete -c schemata -n "__fish_schemata_needs_command" -f -a "rules" -d 'List the rule catalogue, or show one rule\'s documentation'
complete -c schemata -n "__fish_schemata_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c schemata -n "__fish_schemata_using_subcommand init" -l output -d 'Where to write the config (default: `schemata.yaml` at the repository root, or here)' -r -F
complete -c schemata -n "__fish_schemata_using_subcommand init" -l format -d 'Output format: a sentence, or JSON (`path`, `schema_files`, and the files per glob)' -r -f -a "text\t''
json\t''"
complete -c schemata -n "__fish_schemata_using_subcommand init" -l config -d 'Read this config file instead of `schemata.yaml` at the repository root' -r -F
complete -c schemata -n "__fish_schemata_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schemata -n "__fish_schemata_using_subcommand init" -s V -l version -d 'Print version'
complete -c schemata -n "__fish_schemata_using_subcommand list" -l at -d 'The revision to read: a branch, tag, commit, `WORKTREE` or `STAGED`' -r
complete -c schemata -n "__fish_schemata_using_subcommand list" -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c schemata -n "__fish_schemata_using_subcommand list" -l config -d 'Read this config file instead of `schemata.yaml` at the repository root' -r -F
complete -c schemata -n "__fish_schemata_using_subcommand list" -s h -l help -d 'Print help'
complete -c schemata -n "__fish_schemata_using_subcommand list" -s V -l version -d 'Print version'
complete -c schemata -n "__fish_schemata_using_subcommand log" -l rev -d 'The branch or commit whose first-parent history is replayed' -r
complete -c schemata -n "__fish_schemata_using_subcommand log" -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c schemata -n "__fish_schemata_using_subcommand log" -l config -d 'Read this config file instead of `schemata.yaml` at the repository root' -r -F
complete -c schemata -n "__fish_schemata_using_subcommand log" -l changes -d 'List every change of each version, not only the summary'
complete -c schemata -n "__fish_schemata_using_subcommand log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schemata -n "__fish_schemata_using_subcommand log" -s V -l version -d 'Print version'
complete -c schemata -n "__fish_schemata_using_subcommand show" -l format -d 'Output format: the document as stored (text) or an object with its metadata (json)' -r -f -a "text\t''
json\t''"
complete -c schemata -n "__fish_schemata_using_subcommand show" -l config -d 'Read this config file instead of `schemata.yaml` at the repository root' -r -F
complete -c schemata -n "__fish_schemata_using_subcommand show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schemata -n "__fish_schemata_using_subcommand show" -s V -l version -d 'Print version'
complete -c schemata -n "__fish_schemata_using_subcommand diff" -l from -d 'The old revision (with --to; default HEAD)' -r
complete -c schemata -n "__fish_schemata_using_subcommand diff" -l to -d 'The new revision (with --from; default WORKTREE)' -r
complete -c schemata -n "__fish_schemata_using_subcommand diff" -l mode -d 'Which direction of compatibility the schema promises (default: the config\'s, else backward)' -r -f -a "backward\t''
forward\t''
full\t''
none\t''"
complete -c schemata -n "__fish_schemata_using_subcommand diff" -l open-content -d 'How to read objects that do not forbid undeclared properties (default: the config\'s, else strict)' -r -f -a "strict\t''
lenient\t''"
complete -c schemata -n "__fish_schemata_using_subcommand diff" -l format -d 'Output format (the report formats of `check`)' -r -f -a "text\t''
json\t''
markdown\t''
github\t''
junit\t''
sarif\t''
gitlab\t'GitLab Code Quality report (JSON)'"
complete -c schemata -n "__fish_schemata_using_subcommand diff" -l protobuf-level -d 'How strictly Protobuf schemas are compared (default: the config\'s, else file)' -r -f -a "file\t''
package\t''
wire_json\t''
wire\t''
confluent\t''"
complete -c schemata -n "__fish_schemata_using_subcommand diff" -l fail-on -d 'Exit 1 when a change reaches this bar: a breaking change, a breaking or dangerous one (GraphQL\'s levels), any change to the accepted set (minor), or any change at all (patch)' -r -f -a "breaking\t''
dangerous\t'Breaking changes and those the format calls dangerous (GraphQL)'
minor\t''
patch\t''"
complete -c schemata -n "__fish_schemata_using_subcommand diff" -l config -d 'Read this config file instead of `schemata.yaml` at the repository root' -r -F
complete -c schemata -n "__fish_schemata_using_subcommand diff" -l no-witness -d 'Skip building witness documents (faster on very large schemas)'
complete -c schemata -n "__fish_schemata_using_subcommand diff" -l exit-code -d 'Exit 1 when there is any change (as `git diff --exit-code`); 0 when there is none'
complete -c schemata -n "__fish_schemata_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schemata -n "__fish_schemata_using_subcommand diff" -s V -l version -d 'Print version'
complete -c schemata -n "__fish_schemata_using_subcommand check" -l against -d 'The base revision to compare against (default: merge-base with the default branch)' -r
complete -c schemata -n "__fish_schemata_using_subcommand check" -l head -d 'The proposed revision (default: WORKTREE, the files on disk)' -r
complete -c schemata -n "__fish_schemata_using_subcommand check" -l fail-on -d 'The lowest change that fails the gate: breaking changes only, breaking and dangerous ones (GraphQL: an enum value added to a response, a union member added, a default changed…), any change to the accepted set (minor), or any change at all (patch)' -r -f -a "breaking\t''
dangerous\t''
minor\t''
patch\t''"
complete -c schemata -n "__fish_schemata_using_subcommand check" -l format -d 'Report format' -r -f -a "text\t''
json\t''
markdown\t''
github\t''
junit\t''
sarif\t''
gitlab\t'GitLab Code Quality report (JSON)'"
complete -c schemata -n "__fish_schemata_using_subcommand check" -l output -d 'Also write a report to a file, as FORMAT=PATH (repeatable), e.g. `--output json=report.json`' -r
complete -c schemata -n "__fish_schemata_using_subcommand check" -l config -d 'Read this config file instead of `schemata.yaml` at the repository root' -r -F
complete -c schemata -n "__fish_schemata_using_subcommand check" -l staged -d 'Check what is staged for commit (against HEAD unless --against is given)'
complete -c schemata -n "__fish_schemata_using_subcommand check" -l no-witness -d 'Skip building witness documents'
complete -c schemata -n "__fish_schemata_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schemata -n "__fish_schemata_using_subcommand check" -s V -l version -d 'Print version'
complete -c schemata -n "__fish_schemata_using_subcommand changelog" -l format -d 'Output format: Markdown (text) or the lineage as JSON' -r -f -a "text\t''
json\t''"
complete -c schemata -n "__fish_schemata_using_subcommand changelog" -l config -d 'Read this config file instead of `schemata.yaml` at the repository root' -r -F
complete -c schemata -n "__fish_schemata_using_subcommand changelog" -s h -l help -d 'Print help'
complete -c schemata -n "__fish_schemata_using_subcommand changelog" -s V -l version -d 'Print version'
complete -c schemata -n "__fish_schemata_using_subcommand version" -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c schemata -n "__fish_schemata_using_subcommand version" -l config -d 'Read this config file instead of `schemata.yaml` at the repository root' -r -F
complete -c schemata -n "__fish_schemata_using_subcommand version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schemata -n "__fish_schemata_using_subcommand version" -s V -l version -d 'Print version'
complete -c schemata -n "__fish_schemata_using_subcommand release" -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c schemata -n "__fish_schemata_using_subcommand release" -l config -d 'Read this config file instead of `schemata.yaml` at the repository root' -r -F
complete -c schemata -n "__fish_schemata_using_subcommand release" -l apply -d 'Create the tags (default: only print them)'
complete -c schemata -n "__fish_schemata_using_subcommand release" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schemata -n "__fish_schemata_using_subcommand release" -s V -l version -d 'Print version'
complete -c schemata -n "__fish_schemata_using_subcommand impact" -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c schemata -n "__fish_schemata_using_subcommand impact" -l config -d 'Read this config file instead of `schemata.yaml` at the repository root' -r -F
complete -c schemata -n "__fish_schemata_using_subcommand impact" -s h -l help -d 'Print help'
complete -c schemata -n "__fish_schemata_using_subcommand impact" -s V -l version -d 'Print version'
complete -c schemata -n "__fish_schemata_using_subcommand import; and not __fish_seen_subcommand_from confluent help" -l config -d 'Read this config file instead of `schemata.yaml` at the repository root' -r -F
complete -c schemata -n "__fish_schemata_using_subcommand import; and not __fish_seen_subcommand_from confluent help" -s h -l help -d 'Print help'
complete -c schemata -n "__fish_schemata_using_subcommand import; and not __fish_seen_subcommand_from confluent help" -s V -l version -d 'Print version'
complete -c schemata -n "__fish_schemata_using_subcommand import; and not __fish_seen_subcommand_from confluent help" -f -a "confluent" -d 'Import a Confluent (or compatible) Schema Registry export as git history.'
complete -c schemata -n "__fish_schemata_using_subcommand import; and not __fish_seen_subcommand_from confluent help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c schemata -n "__fish_schemata_using_subcommand import; and __fish_seen_subcommand_from confluent" -l prefix -d 'The folder the schemas go to, relative to the repository root' -r
complete -c schemata -n "__fish_schemata_using_subcommand import; and __fish_seen_subcommand_from confluent" -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c schemata -n "__fish_schemata_using_subcommand import; and __fish_seen_subcommand_from confluent" -l config -d 'Read this config file instead of `schemata.yaml` at the repository root' -r -F
complete -c schemata -n "__fish_schemata_using_subcommand import; and __fish_seen_subcommand_from confluent" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schemata -n "__fish_schemata_using_subcommand import; and __fish_seen_subcommand_from confluent" -s V -l version -d 'Print version'
complete -c schemata -n "__fish_schemata_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "confluent" -d 'Import a Confluent (or compatible) Schema Registry export as git history.'
complete -c schemata -n "__fish_schemata_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c schemata -n "__fish_schemata_using_subcommand export; and not __fish_seen_subcommand_from confluent help" -l config -d 'Read this config file instead of `schemata.yaml` at the repository root' -r -F
complete -c schemata -n "__fish_schemata_using_subcommand export; and not __fish_seen_subcommand_from confluent help" -s h -l help -d 'Print help'
complete -c schemata -n "__fish_schemata_using_subcommand export; and not __fish_seen_subcommand_from confluent help" -s V -l version -d 'Print version'
complete -c schemata -n "__fish_schemata_using_subcommand export; and not __fish_seen_subcommand_from confluent help" -f -a "confluent" -d 'Export every version of every schema as Confluent Schema Registry files.'
complete -c schemata -n "__fish_schemata_using_subcommand export; and not __fish_seen_subcommand_from confluent help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c schemata -n "__fish_schemata_using_subcommand export; and __fish_seen_subcommand_from confluent" -l out -d 'The folder to write' -r -F
complete -c schemata -n "__fish_schemata_using_subcommand export; and __fish_seen_subcommand_from confluent" -l prefix -d 'The folder whose schemas map to subjects by their path under it (others keep their whole name as subject)' -r
complete -c schemata -n "__fish_schemata_using_subcommand export; and __fish_seen_subcommand_from confluent" -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c schemata -n "__fish_schemata_using_subcommand export; and __fish_seen_subcommand_from confluent" -l config -d 'Read this config file instead of `schemata.yaml` at the repository root' -r -F
complete -c schemata -n "__fish_schemata_using_subcommand export; and __fish_seen_subcommand_from confluent" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schemata -n "__fish_schemata_using_subcommand export; and __fish_seen_subcommand_from confluent" -s V -l version -d 'Print version'
complete -c schemata -n "__fish_schemata_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "confluent" -d 'Export every version of every schema as Confluent Schema Registry files.'
complete -c schemata -n "__fish_schemata_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c schemata -n "__fish_schemata_using_subcommand validate" -l schema -d 'Validate the FILES as instances of this schema (a file or NAME[@VERSION|@REV])' -r
complete -c schemata -n "__fish_schemata_using_subcommand validate" -l max-errors -d 'Errors shown per file at most (counts stay exact)' -r
complete -c schemata -n "__fish_schemata_using_subcommand validate" -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c schemata -n "__fish_schemata_using_subcommand validate" -l config -d 'Read this config file instead of `schemata.yaml` at the repository root' -r -F
complete -c schemata -n "__fish_schemata_using_subcommand validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schemata -n "__fish_schemata_using_subcommand validate" -s V -l version -d 'Print version'
complete -c schemata -n "__fish_schemata_using_subcommand lint" -l profile -d 'Also check a provider\'s structured-output limits (repeatable)' -r -f -a "openai-strict\t''
anthropic-tools\t''
gemini\t''"
complete -c schemata -n "__fish_schemata_using_subcommand lint" -l format -d 'Report format (the formats of `check`)' -r -f -a "text\t''
json\t''
markdown\t''
github\t''
junit\t''
sarif\t''
gitlab\t'GitLab Code Quality report (JSON)'"
complete -c schemata -n "__fish_schemata_using_subcommand lint" -l config -d 'Read this config file instead of `schemata.yaml` at the repository root' -r -F
complete -c schemata -n "__fish_schemata_using_subcommand lint" -l deny-warnings -d 'Fail on warnings too'
complete -c schemata -n "__fish_schemata_using_subcommand lint" -l fix -d 'Rewrite the schema into the subset of the one `--profile` given and print it'
complete -c schemata -n "__fish_schemata_using_subcommand lint" -l write -d 'With --fix: write the result over each schema file (atomically) instead of printing it'
complete -c schemata -n "__fish_schemata_using_subcommand lint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schemata -n "__fish_schemata_using_subcommand lint" -s V -l version -d 'Print version'
complete -c schemata -n "__fish_schemata_using_subcommand sample" -l seed -d 'Seed for the choices (enum values, optional properties, lengths…)' -r
complete -c schemata -n "__fish_schemata_using_subcommand sample" -l format -d 'Output format' -r -f -a "json\t''
yaml\t''
graphql\t''"
complete -c schemata -n "__fish_schemata_using_subcommand sample" -l config -d 'Read this config file instead of `schemata.yaml` at the repository root' -r -F
complete -c schemata -n "__fish_schemata_using_subcommand sample" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schemata -n "__fish_schemata_using_subcommand sample" -s V -l version -d 'Print version'
complete -c schemata -n "__fish_schemata_using_subcommand rules" -l format -d 'Output format (text, json, markdown), or a schema format whose rules to list (jsonschema, openapi, asyncapi, avro, protobuf, graphql); give it twice for both' -r
complete -c schemata -n "__fish_schemata_using_subcommand rules" -l config -d 'Read this config file instead of `schemata.yaml` at the repository root' -r -F
complete -c schemata -n "__fish_schemata_using_subcommand rules" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c schemata -n "__fish_schemata_using_subcommand rules" -s V -l version -d 'Print version'
complete -c schemata -n "__fish_schemata_using_subcommand help; and not __fish_seen_subcommand_from init list log show diff check changelog version release impact import export validate lint sample rules help" -f -a "init" -d 'Write a commented `schemata.yaml` from the schemas found in the working tree'
complete -c schemata -n "__fish_schemata_using_subcommand help; and not __fish_seen_subcommand_from init list log show diff check changelog version release impact import export validate lint sample rules help" -f -a "list" -d 'List the schemas at a revision: name, path, format, mode and current version'
complete -c schemata -n "__fish_schemata_using_subcommand help; and not __fish_seen_subcommand_from init list log show diff check changelog version release impact import export validate lint sample rules help" -f -a "log" -d 'Show the version lineage of schemas, computed from the first-parent history'
complete -c schemata -n "__fish_schemata_using_subcommand help; and not __fish_seen_subcommand_from init list log show diff check changelog version release impact import export validate lint sample rules help" -f -a "show" -d 'Print a schema document as it was at a version or revision'
complete -c schemata -n "__fish_schemata_using_subcommand help; and not __fish_seen_subcommand_from init list log show diff check changelog version release impact import export validate lint sample rules help" -f -a "diff" -d 'Compare two versions of a schema and classify every change'
complete -c schemata -n "__fish_schemata_using_subcommand help; and not __fish_seen_subcommand_from init list log show diff check changelog version release impact import export validate lint sample rules help" -f -a "check" -d 'The gate: compare every schema with a base revision and fail on unacknowledged breaks'
complete -c schemata -n "__fish_schemata_using_subcommand help; and not __fish_seen_subcommand_from init list log show diff check changelog version release impact import export validate lint sample rules help" -f -a "changelog" -d 'Write a Markdown changelog from the version lineage of one schema or of all of them'
complete -c schemata -n "__fish_schemata_using_subcommand help; and not __fish_seen_subcommand_from init list log show diff check changelog version release impact import export validate lint sample rules help" -f -a "version" -d 'Show the next version of every schema that changed since its last release'
complete -c schemata -n "__fish_schemata_using_subcommand help; and not __fish_seen_subcommand_from init list log show diff check changelog version release impact import export validate lint sample rules help" -f -a "release" -d 'Print the release tags for every schema with an unreleased version; `--apply` creates them'
complete -c schemata -n "__fish_schemata_using_subcommand help; and not __fish_seen_subcommand_from init list log show diff check changelog version release impact import export validate lint sample rules help" -f -a "impact" -d 'Show what depends on a schema: the schemas that `$ref` or import it or use its named types (directly or through others) and the consumers the config declares for it'
complete -c schemata -n "__fish_schemata_using_subcommand help; and not __fish_seen_subcommand_from init list log show diff check changelog version release impact import export validate lint sample rules help" -f -a "import" -d 'Move a schema registry\'s history into this git repository'
complete -c schemata -n "__fish_schemata_using_subcommand help; and not __fish_seen_subcommand_from init list log show diff check changelog version release impact import export validate lint sample rules help" -f -a "export" -d 'Write this registry out in a schema registry\'s own layout'
complete -c schemata -n "__fish_schemata_using_subcommand help; and not __fish_seen_subcommand_from init list log show diff check changelog version release impact import export validate lint sample rules help" -f -a "validate" -d 'Validate schemas against their meta-schema, or instance documents against a schema'
complete -c schemata -n "__fish_schemata_using_subcommand help; and not __fish_seen_subcommand_from init list log show diff check changelog version release impact import export validate lint sample rules help" -f -a "lint" -d 'Check schemas against the house rules and LLM-provider profiles.'
complete -c schemata -n "__fish_schemata_using_subcommand help; and not __fish_seen_subcommand_from init list log show diff check changelog version release impact import export validate lint sample rules help" -f -a "sample" -d 'Print a small valid example document of a schema (for tests, docs and prompts)'
complete -c schemata -n "__fish_schemata_using_subcommand help; and not __fish_seen_subcommand_from init list log show diff check changelog version release impact import export validate lint sample rules help" -f -a "rules" -d 'List the rule catalogue, or show one rule\'s documentation'
complete -c schemata -n "__fish_schemata_using_subcommand help; and not __fish_seen_subcommand_from init list log show diff check changelog version release impact import export validate lint sample rules help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c schemata -n "__fish_schemata_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "confluent" -d 'Import a Confluent (or compatible) Schema Registry export as git history.'
complete -c schemata -n "__fish_schemata_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "confluent" -d 'Export every version of every schema as Confluent Schema Registry files.'

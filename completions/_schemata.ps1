
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'schemata' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'schemata'
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
        'schemata' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of `schemata.yaml` at the repository root')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented `schemata.yaml` from the schemas found in the working tree')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the schemas at a revision: name, path, format, mode and current version')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Show the version lineage of schemas, computed from the first-parent history')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a schema document as it was at a version or revision')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare two versions of a schema and classify every change')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'The gate: compare every schema with a base revision and fail on unacknowledged breaks')
            [CompletionResult]::new('changelog', 'changelog', [CompletionResultType]::ParameterValue, 'Write a Markdown changelog from the version lineage of one schema or of all of them')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Show the next version of every schema that changed since its last release')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Print the release tags for every schema with an unreleased version; `--apply` creates them')
            [CompletionResult]::new('impact', 'impact', [CompletionResultType]::ParameterValue, 'Show what depends on a schema: the schemas that `$ref` or import it or use its named types (directly or through others) and the consumers the config declares for it')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Move a schema registry''s history into this git repository')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write this registry out in a schema registry''s own layout')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate schemas against their meta-schema, or instance documents against a schema')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check schemas against the house rules and LLM-provider profiles.')
            [CompletionResult]::new('sample', 'sample', [CompletionResultType]::ParameterValue, 'Print a small valid example document of a schema (for tests, docs and prompts)')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'List the rule catalogue, or show one rule''s documentation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'schemata;init' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to write the config (default: `schemata.yaml` at the repository root, or here)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a sentence, or JSON (`path`, `schema_files`, and the files per glob)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of `schemata.yaml` at the repository root')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'schemata;list' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The revision to read: a branch, tag, commit, `WORKTREE` or `STAGED`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of `schemata.yaml` at the repository root')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'schemata;log' {
            [CompletionResult]::new('--rev', '--rev', [CompletionResultType]::ParameterName, 'The branch or commit whose first-parent history is replayed')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of `schemata.yaml` at the repository root')
            [CompletionResult]::new('--changes', '--changes', [CompletionResultType]::ParameterName, 'List every change of each version, not only the summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'schemata;show' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: the document as stored (text) or an object with its metadata (json)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of `schemata.yaml` at the repository root')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'schemata;diff' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The old revision (with --to; default HEAD)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The new revision (with --from; default WORKTREE)')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'Which direction of compatibility the schema promises (default: the config''s, else backward)')
            [CompletionResult]::new('--open-content', '--open-content', [CompletionResultType]::ParameterName, 'How to read objects that do not forbid undeclared properties (default: the config''s, else strict)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (the report formats of `check`)')
            [CompletionResult]::new('--protobuf-level', '--protobuf-level', [CompletionResultType]::ParameterName, 'How strictly Protobuf schemas are compared (default: the config''s, else file)')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit 1 when a change reaches this bar: a breaking change, a breaking or dangerous one (GraphQL''s levels), any change to the accepted set (minor), or any change at all (patch)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of `schemata.yaml` at the repository root')
            [CompletionResult]::new('--no-witness', '--no-witness', [CompletionResultType]::ParameterName, 'Skip building witness documents (faster on very large schemas)')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit 1 when there is any change (as `git diff --exit-code`); 0 when there is none')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'schemata;check' {
            [CompletionResult]::new('--against', '--against', [CompletionResultType]::ParameterName, 'The base revision to compare against (default: merge-base with the default branch)')
            [CompletionResult]::new('--head', '--head', [CompletionResultType]::ParameterName, 'The proposed revision (default: WORKTREE, the files on disk)')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'The lowest change that fails the gate: breaking changes only, breaking and dangerous ones (GraphQL: an enum value added to a response, a union member added, a default changed…), any change to the accepted set (minor), or any change at all (patch)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Report format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Also write a report to a file, as FORMAT=PATH (repeatable), e.g. `--output json=report.json`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of `schemata.yaml` at the repository root')
            [CompletionResult]::new('--staged', '--staged', [CompletionResultType]::ParameterName, 'Check what is staged for commit (against HEAD unless --against is given)')
            [CompletionResult]::new('--no-witness', '--no-witness', [CompletionResultType]::ParameterName, 'Skip building witness documents')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'schemata;changelog' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: Markdown (text) or the lineage as JSON')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of `schemata.yaml` at the repository root')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'schemata;version' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of `schemata.yaml` at the repository root')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'schemata;release' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of `schemata.yaml` at the repository root')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Create the tags (default: only print them)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'schemata;impact' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of `schemata.yaml` at the repository root')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'schemata;import' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of `schemata.yaml` at the repository root')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('confluent', 'confluent', [CompletionResultType]::ParameterValue, 'Import a Confluent (or compatible) Schema Registry export as git history.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'schemata;import;confluent' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'The folder the schemas go to, relative to the repository root')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of `schemata.yaml` at the repository root')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'schemata;import;help' {
            [CompletionResult]::new('confluent', 'confluent', [CompletionResultType]::ParameterValue, 'Import a Confluent (or compatible) Schema Registry export as git history.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'schemata;import;help;confluent' {
            break
        }
        'schemata;import;help;help' {
            break
        }
        'schemata;export' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of `schemata.yaml` at the repository root')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('confluent', 'confluent', [CompletionResultType]::ParameterValue, 'Export every version of every schema as Confluent Schema Registry files.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'schemata;export;confluent' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The folder to write')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'The folder whose schemas map to subjects by their path under it (others keep their whole name as subject)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of `schemata.yaml` at the repository root')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'schemata;export;help' {
            [CompletionResult]::new('confluent', 'confluent', [CompletionResultType]::ParameterValue, 'Export every version of every schema as Confluent Schema Registry files.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'schemata;export;help;confluent' {
            break
        }
        'schemata;export;help;help' {
            break
        }
        'schemata;validate' {
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Validate the FILES as instances of this schema (a file or NAME[@VERSION|@REV])')
            [CompletionResult]::new('--max-errors', '--max-errors', [CompletionResultType]::ParameterName, 'Errors shown per file at most (counts stay exact)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of `schemata.yaml` at the repository root')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'schemata;lint' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Also check a provider''s structured-output limits (repeatable)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Report format (the formats of `check`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of `schemata.yaml` at the repository root')
            [CompletionResult]::new('--deny-warnings', '--deny-warnings', [CompletionResultType]::ParameterName, 'Fail on warnings too')
            [CompletionResult]::new('--fix', '--fix', [CompletionResultType]::ParameterName, 'Rewrite the schema into the subset of the one `--profile` given and print it')
            [CompletionResult]::new('--write', '--write', [CompletionResultType]::ParameterName, 'With --fix: write the result over each schema file (atomically) instead of printing it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'schemata;sample' {
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed for the choices (enum values, optional properties, lengths…)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of `schemata.yaml` at the repository root')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'schemata;rules' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (text, json, markdown), or a schema format whose rules to list (jsonschema, openapi, asyncapi, avro, protobuf, graphql); give it twice for both')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of `schemata.yaml` at the repository root')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'schemata;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented `schemata.yaml` from the schemas found in the working tree')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the schemas at a revision: name, path, format, mode and current version')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Show the version lineage of schemas, computed from the first-parent history')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a schema document as it was at a version or revision')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare two versions of a schema and classify every change')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'The gate: compare every schema with a base revision and fail on unacknowledged breaks')
            [CompletionResult]::new('changelog', 'changelog', [CompletionResultType]::ParameterValue, 'Write a Markdown changelog from the version lineage of one schema or of all of them')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Show the next version of every schema that changed since its last release')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Print the release tags for every schema with an unreleased version; `--apply` creates them')
            [CompletionResult]::new('impact', 'impact', [CompletionResultType]::ParameterValue, 'Show what depends on a schema: the schemas that `$ref` or import it or use its named types (directly or through others) and the consumers the config declares for it')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Move a schema registry''s history into this git repository')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write this registry out in a schema registry''s own layout')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate schemas against their meta-schema, or instance documents against a schema')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check schemas against the house rules and LLM-provider profiles.')
            [CompletionResult]::new('sample', 'sample', [CompletionResultType]::ParameterValue, 'Print a small valid example document of a schema (for tests, docs and prompts)')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'List the rule catalogue, or show one rule''s documentation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'schemata;help;init' {
            break
        }
        'schemata;help;list' {
            break
        }
        'schemata;help;log' {
            break
        }
        'schemata;help;show' {
            break
        }
        'schemata;help;diff' {
            break
        }
        'schemata;help;check' {
            break
        }
        'schemata;help;changelog' {
            break
        }
        'schemata;help;version' {
            break
        }
        'schemata;help;release' {
            break
        }
        'schemata;help;impact' {
            break
        }
        'schemata;help;import' {
            [CompletionResult]::new('confluent', 'confluent', [CompletionResultType]::ParameterValue, 'Import a Confluent (or compatible) Schema Registry export as git history.')
            break
        }
        'schemata;help;import;confluent' {
            break
        }
        'schemata;help;export' {
            [CompletionResult]::new('confluent', 'confluent', [CompletionResultType]::ParameterValue, 'Export every version of every schema as Confluent Schema Registry files.')
            break
        }
        'schemata;help;export;confluent' {
            break
        }
        'schemata;help;validate' {
            break
        }
        'schemata;help;lint' {
            break
        }
        'schemata;help;sample' {
            break
        }
        'schemata;help;rules' {
            break
        }
        'schemata;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}


use builtin;
use str;

set edit:completion:arg-completer[schemata] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'schemata'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'schemata'= {
            cand --config 'Read this config file instead of `schemata.yaml` at the repository root'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Write a commented `schemata.yaml` from the schemas found in the working tree'
            cand list 'List the schemas at a revision: name, path, format, mode and current version'
            cand log 'Show the version lineage of schemas, computed from the first-parent history'
            cand show 'Print a schema document as it was at a version or revision'
            cand diff 'Compare two versions of a schema and classify every change'
            cand check 'The gate: compare every schema with a base revision and fail on unacknowledged breaks'
            cand changelog 'Write a Markdown changelog from the version lineage of one schema or of all of them'
            cand version 'Show the next version of every schema that changed since its last release'
            cand release 'Print the release tags for every schema with an unreleased version; `--apply` creates them'
            cand impact 'Show what depends on a schema: the schemas that `$ref` or import it or use its named types (directly or through others) and the consumers the config declares for it'
            cand import 'Move a schema registry''s history into this git repository'
            cand export 'Write this registry out in a schema registry''s own layout'
            cand validate 'Validate schemas against their meta-schema, or instance documents against a schema'
            cand lint 'Check schemas against the house rules and LLM-provider profiles.'
            cand sample 'Print a small valid example document of a schema (for tests, docs and prompts)'
            cand rules 'List the rule catalogue, or show one rule''s documentation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'schemata;init'= {
            cand --output 'Where to write the config (default: `schemata.yaml` at the repository root, or here)'
            cand --format 'Output format: a sentence, or JSON (`path`, `schema_files`, and the files per glob)'
            cand --config 'Read this config file instead of `schemata.yaml` at the repository root'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'schemata;list'= {
            cand --at 'The revision to read: a branch, tag, commit, `WORKTREE` or `STAGED`'
            cand --format 'Output format'
            cand --config 'Read this config file instead of `schemata.yaml` at the repository root'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'schemata;log'= {
            cand --rev 'The branch or commit whose first-parent history is replayed'
            cand --format 'Output format'
            cand --config 'Read this config file instead of `schemata.yaml` at the repository root'
            cand --changes 'List every change of each version, not only the summary'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'schemata;show'= {
            cand --format 'Output format: the document as stored (text) or an object with its metadata (json)'
            cand --config 'Read this config file instead of `schemata.yaml` at the repository root'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'schemata;diff'= {
            cand --from 'The old revision (with --to; default HEAD)'
            cand --to 'The new revision (with --from; default WORKTREE)'
            cand --mode 'Which direction of compatibility the schema promises (default: the config''s, else backward)'
            cand --open-content 'How to read objects that do not forbid undeclared properties (default: the config''s, else strict)'
            cand --format 'Output format (the report formats of `check`)'
            cand --protobuf-level 'How strictly Protobuf schemas are compared (default: the config''s, else file)'
            cand --fail-on 'Exit 1 when a change reaches this bar: a breaking change, a breaking or dangerous one (GraphQL''s levels), any change to the accepted set (minor), or any change at all (patch)'
            cand --config 'Read this config file instead of `schemata.yaml` at the repository root'
            cand --no-witness 'Skip building witness documents (faster on very large schemas)'
            cand --exit-code 'Exit 1 when there is any change (as `git diff --exit-code`); 0 when there is none'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'schemata;check'= {
            cand --against 'The base revision to compare against (default: merge-base with the default branch)'
            cand --head 'The proposed revision (default: WORKTREE, the files on disk)'
            cand --fail-on 'The lowest change that fails the gate: breaking changes only, breaking and dangerous ones (GraphQL: an enum value added to a response, a union member added, a default changed…), any change to the accepted set (minor), or any change at all (patch)'
            cand --format 'Report format'
            cand --output 'Also write a report to a file, as FORMAT=PATH (repeatable), e.g. `--output json=report.json`'
            cand --config 'Read this config file instead of `schemata.yaml` at the repository root'
            cand --staged 'Check what is staged for commit (against HEAD unless --against is given)'
            cand --no-witness 'Skip building witness documents'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'schemata;changelog'= {
            cand --format 'Output format: Markdown (text) or the lineage as JSON'
            cand --config 'Read this config file instead of `schemata.yaml` at the repository root'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'schemata;version'= {
            cand --format 'Output format'
            cand --config 'Read this config file instead of `schemata.yaml` at the repository root'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'schemata;release'= {
            cand --format 'Output format'
            cand --config 'Read this config file instead of `schemata.yaml` at the repository root'
            cand --apply 'Create the tags (default: only print them)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'schemata;impact'= {
            cand --format 'Output format'
            cand --config 'Read this config file instead of `schemata.yaml` at the repository root'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'schemata;import'= {
            cand --config 'Read this config file instead of `schemata.yaml` at the repository root'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand confluent 'Import a Confluent (or compatible) Schema Registry export as git history.'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'schemata;import;confluent'= {
            cand --prefix 'The folder the schemas go to, relative to the repository root'
            cand --format 'Output format'
            cand --config 'Read this config file instead of `schemata.yaml` at the repository root'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'schemata;import;help'= {
            cand confluent 'Import a Confluent (or compatible) Schema Registry export as git history.'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'schemata;import;help;confluent'= {
        }
        &'schemata;import;help;help'= {
        }
        &'schemata;export'= {
            cand --config 'Read this config file instead of `schemata.yaml` at the repository root'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand confluent 'Export every version of every schema as Confluent Schema Registry files.'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'schemata;export;confluent'= {
            cand --out 'The folder to write'
            cand --prefix 'The folder whose schemas map to subjects by their path under it (others keep their whole name as subject)'
            cand --format 'Output format'
            cand --config 'Read this config file instead of `schemata.yaml` at the repository root'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'schemata;export;help'= {
            cand confluent 'Export every version of every schema as Confluent Schema Registry files.'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'schemata;export;help;confluent'= {
        }
        &'schemata;export;help;help'= {
        }
        &'schemata;validate'= {
            cand --schema 'Validate the FILES as instances of this schema (a file or NAME[@VERSION|@REV])'
            cand --max-errors 'Errors shown per file at most (counts stay exact)'
            cand --format 'Output format'
            cand --config 'Read this config file instead of `schemata.yaml` at the repository root'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'schemata;lint'= {
            cand --profile 'Also check a provider''s structured-output limits (repeatable)'
            cand --format 'Report format (the formats of `check`)'
            cand --config 'Read this config file instead of `schemata.yaml` at the repository root'
            cand --deny-warnings 'Fail on warnings too'
            cand --fix 'Rewrite the schema into the subset of the one `--profile` given and print it'
            cand --write 'With --fix: write the result over each schema file (atomically) instead of printing it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'schemata;sample'= {
            cand --seed 'Seed for the choices (enum values, optional properties, lengths…)'
            cand --format 'Output format'
            cand --config 'Read this config file instead of `schemata.yaml` at the repository root'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'schemata;rules'= {
            cand --format 'Output format (text, json, markdown), or a schema format whose rules to list (jsonschema, openapi, asyncapi, avro, protobuf, graphql); give it twice for both'
            cand --config 'Read this config file instead of `schemata.yaml` at the repository root'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'schemata;help'= {
            cand init 'Write a commented `schemata.yaml` from the schemas found in the working tree'
            cand list 'List the schemas at a revision: name, path, format, mode and current version'
            cand log 'Show the version lineage of schemas, computed from the first-parent history'
            cand show 'Print a schema document as it was at a version or revision'
            cand diff 'Compare two versions of a schema and classify every change'
            cand check 'The gate: compare every schema with a base revision and fail on unacknowledged breaks'
            cand changelog 'Write a Markdown changelog from the version lineage of one schema or of all of them'
            cand version 'Show the next version of every schema that changed since its last release'
            cand release 'Print the release tags for every schema with an unreleased version; `--apply` creates them'
            cand impact 'Show what depends on a schema: the schemas that `$ref` or import it or use its named types (directly or through others) and the consumers the config declares for it'
            cand import 'Move a schema registry''s history into this git repository'
            cand export 'Write this registry out in a schema registry''s own layout'
            cand validate 'Validate schemas against their meta-schema, or instance documents against a schema'
            cand lint 'Check schemas against the house rules and LLM-provider profiles.'
            cand sample 'Print a small valid example document of a schema (for tests, docs and prompts)'
            cand rules 'List the rule catalogue, or show one rule''s documentation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'schemata;help;init'= {
        }
        &'schemata;help;list'= {
        }
        &'schemata;help;log'= {
        }
        &'schemata;help;show'= {
        }
        &'schemata;help;diff'= {
        }
        &'schemata;help;check'= {
        }
        &'schemata;help;changelog'= {
        }
        &'schemata;help;version'= {
        }
        &'schemata;help;release'= {
        }
        &'schemata;help;impact'= {
        }
        &'schemata;help;import'= {
            cand confluent 'Import a Confluent (or compatible) Schema Registry export as git history.'
        }
        &'schemata;help;import;confluent'= {
        }
        &'schemata;help;export'= {
            cand confluent 'Export every version of every schema as Confluent Schema Registry files.'
        }
        &'schemata;help;export;confluent'= {
        }
        &'schemata;help;validate'= {
        }
        &'schemata;help;lint'= {
        }
        &'schemata;help;sample'= {
        }
        &'schemata;help;rules'= {
        }
        &'schemata;help;help'= {
        }
    ]
    $completions[$command]
}

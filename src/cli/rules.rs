use super::{Format, Outcome};
use schemata::Error;
use schemata::format::{all_lint_rules, all_rules, find_lint_rule, find_rule as find};

/// List the rule catalogue, or show one rule's documentation.
///
///   schemata rules                      every change and lint rule
///   schemata rules --format openapi     one schema format's rules
///   schemata rules enum-value-removed   one rule's documentation
#[derive(clap::Args)]
#[command(
    verbatim_doc_comment,
    about = "List the rule catalogue, or show one rule's documentation"
)]
pub struct RulesArgs {
    /// A rule id, e.g. `enum-value-removed`.
    id: Option<String>,
    /// Output format (text, json, markdown), or a schema format whose rules to list
    /// (jsonschema, openapi, asyncapi, avro, protobuf, graphql); give it twice for both.
    #[arg(long, value_name = "FORMAT", value_parser = format_value, action = clap::ArgAction::Append)]
    format: Vec<FormatArg>,
}

/// A `--format` value of `rules`: how to print, or which schema format to list.
#[derive(Clone, Copy)]
enum FormatArg {
    Output(Format),
    Schema(schemata::Format),
}

fn format_value(s: &str) -> Result<FormatArg, String> {
    match s {
        "text" => Ok(FormatArg::Output(Format::Text)),
        "json" => Ok(FormatArg::Output(Format::Json)),
        "markdown" => Ok(FormatArg::Output(Format::Markdown)),
        _ => schemata::Format::parse(s).map(FormatArg::Schema).ok_or_else(|| {
            let schema: Vec<&str> = schemata::Format::ALL.iter().map(|f| f.name()).collect();
            format!("use text, json or markdown, or a schema format: {}", schema.join(", "))
        }),
    }
}

fn lint_json(r: &schemata::lint::LintRule) -> serde_json::Value {
    serde_json::json!({
        "id": r.id,
        "kind": "lint",
        "format": r.format.name(),
        "level": r.level.as_str(),
        "profile": r.profile.map(|p| p.as_str()),
        "summary": r.summary,
        "docs": r.doc_text(),
    })
}

pub fn run(args: RulesArgs, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    let mut output = Format::Text;
    let mut only: Option<schemata::Format> = None;
    for f in &args.format {
        match *f {
            FormatArg::Output(o) => output = o,
            FormatArg::Schema(s) => only = Some(s),
        }
    }
    let keep = |format: Option<schemata::Format>| match (only, format) {
        (None, _) => true,
        (Some(want), Some(have)) => want == have,
        // registry rules apply to every format
        (Some(_), None) => true,
    };
    // A lint rule asked for by id.
    if let Some(id) = &args.id
        && find(id).is_none()
        && let Some(r) = find_lint_rule(id)
    {
        let text = match output {
            Format::Json => serde_json::to_string_pretty(&lint_json(r)).unwrap_or_default() + "\n",
            _ => format!(
                "{} (lint, default {}{})\n{}\n\n{}\n",
                r.id,
                r.level.as_str(),
                r.profile.map_or(String::new(), |p| format!(", profile {}", p.as_str())),
                r.summary,
                r.doc_text()
            ),
        };
        out.extend_from_slice(text.as_bytes());
        return Ok(Outcome::Success);
    }
    let rules: Vec<_> = match &args.id {
        Some(id) => vec![find(id).ok_or_else(|| {
            Error::usage(format!("no rule named \"{id}\"")).with_hint("run `schemata rules` to list them")
        })?],
        None => all_rules().into_iter().filter(|r| keep(r.format)).collect(),
    };
    let lints: Vec<_> = all_lint_rules().into_iter().filter(|r| keep(Some(r.format))).collect();
    if args.id.is_none()
        && rules.is_empty()
        && lints.is_empty()
        && let Some(f) = only
    {
        let text = format!(
            "{} has no rules yet: schemata does not read {} documents yet\n",
            f.name(),
            f.title()
        );
        out.extend_from_slice(text.as_bytes());
        return Ok(Outcome::Success);
    }
    let text = match output {
        Format::Json => {
            let mut list: Vec<_> = rules
                .iter()
                .map(|r| {
                    let mut v = schemata::change::rule_json(r);
                    v["kind"] = serde_json::json!("change");
                    v
                })
                .collect();
            if args.id.is_none() {
                list.extend(lints.iter().map(|r| lint_json(r)));
            }
            serde_json::to_string_pretty(&if args.id.is_some() {
                list[0].clone()
            } else {
                serde_json::Value::Array(list)
            })
            .unwrap()
                + "\n"
        }
        Format::Markdown if args.id.is_none() => {
            schemata::change::catalogue_markdown(&rules) + "\n" + &schemata::lint::catalogue_markdown(&lints)
        }
        Format::Markdown => schemata::change::catalogue_markdown(&rules),
        Format::Github | Format::Junit | Format::Sarif | Format::Gitlab => {
            return Err(Error::usage("rules supports --format text, json or markdown")
                .with_hint("SARIF rule metadata comes with `schemata check --format sarif`"));
        }
        Format::Text if args.id.is_some() => {
            let r = rules[0];
            let hint = r
                .hint
                .map_or(String::new(), |h| format!("\n## How to ship it safely\n\n{h}\n"));
            format!(
                "{} ({})\n{}\n\n{}\n{hint}",
                r.id,
                r.effect.as_str(),
                r.summary,
                r.doc_text()
            )
        }
        Format::Text => {
            let width = rules
                .iter()
                .map(|r| r.id.len())
                .chain(lints.iter().map(|r| r.id.len()))
                .max()
                .unwrap_or(0);
            let mut s = String::from("change rules (effect):\n");
            for r in &rules {
                s.push_str(&format!("  {:width$}  {:21}  {}\n", r.id, r.effect.as_str(), r.summary));
            }
            s.push_str("\nlint rules (default level, profile):\n");
            for r in &lints {
                let level = match r.profile {
                    Some(p) => format!("{} {}", r.level.as_str(), p.as_str()),
                    None => r.level.as_str().to_string(),
                };
                s.push_str(&format!("  {:width$}  {:21}  {}\n", r.id, level, r.summary));
            }
            s
        }
    };
    out.extend_from_slice(text.as_bytes());
    Ok(Outcome::Success)
}

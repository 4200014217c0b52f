use super::{Format, Outcome};
use schemata::Error;
use schemata::format::{all_lint_rules, all_rules, find_lint_rule, find_rule as find};

/// List the rule catalogue, or show one rule's documentation.
#[derive(clap::Args)]
pub struct RulesArgs {
    /// A rule id, e.g. `enum-value-removed`.
    id: Option<String>,
    /// Output format.
    #[arg(long, default_value = "text", value_parser = super::formats(&["text", "json", "markdown"]))]
    format: Format,
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
    // A lint rule asked for by id.
    if let Some(id) = &args.id
        && find(id).is_none()
        && let Some(r) = find_lint_rule(id)
    {
        let text = match args.format {
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
        None => all_rules(),
    };
    let text = match args.format {
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
                list.extend(all_lint_rules().into_iter().map(lint_json));
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
            schemata::change::catalogue_markdown(&rules) + "\n" + &schemata::lint::catalogue_markdown(&all_lint_rules())
        }
        Format::Markdown => schemata::change::catalogue_markdown(&rules),
        Format::Github | Format::Junit | Format::Sarif => {
            return Err(Error::usage("rules supports --format text, json or markdown")
                .with_hint("SARIF rule metadata comes with `schemata check --format sarif`"));
        }
        Format::Text if args.id.is_some() => {
            let r = rules[0];
            format!("{} ({})\n{}\n\n{}\n", r.id, r.effect.as_str(), r.summary, r.doc_text())
        }
        Format::Text => {
            let lints = all_lint_rules();
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

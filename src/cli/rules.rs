use super::{Format, Outcome};
use schemata::Error;
use schemata::diff::rules::{ALL, find};

/// List the rule catalogue, or show one rule's documentation.
#[derive(clap::Args)]
pub struct RulesArgs {
    /// A rule id, e.g. `enum-value-removed`.
    id: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

pub fn run(args: RulesArgs, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    let rules: Vec<_> = match &args.id {
        Some(id) => vec![find(id).ok_or_else(|| {
            Error::usage(format!("no rule named \"{id}\"")).with_hint("run `schemata rules` to list them")
        })?],
        None => ALL.to_vec(),
    };
    let text = match args.format {
        Format::Json => {
            let list: Vec<_> = rules.iter().map(|r| schemata::diff::rules::rule_json(r)).collect();
            serde_json::to_string_pretty(&if args.id.is_some() {
                list[0].clone()
            } else {
                serde_json::Value::Array(list)
            })
            .unwrap()
                + "\n"
        }
        Format::Markdown => schemata::diff::rules::catalogue_markdown(&rules),
        Format::Github | Format::Junit | Format::Sarif => {
            return Err(Error::usage("rules supports --format text, json or markdown")
                .with_hint("SARIF rule metadata comes with `schemata check --format sarif`"));
        }
        Format::Text if args.id.is_some() => {
            let r = rules[0];
            format!("{} ({})\n{}\n\n{}\n", r.id, r.effect.as_str(), r.summary, r.doc_text())
        }
        Format::Text => {
            let width = rules.iter().map(|r| r.id.len()).max().unwrap_or(0);
            rules
                .iter()
                .map(|r| format!("{:width$}  {:10}  {}\n", r.id, r.effect.as_str(), r.summary))
                .collect()
        }
    };
    out.extend_from_slice(text.as_bytes());
    Ok(Outcome::Success)
}

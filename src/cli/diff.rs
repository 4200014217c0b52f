use super::{Context, Format, Outcome, common};
use schemata::change::{Mode, OpenContent, Options};
use schemata::registry::compare::{SchemaDiff, Status, compare};
use schemata::registry::{Address, Registry};
use schemata::{DiffReport, Error, report};
use serde_json::{Value, json};
use std::path::Path;

/// Compare two versions of a schema and classify every change.
///
/// Three forms:
///   schemata diff OLD_FILE NEW_FILE          two files on disk
///   schemata diff order@1.0.0 order@2.0.0    two versions (or NAME@REV) from the registry
///   schemata diff --from REV --to REV [NAME…] every schema (or those named) between revisions
///
/// Exits 0 whenever the comparison ran, whatever it found (use `schemata check` for a
/// gate), and 2 on any error.
#[derive(clap::Args)]
#[command(
    verbatim_doc_comment,
    about = "Compare two versions of a schema and classify every change"
)]
pub struct DiffArgs {
    /// OLD and NEW (files or NAME@VERSION/NAME@REV); with --from/--to, schema names to compare.
    #[arg(value_name = "OLD NEW | NAME")]
    args: Vec<String>,
    /// The old revision (with --to; default HEAD).
    #[arg(long, value_name = "REV")]
    from: Option<String>,
    /// The new revision (with --from; default WORKTREE).
    #[arg(long, value_name = "REV")]
    to: Option<String>,
    /// Which direction of compatibility the schema promises (default: the config's, else backward).
    #[arg(long, value_parser = ["backward", "forward", "full", "none"])]
    mode: Option<String>,
    /// How to read objects that do not forbid undeclared properties (default: the config's, else strict).
    #[arg(long, value_parser = ["strict", "lenient"])]
    open_content: Option<String>,
    /// Output format.
    #[arg(long, default_value = "text", value_parser = super::formats(&["text", "json"]))]
    format: Format,
    /// Skip building witness documents (faster on very large schemas).
    #[arg(long)]
    no_witness: bool,
    /// How strictly Protobuf schemas are compared (default: the config's, else file).
    #[arg(long, value_parser = ["file", "package", "wire_json", "wire", "confluent"])]
    protobuf_level: Option<String>,
}

pub fn run(args: DiffArgs, ctx: &Context, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    if args.from.is_some() || args.to.is_some() {
        return revisions(&args, ctx, out);
    }
    if args.args.len() != 2 {
        return Err(
            Error::usage(format!("diff needs OLD and NEW, got {} argument(s)", args.args.len()))
                .with_hint("schemata diff OLD NEW, or schemata diff --from REV --to REV [NAME…]"),
        );
    }
    let (a, b) = (&args.args[0], &args.args[1]);
    let mut registry: Option<Registry> = None;
    let mut history = None;
    let mut load = |arg: &str| -> Result<(schemata::Document, Option<schemata::registry::config::SchemaEntry>), Error> {
        let path = Path::new(arg);
        if path.is_file() {
            return Ok((schemata::load_path(path, &schemata::registry_root_for(path))?, None));
        }
        if registry.is_none() {
            registry = Some(common::open(ctx).map_err(|e| {
                Error::usage(format!(
                    "{arg} is not a file, and it cannot be read from a registry: {}",
                    e.message
                ))
                .with_hint("pass two schema files, or run inside a git repository and use NAME@VERSION")
            })?);
        }
        let reg = registry.as_ref().ok_or_else(|| Error::usage("no registry"))?;
        let located = reg.locate(&Address::parse(arg), &mut history)?;
        let graph = reg.load(&located)?;
        Ok((graph, Some(located.entry)))
    };
    let (pa, pb) = (Path::new(a), Path::new(b));
    let ((mut old, old_entry), (mut new, new_entry)) = if pa.is_file() && pb.is_file() {
        let (ra, rb) = (schemata::registry_root_for(pa), schemata::registry_root_for(pb));
        let (ga, gb) = schemata::load_two((pa, &ra), (pb, &rb));
        // Files inside the registry follow their config entry (mode, open content, rules).
        let registry = common::open(ctx).ok();
        let entry = |p: &Path| registry.as_ref().and_then(|r| entry_of_file(r, p));
        ((ga?, entry(pa)), (gb?, entry(pb)))
    } else {
        let first = load(a)?;
        (first, load(b)?)
    };
    let entry = new_entry.or(old_entry);
    let options = options(&args, entry.as_ref());
    let mut result = schemata::format::diff(&mut old, &mut new, &options);
    if let Some(e) = &entry
        && args.mode.is_none()
    {
        schemata::registry::apply_overrides(&mut result, e);
    }
    let text = match args.format {
        Format::Json => report::json::render_diff(&result, a, b),
        _ => {
            let sources = report::SidedSources {
                old: old.files().iter().collect(),
                new: new.files().iter().collect(),
            };
            report::text::render_diff(&result, &sources, common::color())
        }
    };
    out.extend_from_slice(text.as_bytes());
    // The process ends right after; freeing two large graphs piece by piece is wasted time.
    std::mem::forget((old, new, result));
    Ok(Outcome::Success)
}

/// The config entry of a file on disk that lies inside the registry's work tree.
fn entry_of_file(registry: &Registry, path: &Path) -> Option<schemata::registry::config::SchemaEntry> {
    let full = path.canonicalize().ok()?;
    let rel = full.strip_prefix(registry.root.canonicalize().ok()?).ok()?;
    let rel = rel.to_string_lossy().replace('\\', "/");
    registry.config.entry_for(&rel).cloned()
}

fn options(args: &DiffArgs, entry: Option<&schemata::registry::config::SchemaEntry>) -> Options {
    Options {
        mode: args
            .mode
            .as_deref()
            .and_then(Mode::parse)
            .or(entry.map(|e| e.compatibility.mode))
            .unwrap_or_default(),
        open_content: args
            .open_content
            .as_deref()
            .and_then(OpenContent::parse)
            .or(entry.map(|e| e.open_content))
            .unwrap_or_default(),
        witnesses: !args.no_witness,
        protobuf_level: args
            .protobuf_level
            .as_deref()
            .and_then(schemata::format::protobuf::Level::parse)
            .or(entry.map(|e| e.protobuf_level))
            .unwrap_or_default(),
    }
}

fn revisions(args: &DiffArgs, ctx: &Context, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    let registry = common::open(ctx)?;
    let from_name = args.from.clone().unwrap_or_else(|| "HEAD".into());
    let to_name = args.to.clone().unwrap_or_else(|| "WORKTREE".into());
    let from = registry.resolve(&from_name)?;
    let to = registry.resolve(&to_name)?;
    let mut warnings = Vec::new();
    let mut diffs = compare(&registry, from, to, &args.args, !args.no_witness, &mut warnings)?;
    common::warn_all(&warnings);
    if args.mode.is_some() || args.open_content.is_some() {
        // Explicit flags override the config: diff again under them.
        for d in &mut diffs {
            if let (Some(o), Some(n)) = (&d.old_path, &d.new_path) {
                let mut a = registry.load(&located(&registry, from, o, d))?;
                let mut b = registry.load(&located(&registry, to, n, d))?;
                d.report = Some(schemata::format::diff(&mut a, &mut b, &options(args, Some(&d.entry))));
            }
        }
    }
    let missing: Vec<&String> = args
        .args
        .iter()
        .filter(|n| {
            !diffs
                .iter()
                .any(|d| d.name == **n || d.old_path.as_ref() == Some(n) || d.new_path.as_ref() == Some(n))
        })
        .collect();
    if let Some(n) = missing.first() {
        return Err(
            Error::usage(format!("no schema named \"{n}\" at {from_name} or {to_name}"))
                .with_hint("`schemata list` shows the schemas and their names"),
        );
    }
    let text = match args.format {
        Format::Json => common::json(&json!({
            "report_version": report::json::DIFF_JSON_VERSION,
            "from": from_name,
            "to": to_name,
            "schemas": diffs.iter().filter(|d| d.status != Status::Unchanged || !args.args.is_empty())
                .map(schema_json).collect::<Vec<_>>(),
        }))?,
        _ => {
            let mut s = String::new();
            let shown: Vec<&SchemaDiff> = diffs
                .iter()
                .filter(|d| d.status != Status::Unchanged || !args.args.is_empty())
                .collect();
            if shown.is_empty() {
                s.push_str(&format!("no schema changed between {from_name} and {to_name}\n"));
            }
            for d in shown {
                s.push_str(&format!("── {} ({}) ──\n", d.name, status_text(d)));
                if let Some(e) = &d.error {
                    s.push_str(&format!("cannot compare: {e}\n\n"));
                } else if let Some(r) = &d.report {
                    let sources = report::SidedSources {
                        old: d.old_files.iter().collect(),
                        new: d.new_files.iter().collect(),
                    };
                    s.push_str(&report::text::render_diff(r, &sources, common::color()));
                    s.push('\n');
                } else {
                    s.push('\n');
                }
            }
            s
        }
    };
    out.extend_from_slice(text.as_bytes());
    Ok(Outcome::Success)
}

fn located(
    registry: &Registry,
    rev: schemata::registry::Rev,
    path: &str,
    d: &SchemaDiff,
) -> schemata::registry::Located {
    let _ = registry;
    schemata::registry::Located {
        name: d.name.clone(),
        path: path.to_string(),
        rev,
        version: None,
        entry: d.entry.clone(),
    }
}

fn status_text(d: &SchemaDiff) -> String {
    match (&d.status, &d.old_path, &d.new_path) {
        (Status::Renamed, Some(o), Some(n)) => format!("moved {o} → {n}"),
        (Status::Added, _, Some(n)) => format!("added {n}"),
        (Status::Removed, Some(o), _) => format!("removed {o}"),
        (s, _, Some(n)) => format!(
            "{} {n}",
            serde_json::to_value(s)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default()
        ),
        _ => String::new(),
    }
}

fn schema_json(d: &SchemaDiff) -> Value {
    let mut v = json!({
        "name": d.name,
        "status": d.status,
        "old_path": d.old_path,
        "new_path": d.new_path,
        "compatibility": d.entry.compatibility.name(),
    });
    if let Some(r) = &d.report {
        let body = report_value(r);
        if let (Some(m), Value::Object(b)) = (v.as_object_mut(), body) {
            m.extend(b);
        }
    }
    if let Some(e) = &d.error {
        v["error"] = json!(e.to_string());
    }
    v
}

fn report_value(r: &DiffReport) -> Value {
    serde_json::to_value(r).unwrap_or(Value::Null)
}

use super::common::{self, TextOrJson};
use super::{Context, Outcome};
use schemata::Document;
use schemata::Error;
use schemata::format::json_schema::validate::{self, FileReport, InstanceValidator};
use schemata::registry::{Address, Rev};
use schemata::source::SourceFile;
use schemata::validate::{Diagnostic, SchemaReport, from_error};
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// Validate schemas against their meta-schema, or instance documents against a schema.
///
///   schemata validate                       every schema of the registry (working tree)
///   schemata validate SCHEMA…               these schemas (files or NAME[@VERSION|@REV])
///   schemata validate --schema S FILES…     JSON, YAML or JSON Lines documents against S
///
/// Offline: a remote `$ref` is reported, never fetched. Exit 1 when anything is invalid.
#[derive(clap::Args)]
#[command(
    verbatim_doc_comment,
    about = "Validate schemas against their meta-schema, or instance documents against a schema"
)]
pub struct ValidateArgs {
    /// Schemas to check; with --schema, the instance files (.json, .yaml, .jsonl/.ndjson; `-` is stdin).
    files: Vec<String>,
    /// Validate the FILES as instances of this schema (a file or NAME[@VERSION|@REV]).
    #[arg(long, value_name = "SCHEMA")]
    schema: Option<String>,
    /// Errors shown per file at most (counts stay exact).
    #[arg(long, default_value_t = 100, value_name = "N")]
    max_errors: usize,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: TextOrJson,
}

/// A schema named on the command line: a file on disk, or an address in the registry.
pub struct Loaded {
    pub label: String,
    pub file: SourceFile,
    pub graph: schemata::Result<Document>,
}

/// Loads a schema argument: a path when such a file exists, else a registry address.
pub fn load_schema(arg: &str, ctx: &Context) -> Result<Loaded, Error> {
    let path = Path::new(arg);
    if path.is_file() {
        let file = schemata::read_file(path)?;
        let graph = schemata::load_path(path, &schemata::registry_root_for(path));
        return Ok(Loaded {
            label: arg.to_string(),
            file,
            graph,
        });
    }
    let registry = common::open(ctx).map_err(|e| {
        Error::usage(format!(
            "{arg} is not a file, and no registry is here to look it up: {}",
            e.message
        ))
        .with_hint("pass a schema file, or run inside the git repository and use NAME[@VERSION]")
    })?;
    let mut history = None;
    let located = registry.locate(&Address::parse(arg), &mut history)?;
    let snapshot = registry.repo.snapshot(located.rev)?;
    let bytes = snapshot
        .read_bytes(&located.path)?
        .ok_or_else(|| Error::usage(format!("{} does not exist at {}", located.path, located.rev.label())))?;
    let text = schemata::registry::repo::decode(bytes, &located.path)?;
    let file = schemata::format::parse(located.path.clone(), &located.path, text, located.entry.format)?;
    let graph = schemata::registry::load_at(&snapshot, &located.path, &located.entry);
    Ok(Loaded {
        label: arg.to_string(),
        file,
        graph,
    })
}

pub fn run(args: ValidateArgs, ctx: &Context, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    match &args.schema {
        Some(schema) => instances(&args, schema, ctx, out),
        None => schemas(&args, ctx, out),
    }
}

fn schemas(args: &ValidateArgs, ctx: &Context, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    let mut reports: Vec<SchemaReport> = Vec::new();
    let mut push = |label: String, loaded: Result<Loaded, Error>| match loaded {
        Ok(l) => {
            reports.push(schemata::format::check_schema(&label, &l.file, l.graph));
        }
        Err(e) if e.kind == schemata::ErrorKind::Parse => reports.push(SchemaReport {
            file: label.clone(),
            valid: false,
            diagnostics: vec![from_error(&e, &label)],
        }),
        Err(e) => reports.push(SchemaReport {
            file: label.clone(),
            valid: false,
            diagnostics: vec![from_error(&e, &label)],
        }),
    };
    if args.files.is_empty() {
        // Every schema of the registry, as on disk; outside a repository, the default globs here.
        match common::open(ctx) {
            Ok(registry) => {
                let mut warnings = Vec::new();
                let list = registry.discover(Rev::Worktree, &mut warnings)?;
                common::warn_all(&warnings);
                let worktree = registry.repo.snapshot(Rev::Worktree)?;
                for s in list {
                    let full = registry.root.join(&s.path);
                    let loaded = std::fs::read(&full)
                        .map_err(|e| Error::io(&s.path, &e))
                        .and_then(|bytes| schemata::registry::repo::decode(bytes, &s.path))
                        .and_then(|text| schemata::format::parse(s.path.clone(), &s.path, text, s.entry.format))
                        .map(|file| Loaded {
                            label: s.path.clone(),
                            file,
                            // A schema of several files (`parts:`) is read as its entry says.
                            graph: if s.entry.parts.is_empty() {
                                schemata::load_path(&full, &registry.root)
                            } else {
                                schemata::registry::load_at(&worktree, &s.path, &s.entry)
                            },
                        });
                    push(s.path.clone(), loaded);
                }
            }
            Err(e) if e.kind == schemata::ErrorKind::Git => {
                let cwd = std::env::current_dir().map_err(|e| Error::io(".", &e))?;
                let config = schemata::registry::Config::default();
                for entry in walkdir::WalkDir::new(&cwd).sort_by_file_name().into_iter().flatten() {
                    let Ok(rel) = entry.path().strip_prefix(&cwd) else {
                        continue;
                    };
                    let rel = rel.to_string_lossy().replace('\\', "/");
                    if entry.file_type().is_file() && config.entry_for(&rel).is_some() {
                        push(rel.clone(), load_schema(&rel, ctx));
                    }
                }
            }
            Err(e) => return Err(e),
        }
    } else {
        for f in &args.files {
            push(f.clone(), load_schema(f, ctx));
        }
    }
    let invalid = reports.iter().filter(|r| !r.valid).count();
    let text = match args.format {
        TextOrJson::Json => common::json(&serde_json::json!({
            "valid": invalid == 0,
            "schemas": reports,
        }))?,
        TextOrJson::Text => {
            let mut s = String::new();
            // A file that several schemas `$ref` reports its problems under each of them;
            // the text shows each line once.
            let mut shown = std::collections::HashSet::new();
            for r in &reports {
                for d in &r.diagnostics {
                    let text = line(d);
                    if shown.insert(text.clone()) {
                        let _ = writeln!(s, "{text}");
                    }
                }
            }
            let _ = writeln!(
                s,
                "{} schema{} checked, {invalid} invalid",
                reports.len(),
                if reports.len() == 1 { "" } else { "s" }
            );
            s
        }
    };
    out.extend_from_slice(text.as_bytes());
    Ok(if invalid == 0 {
        Outcome::Success
    } else {
        Outcome::GateFailed
    })
}

fn line(d: &Diagnostic) -> String {
    let mut s = format!("{}:{}:{}: {}: ", d.file, d.line, d.column, d.severity);
    if !d.pointer.is_empty() {
        s.push_str(&format!("{}: ", d.pointer));
    }
    s.push_str(&d.message);
    if let Some(at) = &d.schema_location {
        s.push_str(&format!(" (schema: {at})"));
    }
    s
}

fn instances(args: &ValidateArgs, schema: &str, ctx: &Context, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    if args.files.is_empty() {
        return Err(Error::usage("--schema needs instance files to validate")
            .with_hint("schemata validate --schema order.json data.json responses.jsonl"));
    }
    let loaded = load_schema(schema, ctx)?;
    let doc = loaded.graph?;
    if let Document::GraphQl(sdl) = &doc {
        return operations(args, &loaded.label, sdl, out);
    }
    let graph = doc.as_json_schema().ok_or_else(|| {
        Error::usage(format!(
            "{} is a {} document: instances are validated against JSON Schemas",
            loaded.label,
            doc.format().title()
        ))
    })?;
    let validator = InstanceValidator::new(graph)?;
    let mut reports: Vec<FileReport> = Vec::new();
    for f in &args.files {
        let path = PathBuf::from(f);
        // `-` is standard input; pipes and devices are read like files
        if f != "-" && (!path.exists() || path.is_dir()) {
            let what = if path.is_dir() { "is a folder" } else { "no such file" };
            return Err(Error::usage(format!("{f}: {what}"))
                .with_hint("pass instance files to validate, or `-` for standard input"));
        }
        reports.push(validate::validate_file(&validator, &path, args.max_errors)?);
    }
    let instances: u64 = reports.iter().map(|r| r.instances).sum();
    let invalid: u64 = reports.iter().map(|r| r.invalid).sum();
    let text = match args.format {
        TextOrJson::Json => common::json(&serde_json::json!({
            "schema": loaded.label,
            "valid": invalid == 0,
            "instances": instances,
            "invalid": invalid,
            "files": reports,
        }))?,
        TextOrJson::Text => {
            let mut s = String::new();
            for r in &reports {
                for d in &r.errors {
                    let _ = writeln!(s, "{}", line(d));
                }
                if r.errors.len() >= args.max_errors && (r.errors.len() as u64) < r.invalid {
                    let _ = writeln!(
                        s,
                        "{}: … more errors not shown (--max-errors {})",
                        r.file, args.max_errors
                    );
                }
            }
            let _ = writeln!(
                s,
                "{instances} instance{} in {} file{}, {invalid} invalid (schema {})",
                if instances == 1 { "" } else { "s" },
                reports.len(),
                if reports.len() == 1 { "" } else { "s" },
                loaded.label
            );
            s
        }
    };
    out.extend_from_slice(text.as_bytes());
    Ok(if invalid == 0 {
        Outcome::Success
    } else {
        Outcome::GateFailed
    })
}

/// `validate --schema S.graphql OPERATIONS…`: GraphQL operation documents (queries,
/// mutations, subscriptions, fragments) validated against the schema.
fn operations(
    args: &ValidateArgs,
    label: &str,
    sdl: &schemata::format::graphql::Sdl,
    out: &mut Vec<u8>,
) -> Result<Outcome, Error> {
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    let mut invalid = 0usize;
    for f in &args.files {
        let text = if f == "-" {
            let mut t = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut t).map_err(|e| Error::io("-", &e))?;
            t
        } else {
            let bytes = std::fs::read(f).map_err(|e| Error::io(f, &e))?;
            String::from_utf8(bytes).map_err(|_| {
                Error::new(schemata::ErrorKind::Parse, format!("{f} is not valid UTF-8")).in_file(f.clone())
            })?
        };
        let file = SourceFile::plain(f.clone(), text);
        let found = schemata::format::graphql::validate::operations(sdl, &file);
        if !found.is_empty() {
            invalid += 1;
        }
        diagnostics.extend(found.into_iter().take(args.max_errors));
    }
    let text = match args.format {
        TextOrJson::Json => common::json(&serde_json::json!({
            "schema": label,
            "valid": invalid == 0,
            "documents": args.files.len(),
            "invalid": invalid,
            "diagnostics": diagnostics,
        }))?,
        TextOrJson::Text => {
            let mut s = String::new();
            for d in &diagnostics {
                let _ = writeln!(s, "{}", line(d));
            }
            let _ = writeln!(
                s,
                "{} operation document{}, {invalid} invalid (schema {label})",
                args.files.len(),
                if args.files.len() == 1 { "" } else { "s" },
            );
            s
        }
    };
    out.extend_from_slice(text.as_bytes());
    Ok(if invalid == 0 {
        Outcome::Success
    } else {
        Outcome::GateFailed
    })
}

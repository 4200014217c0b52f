use super::{Context, Format, Outcome, common};
use schemata::Error;
use schemata::lint::{LintConfig, Profile};
use schemata::registry::Rev;
use schemata::report::lint::{LintReport, LintedSchema};

/// Check schemas against the house rules and LLM-provider profiles.
///
/// Lint rules have a default level (error, warn, off) that `schemata.yaml` overrides per glob
/// (`lint:`, `naming:`, `targets:`); `--profile` adds a provider's rules (openai-strict,
/// anthropic-tools, gemini) and shows the schema's token count for that provider. Without
/// SCHEMAS, every schema of the registry (working tree).
///
/// `--fix` (with one `--profile`) rewrites a schema into the subset that provider accepts
/// and prints it; `--write` saves it over the file instead (atomically).
///
/// Exit 1 when an error-level finding remains (`--deny-warnings`: any finding).
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct LintArgs {
    /// Schemas (files or NAME[@VERSION|@REV]); none means every schema of the registry.
    schemas: Vec<String>,
    /// Also check a provider's structured-output limits (repeatable).
    #[arg(long, value_parser = ["openai-strict", "anthropic-tools", "gemini"])]
    profile: Vec<String>,
    /// Fail on warnings too.
    #[arg(long)]
    deny_warnings: bool,
    /// Report format (the formats of `check`).
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Rewrite the schema into the subset of the one `--profile` given and print it.
    #[arg(long)]
    fix: bool,
    /// With --fix: write the result over each schema file (atomically) instead of printing it.
    #[arg(long, requires = "fix")]
    write: bool,
}

pub fn run(args: LintArgs, ctx: &Context, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    let profiles: Vec<Profile> = args.profile.iter().filter_map(|p| Profile::parse(p)).collect();
    if args.fix {
        return fix(&args, &profiles, ctx, out);
    }
    let registry = common::open(ctx).ok();
    let config_for = |path: &str| -> LintConfig {
        let entry = registry.as_ref().and_then(|r| r.config.entry_for(path));
        match entry {
            Some(e) => e.lint_config(&profiles),
            None => LintConfig {
                profiles: profiles.clone(),
                ..LintConfig::default()
            },
        }
    };
    let targets = targets(&args, registry.as_ref())?;
    let mut report = LintReport {
        profiles: profiles.clone(),
        deny_warnings: args.deny_warnings,
        schemas: Vec::new(),
    };
    for (arg, known) in &targets {
        let mut loaded = super::validate::load_schema(arg, ctx)?;
        if let Some(rel) = known {
            // Registry files are shown by their path in the repository.
            loaded.file = schemata::format::parse(rel.clone(), rel, loaded.file.text.clone(), None)?;
        }
        let config_path = known.clone().unwrap_or_else(|| arg.clone());
        let rel = match &registry {
            Some(_) if known.is_some() => config_path.clone(),
            Some(r) => std::path::Path::new(&config_path)
                .canonicalize()
                .ok()
                .and_then(|p| {
                    p.strip_prefix(r.root.canonicalize().ok()?)
                        .ok()
                        .map(|p| p.to_string_lossy().replace('\\', "/"))
                })
                .unwrap_or_else(|| loaded.file.name.clone()),
            None => loaded.file.name.clone(),
        };
        let config = config_for(&rel);
        let findings = schemata::format::lint(&rel, &loaded.file, &config)?;
        let tokens = config
            .profiles
            .iter()
            .map(|p| schemata::tokens::count(*p, &loaded.file.value))
            .collect();
        report.schemas.push(LintedSchema {
            name: if args.schemas.is_empty() {
                schemata::registry::config::default_name(&config_path)
            } else {
                loaded.label.clone()
            },
            file: loaded.file.name.clone(),
            findings,
            tokens,
        });
    }
    let io = |e: std::io::Error| Error::usage(format!("cannot render the report: {e}"));
    use schemata::report::lint as render;
    match args.format {
        Format::Text => render::render_text(&report, out, common::color()).map_err(io)?,
        Format::Json => out.extend_from_slice(common::json(&render::to_json(&report))?.as_bytes()),
        Format::Markdown => render::render_markdown(&report, out).map_err(io)?,
        Format::Github => render::render_github(&report, out).map_err(io)?,
        Format::Junit => render::render_junit(&report, out).map_err(io)?,
        Format::Sarif => out.extend_from_slice(common::json(&render::to_sarif(&report))?.as_bytes()),
        Format::Gitlab => render::render_gitlab(&report, out).map_err(io)?,
    }
    Ok(if report.passed() {
        Outcome::Success
    } else {
        Outcome::GateFailed
    })
}

/// What to lint: (argument, path relative to the repository root when already known).
fn targets(
    args: &LintArgs,
    registry: Option<&schemata::registry::Registry>,
) -> Result<Vec<(String, Option<String>)>, Error> {
    let mut targets = Vec::new();
    if args.schemas.is_empty() {
        let registry = registry.ok_or_else(|| {
            Error::usage("no schemas given, and this is not inside a registry")
                .with_hint("pass schema files: schemata lint schemas/order.json")
        })?;
        let mut warnings = Vec::new();
        for s in registry.discover(Rev::Worktree, &mut warnings)? {
            targets.push((registry.root.join(&s.path).display().to_string(), Some(s.path)));
        }
        common::warn_all(&warnings);
    } else {
        for s in &args.schemas {
            targets.push((s.clone(), None));
        }
    }
    Ok(targets)
}

/// `--fix`: each schema rewritten into one profile's subset, printed (or written with
/// `--write`); what the rewrite could not fix is reported on stderr and exits 1.
fn fix(args: &LintArgs, profiles: &[Profile], ctx: &Context, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    let [profile] = profiles else {
        return Err(
            Error::usage(format!("--fix needs exactly one --profile, got {}", profiles.len()))
                .with_hint("e.g. schemata lint --profile openai-strict --fix schemas/order.json"),
        );
    };
    let registry = common::open(ctx).ok();
    let targets = targets(args, registry.as_ref())?;
    if !args.write && targets.len() != 1 {
        return Err(
            Error::usage(format!("--fix prints one schema; {} were given", targets.len()))
                .with_hint("name one schema, or add --write to rewrite every file in place"),
        );
    }
    let mut remaining = 0usize;
    for (arg, known) in &targets {
        let path = match known {
            Some(rel) => registry
                .as_ref()
                .map(|r| r.root.join(rel))
                .unwrap_or_else(|| rel.into()),
            None => std::path::PathBuf::from(arg),
        };
        if !path.is_file() {
            return Err(Error::usage(format!("{arg} is not a schema file"))
                .with_hint("--fix rewrites files: name the file, e.g. schemas/order.json"));
        }
        let file = schemata::read_file(&path)?;
        if schemata::format::detect(arg, &file)? != schemata::Format::JsonSchema {
            return Err(
                Error::usage(format!("{arg}: --fix rewrites JSON Schema documents only"))
                    .with_hint("provider profiles apply to JSON Schema"),
            );
        }
        let fixed = schemata::format::json_schema::lint::fix::fix(&file.value, *profile);
        let yaml = matches!(path.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"));
        let text = if yaml {
            serde_yaml::to_string(&fixed.schema).map_err(|e| Error::usage(format!("cannot write YAML: {e}")))?
        } else {
            serde_json::to_string_pretty(&fixed.schema).map_err(|e| Error::usage(format!("cannot write JSON: {e}")))?
                + "\n"
        };
        for e in &fixed.edits {
            eprintln!("{}: {e}", file.name);
        }
        let reparsed = schemata::source::SourceFile::parse(file.name.clone(), text.clone())?;
        for f in schemata::format::profile_findings(arg, &reparsed, *profile) {
            remaining += 1;
            eprintln!(
                "{}: still not accepted by {}: {} [{}] (at {})",
                file.name,
                profile.as_str(),
                f.message,
                f.rule,
                if f.pointer.is_empty() { "the root" } else { &f.pointer }
            );
        }
        if args.write {
            if text != file.text {
                super::check::write_atomically(&path, text.as_bytes())?;
                eprintln!("wrote {}", path.display());
            }
        } else {
            out.extend_from_slice(text.as_bytes());
        }
    }
    Ok(if remaining == 0 {
        Outcome::Success
    } else {
        Outcome::GateFailed
    })
}

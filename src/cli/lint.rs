use super::{Context, Format, Outcome, common};
use schemata::Error;
use schemata::lint::{Level, LintConfig, Profile};
use schemata::registry::Rev;
use schemata::report::gate::{FailOn, GateReport, Problem, Revision, SchemaResult, SchemaStatus, Summary};
use schemata::version::Bump;
use std::sync::Arc;

/// Check schemas against the house rules and LLM-provider profiles.
///
/// Lint rules have a default level (error, warn, off) that `schemata.yaml` overrides per glob
/// (`lint:`, `naming:`, `targets:`); `--profile` adds a provider's rules (openai-strict,
/// anthropic-tools, gemini). Without SCHEMAS, every schema of the registry (working tree).
/// Exit 1 when an error-level finding remains (`--deny-warnings`: any finding).
#[derive(clap::Args)]
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
}

pub fn run(args: LintArgs, ctx: &Context, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    let profiles: Vec<Profile> = args.profile.iter().filter_map(|p| Profile::parse(p)).collect();
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
    // (argument, path relative to the repository root when already known)
    let mut targets: Vec<(String, Option<String>)> = Vec::new();
    if args.schemas.is_empty() {
        let registry = registry.as_ref().ok_or_else(|| {
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
    let mut schemas = Vec::new();
    let mut all_findings: Vec<(String, Vec<schemata::lint::Finding>)> = Vec::new();
    let (mut errors, mut warns) = (0usize, 0usize);
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
        let mut result = SchemaResult {
            name: if args.schemas.is_empty() {
                config_path.clone()
            } else {
                loaded.label.clone()
            },
            status: SchemaStatus::Modified,
            old_path: None,
            new_path: Some(loaded.file.name.clone()),
            mode: registry
                .as_ref()
                .and_then(|r| r.config.entry_for(&rel))
                .map_or_else(|| "backward".to_string(), |e| e.compatibility.name()),
            current_version: None,
            required_bump: Bump::None,
            next_version: None,
            passed: true,
            findings: vec![],
            problems: vec![],
            old_source: None,
            new_source: Some(Arc::from(loaded.file.text.as_str())),
        };
        all_findings.push((loaded.file.name.clone(), findings.clone()));
        for f in findings {
            let fails = f.level == Level::Error || (args.deny_warnings && f.level == Level::Warn);
            match f.level {
                Level::Error => errors += 1,
                _ => warns += 1,
            }
            let mut message = f.message;
            if let Some(h) = f.hint {
                message = format!("{message} (hint: {h})");
            }
            result.problems.push(Problem {
                kind: f.rule.to_string(),
                message,
                file: Some(f.file),
                line: Some(f.line),
                fails_gate: fails,
            });
        }
        result.passed = !result.problems.iter().any(|p| p.fails_gate);
        schemas.push(result);
    }
    let failed = schemas.iter().filter(|s| !s.passed).count();
    let report = GateReport {
        report_version: schemata::report::gate::REPORT_VERSION,
        base: Revision {
            rev: "lint".into(),
            commit: None,
        },
        head: Revision {
            rev: "WORKTREE".into(),
            commit: None,
        },
        fail_on: FailOn::Breaking,
        passed: failed == 0,
        summary: Summary {
            schemas_checked: schemas.len(),
            breaking: errors,
            acknowledged: 0,
            non_breaking: warns,
            failed_schemas: failed,
        },
        schemas,
        ignored: 0,
        stale_acknowledgements: vec![],
        problems: vec![],
    };
    let fails = |f: &schemata::lint::Finding| f.level == Level::Error || (args.deny_warnings && f.level == Level::Warn);
    match args.format {
        Format::Text => {
            use std::fmt::Write as _;
            let mut s = String::new();
            for (_, findings) in &all_findings {
                for f in findings {
                    let _ = writeln!(
                        s,
                        "{}:{}:{}: {}[{}]: {}",
                        f.file,
                        f.line,
                        f.column,
                        f.level.as_str(),
                        f.rule,
                        f.message
                    );
                    if let Some(h) = &f.hint {
                        let _ = writeln!(s, "  hint: {h}");
                    }
                }
            }
            let _ = writeln!(
                s,
                "{} schema{} linted: {errors} error{}, {warns} warning{}{}",
                all_findings.len(),
                if all_findings.len() == 1 { "" } else { "s" },
                if errors == 1 { "" } else { "s" },
                if warns == 1 { "" } else { "s" },
                if profiles.is_empty() {
                    String::new()
                } else {
                    format!(
                        " (profiles: {})",
                        profiles.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(", ")
                    )
                }
            );
            out.extend_from_slice(s.as_bytes());
        }
        Format::Json => {
            let list: Vec<serde_json::Value> = all_findings
                .iter()
                .map(|(file, findings)| {
                    serde_json::json!({
                        "file": file,
                        "valid": !findings.iter().any(&fails),
                        "findings": findings,
                    })
                })
                .collect();
            out.extend_from_slice(
                common::json(&serde_json::json!({
                    "report_version": 1,
                    "valid": report.passed,
                    "errors": errors,
                    "warnings": warns,
                    "profiles": profiles,
                    "schemas": list,
                }))?
                .as_bytes(),
            );
        }
        _ => super::check::render(&report, args.format, common::color(), out)?,
    }
    Ok(if report.passed {
        Outcome::Success
    } else {
        Outcome::GateFailed
    })
}

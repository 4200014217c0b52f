//! The gate behind `schemata check` (DESIGN §4): compare every schema between a base revision
//! and the proposed one, and decide what fails.
//!
//! A change fails when it breaks its schema's mode (or reaches `--fail-on`) and no live
//! acknowledgement covers it. Besides changes, the gate fails on: a declared version
//! (`x-schemata-version`) or release tag smaller than the changes require, a removal that was
//! not first marked `deprecated: true` when the config's deprecation policy asks for it, an
//! expired acknowledgement, a schema that cannot be read, and a deleted schema.

use super::compare::{SchemaDiff, Status, compare};
use super::config::{Acknowledgement, Config, name_glob_matches, parse_date};
use super::history::{History, declared_version};
use super::{Registry, Rev, load_at};
use crate::change::{Change, Options};
use crate::error::{Error, Result};
use crate::report::gate::{
    AckRef, FailOn, Finding, FindingStatus, GateReport, Problem, Revision, SchemaResult, SchemaStatus, Summary,
    fingerprint,
};
use crate::version::{Bump, bump_version};
use std::sync::Arc;

/// What to compare and how strictly.
pub struct GateOptions {
    pub base: Rev,
    pub base_label: String,
    pub head: Rev,
    pub head_label: String,
    pub fail_on: FailOn,
    /// Days since 1970-01-01 (acknowledgement expiry, deprecation age).
    pub today: i64,
    pub witnesses: bool,
}

/// The default base: the merge-base of HEAD with the default branch (origin/HEAD, the
/// config's `default_branch`, else main, else master).
pub fn default_base(registry: &Registry) -> Result<(git2::Oid, String)> {
    let repo = &registry.repo;
    let head = repo.resolve_commit("HEAD")?;
    let mut candidates: Vec<String> = Vec::new();
    if let Ok(r) = repo.git.find_reference("refs/remotes/origin/HEAD")
        && let Ok(Some(t)) = r.symbolic_target()
    {
        candidates.push(t.trim_start_matches("refs/remotes/").to_string());
    }
    if let Some(b) = &registry.config.default_branch {
        candidates.push(format!("origin/{b}"));
        candidates.push(b.clone());
    }
    for b in ["origin/main", "main", "origin/master", "master"] {
        candidates.push(b.to_string());
    }
    for c in &candidates {
        let Ok(obj) = repo.git.revparse_single(c) else { continue };
        let Ok(commit) = obj.peel_to_commit() else { continue };
        return match repo.git.merge_base(head, commit.id()) {
            Ok(base) => Ok((base, format!("merge-base of HEAD and {c}"))),
            Err(_) if repo.is_shallow() => Err(Error::git(format!(
                "HEAD and {c} have no common commit in this shallow clone"
            ))
            .with_hint(format!(
                "fetch more history: `git fetch --deepen=100 origin {}` or `git fetch --unshallow` \
                 (GitHub Actions: actions/checkout with `fetch-depth: 0`)",
                c.trim_start_matches("origin/")
            ))),
            Err(_) => Err(Error::git(format!("HEAD and {c} have no common commit"))
                .with_hint("pass the base explicitly: `schemata check --against REV`")),
        };
    }
    Err(
        Error::git("cannot find the default branch (origin/HEAD, main or master) to compare against")
            .with_hint("pass `--against REV`, or set `default_branch:` in schemata.yaml"),
    )
}

/// Today, as days since 1970-01-01 (UTC).
pub fn today() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64 / 86_400)
}

/// Runs the gate.
pub fn run(registry: &Registry, opts: &GateOptions, warnings: &mut Vec<String>) -> Result<GateReport> {
    let config = &registry.config;
    let diffs = compare(registry, opts.base, opts.head, &[], opts.witnesses, warnings)?;
    let mut used_acks = vec![false; config.acknowledged.len()];
    let mut report_problems: Vec<Problem> = Vec::new();
    for (k, a) in config.acknowledged.iter().enumerate() {
        if let Some(exp) = a.expires.as_deref().and_then(parse_date)
            && exp < opts.today
        {
            // An expired acknowledgement no longer covers anything; reported once here.
            used_acks[k] = true;
            report_problems.push(Problem {
                kind: "acknowledgement-expired".into(),
                message: format!(
                    "the acknowledgement for {} ({}) expired on {}",
                    a.schema,
                    a.rule.as_deref().or(a.fingerprint.as_deref()).unwrap_or("*"),
                    a.expires.as_deref().unwrap_or("")
                ),
                file: config.file.clone(),
                line: None,
                fails_gate: true,
            });
        }
    }
    // History is replayed only when something needs it (transitive modes, tags, deprecation age).
    let mut base_history: Option<Option<History>> = None;
    let tags = release_tags(registry);
    let mut schemas = Vec::new();
    let mut ignored = 0usize;
    for d in diffs {
        if d.status == Status::Unchanged {
            continue;
        }
        let mut result = schema_result(&d);
        ignored += d.switched_off;
        if let Some(e) = &d.error {
            result.problems.push(Problem {
                kind: "unreadable-schema".into(),
                message: e.to_string(),
                file: e.location.as_ref().map(|l| l.file.clone()).or(e.file.clone()),
                line: e.location.as_ref().map(|l| l.line),
                fails_gate: true,
            });
        }
        if d.status == Status::Removed {
            let acked = find_ack(config, &d.name, "schema-removed", "", opts.today);
            if let Some(k) = acked {
                used_acks[k] = true;
            }
            result.problems.push(Problem {
                kind: "schema-removed".into(),
                message: format!(
                    "the schema {} was deleted: consumers reading it lose their contract",
                    d.name
                ),
                file: d.old_path.clone(),
                line: None,
                fails_gate: acked.is_none() && d.entry.compatibility.mode != crate::Mode::None,
            });
        }
        let mut changes: Vec<Change> = d.report.as_ref().map(|r| r.changes.clone()).unwrap_or_default();
        // Transitive modes: the new version must also be compatible with every release.
        if d.entry.compatibility.transitive
            && let (Some(old_path), Some(new_path)) = (&d.old_path, &d.new_path)
        {
            let history = base_history.get_or_insert_with(|| base_replay(registry, opts.base));
            if let Some(h) = history {
                changes.extend(transitive_changes(registry, h, &d, old_path, new_path, opts, warnings)?);
            }
        }
        let before = changes.len();
        changes.retain(|c| !config.is_ignored(&d.name, c.rule));
        ignored += before - changes.len();
        for c in changes {
            let fp = fingerprint(&d.name, &c);
            let ack = find_ack(config, &d.name, c.rule, &fp, opts.today);
            let reaches = opts.fail_on.reached_by(&c);
            let status = match (ack, c.breaking || reaches) {
                (Some(k), true) => {
                    used_acks[k] = true;
                    let a = &config.acknowledged[k];
                    FindingStatus::Acknowledged {
                        reason: a.reason.clone(),
                        approved_by: a.approved_by.clone(),
                        expires: a.expires.clone(),
                    }
                }
                (_, _) if c.breaking => FindingStatus::Breaking,
                _ => FindingStatus::Compatible,
            };
            let fails_gate = reaches && !matches!(status, FindingStatus::Acknowledged { .. });
            result.findings.push(Finding {
                change: c,
                fingerprint: fp,
                status,
                fails_gate,
            });
        }
        version_problems(registry, &d, &mut result, opts, &tags)?;
        target_problems(registry, &d, &mut result, opts)?;
        deprecation_problems(
            registry,
            config,
            &d,
            &mut result,
            opts,
            &mut base_history,
            &mut used_acks,
        )?;
        result.findings.sort_by_key(|f| (!f.fails_gate, !f.change.breaking));
        result.passed = !result.findings.iter().any(|f| f.fails_gate) && !result.problems.iter().any(|p| p.fails_gate);
        schemas.push(result);
    }
    // Failing schemas first, then by name.
    schemas.sort_by(|a, b| (a.passed, &a.name).cmp(&(b.passed, &b.name)));
    let stale: Vec<AckRef> = config
        .acknowledged
        .iter()
        .zip(&used_acks)
        .filter(|(_, used)| !**used)
        .map(|(a, _)| AckRef {
            schema: a.schema.clone(),
            rule: a.rule.clone(),
            fingerprint: a.fingerprint.clone(),
            reason: a.reason.clone(),
        })
        .collect();
    let summary = Summary {
        schemas_checked: schemas.len(),
        breaking: schemas
            .iter()
            .flat_map(|s| &s.findings)
            .filter(|f| matches!(f.status, FindingStatus::Breaking))
            .count(),
        acknowledged: schemas
            .iter()
            .flat_map(|s| &s.findings)
            .filter(|f| matches!(f.status, FindingStatus::Acknowledged { .. }))
            .count(),
        non_breaking: schemas
            .iter()
            .flat_map(|s| &s.findings)
            .filter(|f| matches!(f.status, FindingStatus::Compatible))
            .count(),
        failed_schemas: schemas.iter().filter(|s| !s.passed).count(),
    };
    let passed = schemas.iter().all(|s| s.passed) && !report_problems.iter().any(|p| p.fails_gate);
    let commit = |rev: Rev| match rev {
        Rev::Commit(oid) => Some(oid.to_string()),
        _ => None,
    };
    Ok(GateReport {
        report_version: crate::report::gate::REPORT_VERSION,
        base: Revision {
            rev: opts.base_label.clone(),
            commit: commit(opts.base),
        },
        head: Revision {
            rev: opts.head_label.clone(),
            commit: commit(opts.head),
        },
        fail_on: opts.fail_on,
        passed,
        schemas,
        ignored,
        stale_acknowledgements: stale,
        problems: report_problems,
        summary,
    })
}

fn schema_result(d: &SchemaDiff) -> SchemaResult {
    let join = |files: &[crate::source::SourceFile], path: &Option<String>| -> Option<Arc<str>> {
        let path = path.as_ref()?;
        files
            .iter()
            .find(|f| &f.name == path)
            .map(|f| Arc::from(f.text.as_str()))
    };
    SchemaResult {
        name: d.name.clone(),
        status: match d.status {
            Status::Added => SchemaStatus::Added,
            Status::Removed => SchemaStatus::Removed,
            Status::Renamed => SchemaStatus::Renamed {
                from: d.old_path.clone().unwrap_or_default(),
            },
            _ => SchemaStatus::Modified,
        },
        old_path: d.old_path.clone(),
        new_path: d.new_path.clone(),
        mode: d.entry.compatibility.name(),
        current_version: None,
        required_bump: d.report.as_ref().map_or(
            if d.status == Status::Removed {
                Bump::Major
            } else {
                Bump::None
            },
            |r| r.required_bump,
        ),
        next_version: None,
        passed: true,
        findings: vec![],
        problems: vec![],
        old_source: join(&d.old_files, &d.old_path),
        new_source: join(&d.new_files, &d.new_path),
    }
}

/// The first live acknowledgement covering a finding.
fn find_ack(config: &Config, schema: &str, rule: &str, fingerprint: &str, today: i64) -> Option<usize> {
    config.acknowledged.iter().position(|a: &Acknowledgement| {
        let live = a.expires.as_deref().and_then(parse_date).is_none_or(|d| d >= today);
        let rule_ok = match (&a.rule, &a.fingerprint) {
            (_, Some(fp)) => fp == fingerprint,
            (Some(r), None) => r == "*" || r == rule,
            (None, None) => false,
        };
        live && rule_ok && name_glob_matches(&a.schema, schema)
    })
}

fn base_replay(registry: &Registry, base: Rev) -> Option<History> {
    match base {
        Rev::Commit(oid) => registry.history(Some(oid), &|_, _| {}).ok(),
        _ => registry
            .repo
            .head()
            .and_then(|h| registry.history(Some(h), &|_, _| {}).ok()),
    }
}

/// Changes that break the mode against released versions older than the base.
fn transitive_changes(
    registry: &Registry,
    history: &History,
    d: &SchemaDiff,
    old_path: &str,
    new_path: &str,
    opts: &GateOptions,
    warnings: &mut Vec<String>,
) -> Result<Vec<Change>> {
    let Some(lineage) = history
        .lineages
        .iter()
        .find(|l| l.path.as_deref() == Some(old_path))
        .or_else(|| history.find(&d.name))
    else {
        return Ok(vec![]);
    };
    let released: Vec<_> = {
        let tagged: Vec<_> = lineage.entries.iter().filter(|e| e.tag.is_some()).collect();
        if tagged.is_empty() {
            lineage
                .entries
                .iter()
                .filter(|e| e.kind == super::EntryKind::Version)
                .collect()
        } else {
            tagged
        }
    };
    let new_snap = registry.repo.snapshot(opts.head)?;
    let mut out: Vec<Change> = Vec::new();
    let seen: Vec<(String, String)> = d
        .report
        .iter()
        .flat_map(|r| &r.changes)
        .map(|c| (c.rule.to_string(), c.instance_path.clone()))
        .collect();
    let options = Options {
        mode: d.entry.compatibility.mode,
        open_content: d.entry.open_content,
        witnesses: opts.witnesses,
        protobuf_level: d.entry.protobuf_level,
    };
    // The last version is the base itself, already compared.
    for e in released.iter().take(released.len().saturating_sub(1)) {
        let snap = registry.repo.snapshot(Rev::Commit(history.commits[e.commit].id))?;
        let (Ok(mut a), Ok(mut b)) = (
            load_at(&snap, &e.path, &d.entry),
            load_at(&new_snap, new_path, &d.entry),
        ) else {
            warnings.push(format!(
                "{}: version {:?} could not be read for the transitive check",
                d.name, e.version
            ));
            continue;
        };
        let mut report = crate::format::diff(&mut a, &mut b, &options);
        super::apply_overrides(&mut report, &d.entry);
        for mut c in report.changes.into_iter().filter(|c| c.breaking) {
            let key = (c.rule.to_string(), c.instance_path.clone());
            if seen.contains(&key)
                || out
                    .iter()
                    .any(|o| o.rule == c.rule && o.instance_path == c.instance_path)
            {
                continue;
            }
            c.message = format!(
                "{} (against released version {})",
                c.message,
                e.version.as_ref().map_or_else(|| "?".into(), ToString::to_string)
            );
            out.push(c);
        }
    }
    Ok(out)
}

/// Declared versions and release tags smaller than the changes require.
fn version_problems(
    registry: &Registry,
    d: &SchemaDiff,
    result: &mut SchemaResult,
    opts: &GateOptions,
    tags: &[ReleaseTag],
) -> Result<()> {
    let (Some(old_path), Some(new_path)) = (&d.old_path, &d.new_path) else {
        return Ok(());
    };
    let required = d.report.as_ref().map_or(Bump::None, |r| r.required_bump);
    // The current version is the last release reachable from the base (a tag): cheap, and
    // what the next release is measured from. (`schemata log` has the per-commit lineage.)
    let base_version = match opts.base {
        Rev::Commit(base) => tags
            .iter()
            .filter(|t| t.name == d.name)
            .filter(|t| t.commit == base || registry.repo.git.graph_descendant_of(base, t.commit).unwrap_or(false))
            .map(|t| t.version.clone())
            .max(),
        _ => None,
    };
    if let Some(v) = &base_version {
        let next = bump_version(v, required);
        result.current_version = Some(v.to_string());
        result.next_version = Some(next.to_string());
    }
    let old_snap = registry.repo.snapshot(opts.base)?;
    let new_snap = registry.repo.snapshot(opts.head)?;
    let declared =
        |snap: &super::Snapshot, path: &str| load_at(snap, path, &d.entry).ok().as_ref().and_then(declared_version);
    if let Some(new_declared) = declared(&new_snap, new_path) {
        let old_declared = declared(&old_snap, old_path);
        if let Some(old) = old_declared {
            let min = bump_version(&old, required);
            if new_declared < min {
                result.problems.push(Problem {
                    kind: "version-too-small".into(),
                    message: format!(
                        "x-schemata-version {new_declared} is smaller than the {} bump the changes require: \
                         at least {min}",
                        required.as_str()
                    ),
                    file: Some(new_path.clone()),
                    line: None,
                    fails_gate: true,
                });
            }
            result.next_version = Some(new_declared.max(min).to_string());
        }
    }
    // A release tag on the proposed commit is held to the same bar.
    if let (Rev::Commit(head), Some(base)) = (opts.head, &base_version) {
        let min = bump_version(base, required);
        for t in tags
            .iter()
            .filter(|t| t.name == d.name && t.commit == head && t.version < min)
        {
            result.problems.push(Problem {
                kind: "version-too-small".into(),
                message: format!(
                    "tag {} is smaller than the changes since {base} require (at least {min})",
                    t.tag
                ),
                file: None,
                line: None,
                fails_gate: true,
            });
        }
    }
    Ok(())
}

/// A release tag: `<name>@<version>` on a commit.
pub struct ReleaseTag {
    pub name: String,
    pub version: semver::Version,
    pub commit: git2::Oid,
    pub tag: String,
}

/// Every tag that follows the config's tag format.
pub fn release_tags(registry: &Registry) -> Vec<ReleaseTag> {
    let mut out = Vec::new();
    let Ok(names) = registry.repo.git.tag_names(None) else {
        return out;
    };
    for tag in names.iter().flatten().flatten() {
        let Some((name, version)) = registry.config.parse_tag(tag) else {
            continue;
        };
        let Some(commit) = registry
            .repo
            .git
            .revparse_single(&format!("refs/tags/{tag}"))
            .ok()
            .and_then(|o| o.peel_to_commit().ok())
        else {
            continue;
        };
        out.push(ReleaseTag {
            name,
            version,
            commit: commit.id(),
            tag: tag.to_string(),
        });
    }
    out
}

/// A change that makes a schema unusable for an LLM provider it declares in `targets:`.
fn target_problems(registry: &Registry, d: &SchemaDiff, result: &mut SchemaResult, opts: &GateOptions) -> Result<()> {
    let profiles: Vec<crate::lint::Profile> = d
        .entry
        .targets
        .iter()
        .filter_map(|t| crate::lint::Profile::parse(t))
        .collect();
    let Some(new_path) = &d.new_path else { return Ok(()) };
    if profiles.is_empty() {
        return Ok(());
    }
    let read = |rev: Rev, path: &str| -> Option<crate::source::SourceFile> {
        let snap = registry.repo.snapshot(rev).ok()?;
        let text = crate::source::FileSource::read(&snap, path).ok()??;
        crate::format::parse(path.to_string(), path, text, d.entry.format).ok()
    };
    let Some(new_file) = read(opts.head, new_path) else {
        return Ok(());
    };
    let old_file = d.old_path.as_deref().and_then(|p| read(opts.base, p));
    for profile in profiles {
        let before: Vec<(&str, String)> = old_file
            .as_ref()
            .map(|f| {
                crate::format::profile_findings(f.name.as_str(), f, profile)
                    .into_iter()
                    .filter(|x| x.level == crate::lint::Level::Error)
                    .map(|x| (x.rule, x.pointer))
                    .collect()
            })
            .unwrap_or_default();
        for f in crate::format::profile_findings(new_path, &new_file, profile) {
            if f.level != crate::lint::Level::Error || before.contains(&(f.rule, f.pointer.clone())) {
                continue;
            }
            result.problems.push(Problem {
                kind: "target-unusable".into(),
                message: format!("no longer usable with {} ({}): {}", profile.as_str(), f.rule, f.message),
                file: Some(f.file),
                line: Some(f.line),
                fails_gate: true,
            });
        }
    }
    Ok(())
}

const REMOVAL_RULES: [&str; 19] = [
    "property-removed-from-closed-content",
    "property-removed-from-open-content",
    "enum-value-removed",
    // GraphQL: the elements `@deprecated` applies to.
    "output-field-removed",
    "output-field-removed-without-deprecation",
    "argument-removed",
    "input-field-removed",
    "input-enum-value-removed",
    "output-enum-value-removed",
    // Protobuf
    "field-deleted",
    "field-deleted-without-reserving-name",
    "field-deleted-without-reserving-number",
    "enum-value-deleted",
    "enum-value-deleted-without-reserving-name",
    "enum-value-deleted-without-reserving-number",
    "message-deleted",
    "enum-deleted",
    "service-deleted",
    "rpc-deleted",
];

/// Removals not announced with `deprecated: true` (when the config's policy asks for it).
#[allow(clippy::too_many_arguments)]
fn deprecation_problems(
    registry: &Registry,
    config: &Config,
    d: &SchemaDiff,
    result: &mut SchemaResult,
    opts: &GateOptions,
    base_history: &mut Option<Option<History>>,
    used_acks: &mut [bool],
) -> Result<()> {
    if !config.deprecation.require_before_removal {
        return Ok(());
    }
    let Some(old_path) = &d.old_path else { return Ok(()) };
    let old_snap = registry.repo.snapshot(opts.base)?;
    let Ok(old_graph) = load_at(&old_snap, old_path, &d.entry) else {
        return Ok(());
    };
    for f in &result.findings {
        if !REMOVAL_RULES.contains(&f.change.rule) {
            continue;
        }
        let Some(place) = &f.change.old else { continue };
        let marked = old_graph.deprecated_at(&place.file, &place.pointer);
        let mut problem = None;
        if !marked {
            let mark = if crate::format::graphql::level_of(f.change.rule).is_some() {
                "@deprecated"
            } else {
                "deprecated: true"
            };
            problem = Some(format!(
                "{} was removed without first being marked `{mark}`",
                describe(&f.change)
            ));
        } else if let Some(min_days) = config.deprecation.min_age_days {
            let history = base_history.get_or_insert_with(|| base_replay(registry, opts.base));
            if let Some(since) = history
                .as_ref()
                .and_then(|h| deprecated_since(registry, h, old_path, &place.file, &place.pointer))
            {
                let age = opts.today - since;
                if age < i64::from(min_days) {
                    problem = Some(format!(
                        "{} was marked deprecated {age} day(s) ago; the policy asks for {min_days}",
                        describe(&f.change)
                    ));
                }
            }
        }
        if let Some(message) = problem {
            let acked = find_ack(config, &d.name, f.change.rule, &f.fingerprint, opts.today);
            if let Some(k) = acked {
                used_acks[k] = true;
            }
            result.problems.push(Problem {
                kind: "deprecation-required".into(),
                message,
                file: Some(place.file.clone()),
                line: Some(place.line),
                fails_gate: acked.is_none(),
            });
        }
    }
    Ok(())
}

fn describe(c: &Change) -> String {
    if c.instance_path.is_empty() {
        format!("`{}` at the root", c.rule)
    } else {
        format!("`{}`", c.instance_path)
    }
}

/// The date (days since the epoch) of the oldest version, in an unbroken run up to the
/// base, whose document marks `pointer` deprecated.
fn deprecated_since(registry: &Registry, h: &History, path: &str, file: &str, pointer: &str) -> Option<i64> {
    let lineage = h.lineages.iter().find(|l| l.path.as_deref() == Some(path))?;
    let mut since = None;
    for e in lineage
        .entries
        .iter()
        .rev()
        .filter(|e| e.kind == super::EntryKind::Version)
    {
        let snap = registry.repo.snapshot(Rev::Commit(h.commits[e.commit].id)).ok()?;
        let entry = registry.config.entry_for(&e.path)?;
        let doc = load_at(&snap, &e.path, entry).ok()?;
        if !doc.files().iter().any(|f| f.name == file) || !doc.deprecated_at(file, pointer) {
            break;
        }
        since = Some(h.commits[e.commit].time.div_euclid(86_400));
    }
    since
}

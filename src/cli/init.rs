use super::common::{self, TextOrJson};
use super::{Context, Outcome};
use schemata::Error;
use schemata::registry::config::{Config, DEFAULT_GLOBS, FILE_NAME};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Write a commented `schemata.yaml` from the schemas found in the working tree.
///
/// Looks for schemas with the default globs, lists what it found in the file's comments and
/// never overwrites an existing config (exit 2).
#[derive(clap::Args)]
pub struct InitArgs {
    /// Where to write the config (default: `schemata.yaml` at the repository root, or here).
    #[arg(long, value_name = "PATH")]
    output: Option<PathBuf>,
    /// Output format: a sentence, or JSON (`path`, `schema_files`, and the files per glob).
    #[arg(long, value_enum, default_value = "text")]
    format: TextOrJson,
}

pub fn run(args: InitArgs, ctx: &Context, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    let cwd = std::env::current_dir().map_err(|e| Error::io(".", &e))?;
    let root = git2::Repository::discover(&cwd)
        .ok()
        .and_then(|r| r.workdir().map(Path::to_path_buf))
        .unwrap_or_else(|| cwd.clone());
    let target = args
        .output
        .or_else(|| ctx.config.clone())
        .unwrap_or_else(|| root.join(FILE_NAME));
    if target.exists() {
        return Err(Error::config(format!("{} already exists", target.display()))
            .with_hint("schemata init never overwrites a config; edit it, or delete it first"));
    }
    let config = Config::default();
    let mut found: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for entry in walkdir::WalkDir::new(&root)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            let n = e.file_name().to_string_lossy();
            e.depth() == 0 || !(n == ".git" || n == "target" || n == "node_modules")
        })
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
    {
        let Ok(rel) = entry.path().strip_prefix(&root) else {
            continue;
        };
        let rel = rel.to_string_lossy().replace('\\', "/");
        if let Some(e) = config.entry_for(&rel) {
            let glob = DEFAULT_GLOBS
                .iter()
                .find(|g| **g == e.path)
                .copied()
                .unwrap_or(DEFAULT_GLOBS[0]);
            found.entry(glob).or_default().push(rel);
        }
    }
    let text = render(&found);
    // Validate what we write with the same reader that will read it.
    Config::parse(FILE_NAME, &text)?;
    write_new(&target, &text)?;
    let count: usize = found.values().map(Vec::len).sum();
    match args.format {
        TextOrJson::Text => {
            let _ = writeln!(
                out,
                "wrote {} ({count} schema file{} found)",
                target.display(),
                if count == 1 { "" } else { "s" }
            );
        }
        TextOrJson::Json => {
            let globs: Vec<serde_json::Value> = found
                .iter()
                .map(|(glob, files)| serde_json::json!({ "path": glob, "files": files }))
                .collect();
            out.extend_from_slice(
                common::json(&serde_json::json!({
                    "wrote": target.display().to_string(),
                    "schema_files": count,
                    "schemas": globs,
                }))?
                .as_bytes(),
            );
        }
    }
    Ok(Outcome::Success)
}

fn render(found: &BTreeMap<&str, Vec<String>>) -> String {
    let mut s = String::from(
        "# schemata.yaml: which files are schemas, and how they are versioned and gated.\n\
         # Every key is documented in docs/config.md.\n\n\
         schemas:\n",
    );
    let globs: Vec<&str> = if found.is_empty() {
        DEFAULT_GLOBS.to_vec()
    } else {
        found.keys().copied().collect()
    };
    for glob in globs {
        let files = found.get(glob).map_or(&[][..], Vec::as_slice);
        if files.is_empty() {
            s.push_str("  # (no file matches this glob yet)\n");
        } else {
            s.push_str(&format!(
                "  # {} file{}:",
                files.len(),
                if files.len() == 1 { "" } else { "s" }
            ));
            for f in files.iter().take(5) {
                s.push_str(&format!(" {f}"));
            }
            if files.len() > 5 {
                s.push_str(" …");
            }
            s.push('\n');
        }
        let reading = if glob.ends_with(".proto") {
            "protobuf_level: file    # file | package | wire_json | wire | confluent (docs/formats/protobuf.md)"
        } else {
            "open_content: strict    # strict | lenient (assume producers send no undeclared properties)"
        };
        s.push_str(&format!(
            "  - path: \"{glob}\"\n\
             \x20   format: auto            # auto | jsonschema | avro | protobuf\n\
             \x20   compatibility: backward # backward | forward | full | none | *_transitive\n\
             \x20   {reading}\n\
             \x20   # owners: [\"@team\"]\n\
             \x20   # consumers: [\"some-service\"]\n\
             \x20   # rules: {{ description-changed: off }}   # off | breaking | compatible\n"
        ));
    }
    s.push_str(
        "\nversioning:\n\
         \x20 initial: 1.0.0\n\
         \x20 tag_format: \"{name}@{version}\"\n\
         \n\
         # Reviewed, intentional breaks pass the gate and still show in reports:\n\
         # acknowledged:\n\
         #   - schema: schemas/order\n\
         #     rule: enum-value-removed      # or fingerprint: <hex from a report>\n\
         #     reason: \"paid status was never emitted\"\n\
         #     approved_by: \"@lead\"\n\
         #     expires: 2027-01-31\n\
         \n\
         # Findings dropped from every report (the count is still shown):\n\
         # ignore:\n\
         #   - schema: \"legacy/**\"\n\
         #     rule: \"*\"\n",
    );
    s
}

/// Writes a file that must not exist yet, atomically: a temporary file, then a hard link.
fn write_new(target: &Path, text: &str) -> Result<(), Error> {
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = dir.join(format!(".schemata-init-{}.tmp", std::process::id()));
    let io = |e: std::io::Error| Error::io(target.display().to_string(), &e);
    std::fs::write(&tmp, text).map_err(io)?;
    let linked = std::fs::hard_link(&tmp, target);
    let _ = std::fs::remove_file(&tmp);
    linked.map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            Error::config(format!("{} already exists", target.display())).with_hint("nothing was written")
        } else {
            io(e)
        }
    })
}

use super::{Format, Outcome};
use schemata::diff::{Mode, OpenContent, Options};
use schemata::{Error, report};
use std::io::IsTerminal;
use std::path::PathBuf;

/// Compare two versions of a schema and classify every change.
///
/// Exits 0 whenever the comparison ran, whatever it found (use `schemata check` for a
/// gate), and 2 on any error.
#[derive(clap::Args)]
pub struct DiffArgs {
    /// The previous version (JSON or YAML).
    old: PathBuf,
    /// The proposed version (JSON or YAML).
    new: PathBuf,
    /// Which direction of compatibility the schema promises.
    #[arg(long, value_parser = ["backward", "forward", "full", "none"], default_value = "backward")]
    mode: String,
    /// How to read objects that do not forbid undeclared properties.
    #[arg(long, value_parser = ["strict", "lenient"], default_value = "strict")]
    open_content: String,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Skip building witness documents (faster on very large schemas).
    #[arg(long)]
    no_witness: bool,
}

pub fn run(args: DiffArgs, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    let options = Options {
        mode: Mode::parse(&args.mode).expect("clap checked it"),
        open_content: OpenContent::parse(&args.open_content).expect("clap checked it"),
        witnesses: !args.no_witness,
    };
    let mut old = schemata::load_path(&args.old, &schemata::registry_root_for(&args.old))?;
    let mut new = schemata::load_path(&args.new, &schemata::registry_root_for(&args.new))?;
    let result = schemata::diff(&mut old, &mut new, &options);
    let text = match args.format {
        Format::Json => report::json::render_diff(&result, &old.files[0].name, &new.files[0].name),
        Format::Text => {
            let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            let sources: Vec<&schemata::source::SourceFile> = old.files.iter().chain(new.files.iter()).collect();
            report::text::render_diff(&result, &sources, color)
        }
        Format::Markdown => {
            return Err(Error::usage("diff supports --format text or json").with_hint("use `--format json`"));
        }
    };
    out.extend_from_slice(text.as_bytes());
    // The process ends right after; freeing two large graphs piece by piece is wasted time.
    std::mem::forget((old, new, result));
    Ok(Outcome::Success)
}

//! What the registry commands share: opening the registry, the progress bar, output helpers.

use super::Context;
use schemata::Error;
use schemata::registry::{History, Registry};
use std::io::IsTerminal;

/// `--format` for commands that print text or JSON.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TextOrJson {
    Text,
    Json,
}

/// Opens the registry around the current directory.
pub fn open(ctx: &Context) -> Result<Registry, Error> {
    let cwd = std::env::current_dir().map_err(|e| Error::io(".", &e))?;
    Registry::open(&cwd, ctx.config.as_deref())
}

/// Whether coloured output is wanted on stdout: a terminal that can show it (`TERM=dumb`
/// cannot), and no `NO_COLOR`.
pub fn color() -> bool {
    std::io::stdout().is_terminal() && schemata::report::color_allowed(|k| std::env::var_os(k))
}

/// Replays history with a progress bar on stderr when it is a terminal and the work is long.
pub fn history(registry: &Registry, tip: Option<git2::Oid>) -> Result<History, Error> {
    let bar = if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::hidden();
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} replaying history {bar:30} {pos}/{len} schemas")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Some(bar)
    } else {
        None
    };
    let started = std::time::Instant::now();
    let progress = |done: usize, total: usize| {
        if let Some(bar) = &bar {
            // Short replays finish before the bar would be worth drawing.
            if bar.is_hidden() && started.elapsed() > std::time::Duration::from_millis(300) {
                bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
            }
            bar.set_length(total as u64);
            bar.set_position(done as u64);
        }
    };
    let result = registry.history(tip, &progress);
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let history = result?;
    warn_all(&history.warnings);
    Ok(history)
}

/// Prints warnings to stderr.
pub fn warn_all(warnings: &[String]) {
    for w in warnings {
        eprintln!("warning: {w}");
    }
}

/// Pretty JSON plus a newline.
pub fn json(value: &impl serde::Serialize) -> Result<String, Error> {
    serde_json::to_string_pretty(value)
        .map(|s| s + "\n")
        .map_err(|e| Error::usage(format!("cannot render JSON: {e}")))
}

/// Version text, or `-`.
pub fn v(version: Option<&semver::Version>) -> String {
    version.map_or_else(|| "-".to_string(), |v| v.to_string())
}

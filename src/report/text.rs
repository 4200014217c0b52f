//! The human report: one block per change with a source snippet (miette), then the verdict.

use super::Sources;
use crate::DiffReport;
use crate::diff::{Change, Place};
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource};
use std::fmt::Write;

pub fn render_diff(report: &DiffReport, sources: &dyn Sources, color: bool) -> String {
    let mut s = String::new();
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_context_lines(1);
    for c in &report.changes {
        let severity = if c.breaking {
            miette::Severity::Error
        } else if c.effect == crate::Effect::Annotation {
            miette::Severity::Advice
        } else {
            miette::Severity::Warning
        };
        let _ = write!(s, "{}", block(c, severity, sources, &handler));
    }
    for place in &report.external_refs {
        let _ = writeln!(
            s,
            "note: {}:{}:{}: $ref to a remote or outside schema is reported, not fetched",
            place.file, place.line, place.column
        );
    }
    for w in &report.warnings {
        let _ = writeln!(s, "warning: {w}");
    }
    let breaking = report.changes.iter().filter(|c| c.breaking).count();
    let verdict = if report.compatible {
        "compatible"
    } else {
        "INCOMPATIBLE"
    };
    let _ = writeln!(
        s,
        "{verdict} under {} ({} open content): {} change{}, {breaking} breaking; required bump: {}",
        report.mode.as_str(),
        match report.open_content {
            crate::OpenContent::Strict => "strict",
            crate::OpenContent::Lenient => "lenient",
        },
        report.changes.len(),
        if report.changes.len() == 1 { "" } else { "s" },
        report.required_bump.as_str()
    );
    s
}

/// One change as a miette block (rule, effect, snippet, witness), for other renderers.
pub fn change_block(c: &Change, sources: &dyn Sources, color: bool) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_context_lines(1);
    let severity = if c.breaking {
        miette::Severity::Error
    } else if c.effect == crate::Effect::Annotation {
        miette::Severity::Advice
    } else {
        miette::Severity::Warning
    };
    block(c, severity, sources, &handler)
}

fn block(c: &Change, severity: miette::Severity, sources: &dyn Sources, handler: &GraphicalReportHandler) -> String {
    let mut out = String::new();
    let mut diag = MietteDiagnostic::new(c.message.clone())
        .with_code(format!(
            "{} ({}{})",
            c.rule,
            c.effect.as_str(),
            if c.breaking { ", breaking" } else { "" }
        ))
        .with_severity(severity);
    // The snippet shows NEW where the change is visible there, else OLD.
    let primary = c
        .new
        .as_ref()
        .filter(|p| !p.pointer.is_empty() || c.old.is_none())
        .or(c.old.as_ref());
    let mut source = None;
    // Minified files put everything on one line: a snippet would be unreadable (and miette
    // cannot lay out lines that long), so those changes show their locations only.
    if let Some(place) = primary
        && let Some(text) = sources
            .text_of_side(&place.file, Some(place) == c.new.as_ref())
            .filter(|t| snippet_fits(t, place.line))
    {
        let offset = offset_of(text, place.line, place.column);
        let label = if Some(place) == c.new.as_ref() { "new" } else { "old" };
        diag = diag.with_label(LabeledSpan::at(offset..offset + 1, label));
        source = Some(NamedSource::new(place.file.clone(), text.to_string()));
    }
    let mut help = Vec::new();
    if let (Some(o), Some(n)) = (&c.old, &c.new) {
        help.push(format!("old: {}  new: {}", loc(o), loc(n)));
    }
    if let Some(w) = &c.witness {
        let side = match w.accepted_by {
            crate::witness::Side::Old => "accepted by old, rejected by new",
            crate::witness::Side::New => "accepted by new, rejected by old",
        };
        help.push(format!(
            "witness ({side}): {}",
            serde_json::to_string(&w.document).unwrap_or_default()
        ));
    }
    if !help.is_empty() {
        diag = diag.with_help(help.join("\n"));
    }
    let report = match source {
        Some(src) => miette::Report::new(diag).with_source_code(src),
        None => miette::Report::new(diag),
    };
    let _ = handler.render_report(&mut out, report.as_ref());
    out.push('\n');
    out
}

/// Whether the line and its neighbours are short enough to show.
fn snippet_fits(text: &str, line: u32) -> bool {
    const MAX_LINE: usize = 400;
    let first = line.saturating_sub(2) as usize;
    text.lines().skip(first).take(3).all(|l| l.chars().count() <= MAX_LINE)
}

fn loc(p: &Place) -> String {
    format!("{}:{}:{} (#{})", p.file, p.line, p.column, p.pointer)
}

/// Byte offset of a 1-based line and (character) column.
fn offset_of(text: &str, line: u32, column: u32) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1) as usize)
        .map(str::len)
        .sum();
    let rest = &text[start.min(text.len())..];
    let col: usize = rest
        .chars()
        .take(column.saturating_sub(1) as usize)
        .map(char::len_utf8)
        .sum();
    (start + col).min(text.len().saturating_sub(1))
}

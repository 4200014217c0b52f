//! The human report: one block per change with a source snippet (miette), then the verdict.

use super::Sources;
use crate::DiffReport;
use crate::change::{Change, Place};
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic};
use std::fmt::Write;

pub fn render_diff(report: &DiffReport, sources: &dyn Sources, color: bool) -> String {
    let mut s = String::new();
    let handler = handler(color);
    for c in &report.changes {
        s.push_str(&block(c, sources, &handler));
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
    block(c, sources, &handler(color))
}

/// The snippet renderer: unicode frames, coloured or not, one line of context.
fn handler(color: bool) -> GraphicalReportHandler {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_context_lines(1)
}

fn block(c: &Change, sources: &dyn Sources, handler: &GraphicalReportHandler) -> String {
    let severity = if c.breaking {
        miette::Severity::Error
    } else if c.effect == crate::Effect::Annotation {
        miette::Severity::Advice
    } else {
        miette::Severity::Warning
    };
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
        && let Some(text) = sources.text_of_side(&place.file, Some(place) == c.new.as_ref())
        && let Some(excerpt) = Excerpt::around(&place.file, text, place.line, place.column)
    {
        let label = if Some(place) == c.new.as_ref() { "new" } else { "old" };
        diag = diag.with_label(LabeledSpan::at(excerpt.target..excerpt.target + 1, label));
        source = Some(excerpt);
    }
    let mut help = Vec::new();
    if let (Some(o), Some(n)) = (&c.old, &c.new) {
        help.push(format!("old: {}  new: {}", loc(o), loc(n)));
    }
    if let Some(w) = &c.witness {
        let side = match w.accepted_by {
            crate::change::Side::Old => "accepted by old, rejected by new",
            crate::change::Side::New => "accepted by new, rejected by old",
        };
        match &w.description {
            Some(d) => help.push(format!("witness ({side}): {d}")),
            None => help.push(format!(
                "witness ({side}): {}",
                serde_json::to_string(&w.document).unwrap_or_default()
            )),
        }
        // An operation without variables needs no `{}` line.
        let no_variables = w.text.is_some() && w.document.as_object().is_some_and(|m| m.is_empty());
        if w.description.is_some() && !no_variables {
            help.push(format!("  {}", serde_json::to_string(&w.document).unwrap_or_default()));
        }
        if let Some(t) = &w.text {
            help.extend(t.lines().map(|l| format!("  {l}")));
        }
        if let Some(hex) = &w.encoded {
            help.push(format!("  bytes: {hex}"));
        }
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

/// The few lines around a place, cut out of a file so that a snippet costs the same in a
/// 5 MB file as in a small one; spans and line numbers stay those of the whole file.
struct Excerpt {
    name: String,
    text: String,
    /// Byte offset of `text` in the file, and its 0-based first line.
    offset: usize,
    line: usize,
    /// Byte offset of the place in the file.
    target: usize,
}

impl Excerpt {
    fn around(name: &str, text: &str, line: u32, column: u32) -> Option<Excerpt> {
        if !snippet_fits(text, line) {
            return None;
        }
        let starts = line_starts(text);
        let line0 = (line.max(1) - 1) as usize;
        let first = line0.saturating_sub(3);
        let start = *starts.get(first)?;
        let end = starts.get(line0 + 4).copied().unwrap_or(text.len());
        let line_start = *starts.get(line0)?;
        let col: usize = text[line_start..]
            .chars()
            .take_while(|c| *c != '\n')
            .take(column.saturating_sub(1) as usize)
            .map(char::len_utf8)
            .sum();
        let target = (line_start + col).min(text.len().saturating_sub(1));
        Some(Excerpt {
            name: name.to_string(),
            text: text[start..end].to_string(),
            offset: start,
            line: first,
            target,
        })
    }
}

impl miette::SourceCode for Excerpt {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let local = miette::SourceSpan::new(span.offset().saturating_sub(self.offset).into(), span.len());
        let inner = self.text.read_span(&local, context_lines_before, context_lines_after)?;
        let absolute = miette::SourceSpan::new((inner.span().offset() + self.offset).into(), inner.span().len());
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            absolute,
            inner.line() + self.line,
            inner.column(),
            inner.line_count(),
        )))
    }
}

/// Byte offsets where the lines of a text start, computed once per text and kept for the
/// next snippet in the same file.
fn line_starts(text: &str) -> std::rc::Rc<Vec<usize>> {
    type Cached = Vec<(usize, usize, std::rc::Rc<Vec<usize>>)>;
    thread_local! {
        static CACHE: std::cell::RefCell<Cached> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let key = (text.as_ptr() as usize, text.len());
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if let Some((_, _, v)) = c.iter().find(|(p, l, _)| (*p, *l) == key) {
            return v.clone();
        }
        let mut v = vec![0];
        v.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let v = std::rc::Rc::new(v);
        if c.len() >= 8 {
            c.remove(0);
        }
        c.push((key.0, key.1, v.clone()));
        v
    })
}

/// Whether the line and its neighbours are short enough to show.
fn snippet_fits(text: &str, line: u32) -> bool {
    const MAX_LINE: usize = 400;
    let starts = line_starts(text);
    let first = line.saturating_sub(2) as usize;
    (first..first + 3).all(|i| match starts.get(i) {
        Some(&s) => {
            let e = starts.get(i + 1).copied().unwrap_or(text.len());
            text[s..e].chars().count() <= MAX_LINE + 1
        }
        None => true,
    })
}

fn loc(p: &Place) -> String {
    format!("{}:{}:{} (#{})", p.file, p.line, p.column, p.pointer)
}

//! Line-oriented formats: `human` (miette reports), `concise` and `github`.

use std::io::{self, IsTerminal, Write};

use analyzer::{Finding, Severity};
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};

use super::{Outcome, Run};
use crate::report::escape;

/// A finding as a miette diagnostic: rule id as code, label under the exact span, help
/// (its source is the file's, which [`Shown`] gives).
struct FindingReport<'f> {
    finding: &'f Finding,
}

impl std::fmt::Debug for FindingReport<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.finding.message)
    }
}

impl std::fmt::Display for FindingReport<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "[{}] {}", self.finding.severity, self.finding.message)
    }
}

impl std::error::Error for FindingReport<'_> {}

impl Diagnostic for FindingReport<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new(format!(
            "{} {}",
            self.finding.rule_id, self.finding.name
        )))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::High => miette::Severity::Error,
            Severity::Medium => miette::Severity::Warning,
            Severity::Low | Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new(format!(
            "{} (pyjail explain {})",
            self.finding.help, self.finding.rule_id
        )))
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let (start, end) = self.finding.range;
        let label = format!("{} {}", self.finding.rule_id, self.finding.severity);
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(Some(label), (start, end.saturating_sub(start))),
        )))
    }
}

/// How much of a long line is shown on each side of what a diagnostic points at, and how
/// much of that is underlined. A minified or generated file's one line can be megabytes long,
/// and miette pads to a label's column with a format width, which panics past 65,535.
const SHOWN_AROUND: usize = 120;
const UNDERLINED: usize = 240;

/// A diagnostic as `human` shows it on a terminal. The file is the author's, who may be
/// hostile: its text (the source, and messages and labels quoting it) is shown with every
/// control or reordering character ([`crate::report::needs_escape`]) made visible, so that
/// nothing in it can move the cursor, clear the screen or hide a finding. Its labels
/// underline at most [`UNDERLINED`] bytes, and a long line is shown in part ([`Windowed`]).
struct Shown<'a> {
    inner: &'a dyn Diagnostic,
    source: Option<Windowed<'a>>,
}

impl<'a> Shown<'a> {
    /// `source`: the diagnostic's source as [`shown_source`] gives it.
    fn new(inner: &'a dyn Diagnostic, source: Option<&'a (Option<String>, String)>) -> Shown<'a> {
        Shown {
            inner,
            source: source.map(|(name, text)| Windowed {
                name: name.as_deref(),
                text,
            }),
        }
    }
}

/// A diagnostic's source, whole, with its name, as it may be shown: each character that
/// [`crate::report::needs_escape`] (but line ends and tabs) replaced by as many `?` as it
/// has bytes, and a carriage return that ends a line alone (Python's old Mac line end) by
/// `\n`, so that every offset into it stays right and its lines are the ones Python and
/// the findings count. Left as it was, such a return would send the terminal's cursor back
/// over the line: `os.system("id")\r# a comment` would show as the comment alone.
fn shown_source(diagnostic: &dyn Diagnostic) -> Option<(Option<String>, String)> {
    let whole = diagnostic
        .source_code()?
        .read_span(&SourceSpan::new(0.into(), 0), usize::MAX, usize::MAX)
        .ok()?;
    Some(shown_text(
        whole.name(),
        &String::from_utf8_lossy(whole.data()),
    ))
}

/// `name` escaped and `text` as [`shown_source`] shows it.
fn shown_text(name: Option<&str>, text: &str) -> (Option<String>, String) {
    let mut shown = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() != Some(&'\n') {
            shown.push('\n');
        } else if matches!(c, '\n' | '\r' | '\t') || !crate::report::needs_escape(c) {
            shown.push(c);
        } else {
            shown.extend(std::iter::repeat_n('?', c.len_utf8()));
        }
    }
    (name.map(|name| escape(name).into_owned()), shown)
}

impl std::fmt::Debug for Shown<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.inner, f)
    }
}

impl std::fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&escape(&self.inner.to_string()))
    }
}

impl std::error::Error for Shown<'_> {}

impl Diagnostic for Shown<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn std::fmt::Display + 'b>> {
        self.inner.code()
    }

    fn severity(&self) -> Option<miette::Severity> {
        self.inner.severity()
    }

    fn help<'b>(&'b self) -> Option<Box<dyn std::fmt::Display + 'b>> {
        let help = self.inner.help()?.to_string();
        Some(Box::new(escape(&help).into_owned()))
    }

    fn url<'b>(&'b self) -> Option<Box<dyn std::fmt::Display + 'b>> {
        self.inner.url()
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|source| source as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let labels = self.inner.labels()?.map(|label| {
            let span = (label.offset(), label.len().min(UNDERLINED));
            let text = label.label().map(|text| escape(text).into_owned());
            if label.primary() {
                LabeledSpan::new_primary_with_span(text, span)
            } else {
                LabeledSpan::new_with_span(text, span)
            }
        });
        Some(Box::new(labels))
    }

    fn related<'b>(&'b self) -> Option<Box<dyn Iterator<Item = &'b dyn Diagnostic> + 'b>> {
        self.inner.related()
    }

    fn diagnostic_source(&self) -> Option<&dyn Diagnostic> {
        self.inner.diagnostic_source()
    }
}

/// A named source whose line longer than a window is shown only around the span asked for
/// ([`SHOWN_AROUND`] bytes on each side of its first [`UNDERLINED`], at character boundaries,
/// without context lines); other lines as they are.
struct Windowed<'a> {
    name: Option<&'a str>,
    text: &'a str,
}

impl SourceCode for Windowed<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let contents = self.text.read_span(span, before, after)?;
        let named = |data, span, line, column, line_count| -> Box<dyn SpanContents<'b> + 'b> {
            Box::new(match self.name {
                Some(name) => MietteSpanContents::new_named(
                    name.to_string(),
                    data,
                    span,
                    line,
                    column,
                    line_count,
                ),
                None => MietteSpanContents::new(data, span, line, column, line_count),
            })
        };
        let data = contents.data();
        let base = contents.span().offset();
        let at = span.offset().saturating_sub(base).min(data.len());
        let end = (at + span.len()).min(data.len());
        let line_start = data[..at]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let line_end = data[end..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(data.len(), |i| end + i);
        if line_end - line_start <= 2 * SHOWN_AROUND + UNDERLINED {
            return Ok(named(
                data,
                *contents.span(),
                contents.line(),
                contents.column(),
                contents.line_count(),
            ));
        }
        let boundary = |i: usize| i >= data.len() || (data[i] as i8) >= -0x40;
        let mut from = at.saturating_sub(SHOWN_AROUND).max(line_start);
        while !boundary(from) {
            from -= 1;
        }
        let mut to = (at + span.len().min(UNDERLINED) + SHOWN_AROUND).min(line_end);
        while !boundary(to) {
            to += 1;
        }
        let line = contents.line() + data[..from].iter().filter(|&&b| b == b'\n').count();
        let column = if line_start == 0 {
            contents.column()
        } else {
            0
        } + String::from_utf8_lossy(&data[line_start..from])
            .chars()
            .count();
        let window = SourceSpan::new((base + from).into(), to - from);
        Ok(named(&data[from..to], window, line, column, 1))
    }
}

fn handler(to_terminal: bool) -> GraphicalReportHandler {
    let colour = to_terminal && std::env::var_os("NO_COLOR").is_none();
    let theme = if colour {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    GraphicalReportHandler::new_themed(theme).with_width(100)
}

pub fn human(run: &Run, out: &mut dyn Write) -> io::Result<()> {
    let findings_handler = handler(io::stdout().is_terminal());
    let errors_handler = handler(io::stderr().is_terminal());
    let mut stderr = io::stderr().lock();
    for file in &run.files {
        match &file.outcome {
            Outcome::Linted(linted) => {
                if let Some(error) = &linted.error {
                    let mut rendered = String::new();
                    let source = shown_source(error);
                    let shown = Shown::new(error, source.as_ref());
                    let _ = errors_handler.render_report(&mut rendered, &shown);
                    let what = if linted.findings.is_empty() {
                        "cannot lint"
                    } else {
                        "cannot lint all of it (findings in the rest below)"
                    };
                    writeln!(stderr, "{}: {what}\n{rendered}", escape(&file.path))?;
                }
                if let (Some(text), false) = (&file.source, linted.findings.is_empty()) {
                    // The file's text as shown, made once for all its findings.
                    let shown_source = shown_text(Some(&file.path), text);
                    for finding in &linted.findings {
                        let report = FindingReport { finding };
                        let mut rendered = String::new();
                        let shown = Shown::new(&report, Some(&shown_source));
                        let _ = findings_handler.render_report(&mut rendered, &shown);
                        writeln!(out, "{rendered}")?;
                    }
                }
                if let Some(note) = super::left_out_note(linted) {
                    writeln!(out, "{}: {note}", escape(&file.path))?;
                }
            }
            Outcome::Input(error) => writeln!(stderr, "pyjail: error: {}", error.message)?,
        }
    }
    for file in &run.files {
        if let Outcome::Linted(linted) = &file.outcome {
            let capabilities = analyzer::summarize(&linted.findings);
            if !capabilities.is_empty() {
                let capabilities = capabilities.join(" · ");
                writeln!(out, "{}: {capabilities}", escape(&file.path))?;
            }
        }
    }
    writeln!(out, "{}", summary(run))
}

/// One line: what was found where, and what could not be linted.
fn summary(run: &Run) -> String {
    let total = run.findings().count();
    let linted = run
        .files
        .iter()
        .filter(|f| matches!(f.outcome, Outcome::Linted(_)))
        .count();
    let mut line = if total == 0 {
        format!("pyjail: no findings in {linted} file{}", plural(linted))
    } else {
        let by: Vec<String> = Severity::ALL
            .iter()
            .rev()
            .filter_map(|sev| {
                let n = run.findings().filter(|(_, f)| f.severity == *sev).count();
                (n > 0).then(|| format!("{n} {sev}"))
            })
            .collect();
        let files = run
            .files
            .iter()
            .filter(|f| matches!(&f.outcome, Outcome::Linted(l) if !l.findings.is_empty()))
            .count();
        format!(
            "pyjail: {total} finding{} ({}) in {files} of {linted} file{}",
            plural(total),
            by.join(", "),
            plural(linted)
        )
    };
    let left_out: usize = run.left_out().map(|(_, l)| l.count).sum();
    if left_out > 0 {
        line.push_str(&format!(
            "; {left_out} more not listed (at most {} a file)",
            analyzer::MAX_FINDINGS
        ));
    }
    let suppressed = run.suppressed_count();
    if suppressed > 0 {
        line.push_str(&format!(
            "; {suppressed} suppressed by `# pyjail: ignore` comments"
        ));
    }
    let errors = run.error_count();
    if errors > 0 {
        line.push_str(&format!(
            "; {errors} input{} could not be linted",
            plural(errors)
        ));
    }
    line
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `path:line:col: ID [severity] message`, one a line; errors on stderr (the lines are
/// [`Finding::concise`] and [`analyzer::SourceError::concise`]).
pub fn concise(run: &Run, out: &mut dyn Write) -> io::Result<()> {
    let mut stderr = io::stderr().lock();
    for file in &run.files {
        match &file.outcome {
            Outcome::Linted(linted) => {
                if let Some(error) = &linted.error {
                    writeln!(stderr, "{}", escape(&error.concise(&file.path)))?;
                }
                for f in &linted.findings {
                    writeln!(out, "{}", escape(&f.concise(&file.path)))?;
                }
                if let Some(note) = super::left_out_note(linted) {
                    writeln!(stderr, "{}: {note}", escape(&file.path))?;
                }
            }
            Outcome::Input(error) => {
                let line = format!("{}: error[{}]: {}", file.path, error.kind, error.message);
                writeln!(stderr, "{}", escape(&line))?
            }
        }
    }
    Ok(())
}

/// GitHub Actions workflow commands: annotations on the pull request's diff.
pub fn github(run: &Run, out: &mut dyn Write) -> io::Result<()> {
    for file in &run.files {
        match &file.outcome {
            Outcome::Linted(linted) => {
                if let Some(error) = &linted.error {
                    match error.location() {
                        Some(at) => writeln!(
                            out,
                            "::error file={},line={},col={},title={}::{}",
                            property(&file.path),
                            at.start.line,
                            at.start.column,
                            property(&format!("pyjail {}", error.kind())),
                            data(&error.to_string())
                        )?,
                        None => writeln!(
                            out,
                            "::error file={},title={}::{}",
                            property(&file.path),
                            property(&format!("pyjail {}", error.kind())),
                            data(&error.to_string())
                        )?,
                    }
                }
                for f in &linted.findings {
                    let level = match f.severity {
                        Severity::High => "error",
                        Severity::Medium => "warning",
                        Severity::Low | Severity::Info => "notice",
                    };
                    writeln!(
                        out,
                        "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                        property(&file.path),
                        f.start.line,
                        f.start.column,
                        f.end.line,
                        f.end.column,
                        property(&f.rule_id),
                        data(&f.message)
                    )?;
                }
                if let Some(note) = super::left_out_note(linted) {
                    writeln!(
                        out,
                        "::warning file={},title={}::{}",
                        property(&file.path),
                        property("pyjail findings not listed"),
                        data(&note)
                    )?;
                }
            }
            Outcome::Input(error) => writeln!(
                out,
                "::error file={},title={}::{}",
                property(&file.path),
                property(&format!("pyjail {}", error.kind)),
                data(&error.message)
            )?,
        }
    }
    Ok(())
}

/// Escaping of a workflow command's message.
fn data(text: &str) -> String {
    let text = text
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    escape(&text).into_owned()
}

/// Escaping of a workflow command's property value.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_carriage_return_is_shown_as_the_line_end_python_reads() {
        let text = "import os\ros.system('id')\r# a comment\r\nx = 1\x1b[2K\n";
        let (_, shown) = shown_text(None, text);
        assert_eq!(
            shown,
            "import os\nos.system('id')\n# a comment\r\nx = 1?[2K\n"
        );
        assert_eq!(shown.len(), text.len());
    }

    #[test]
    fn workflow_command_escaping() {
        assert_eq!(data("50%\nnext"), "50%25%0Anext");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}

//! Line-oriented formats: `human` (miette reports), `concise` and `github`.

use std::io::{self, IsTerminal, Write};
use std::sync::Arc;

use analyzer::{Finding, Severity};
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode,
};

use super::{Outcome, Run};

/// A finding as a miette diagnostic: rule id as code, label under the exact span, help.
struct FindingReport<'f> {
    finding: &'f Finding,
    source: NamedSource<Arc<String>>,
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

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let (start, end) = self.finding.range;
        let label = format!("{} {}", self.finding.rule_id, self.finding.severity);
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(Some(label), (start, end.saturating_sub(start))),
        )))
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
                    let _ = errors_handler.render_report(&mut rendered, error);
                    let what = if linted.findings.is_empty() {
                        "cannot lint"
                    } else {
                        "cannot lint all of it (findings in the rest below)"
                    };
                    writeln!(stderr, "{}: {what}\n{rendered}", file.path)?;
                }
                if let Some(text) = &file.source {
                    for finding in &linted.findings {
                        let report = FindingReport {
                            finding,
                            source: NamedSource::new(&file.path, text.clone()),
                        };
                        let mut rendered = String::new();
                        let _ = findings_handler.render_report(&mut rendered, &report);
                        writeln!(out, "{rendered}")?;
                    }
                }
                if let Some(note) = super::left_out_note(linted) {
                    writeln!(out, "{}: {note}", file.path)?;
                }
            }
            Outcome::Input(error) => writeln!(stderr, "pyjail: error: {}", error.message)?,
        }
    }
    for file in &run.files {
        if let Outcome::Linted(linted) = &file.outcome {
            let capabilities = analyzer::summarize(&linted.findings);
            if !capabilities.is_empty() {
                writeln!(out, "{}: {}", file.path, capabilities.join(" · "))?;
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
                    writeln!(stderr, "{}", error.concise(&file.path))?;
                }
                for f in &linted.findings {
                    writeln!(out, "{}", f.concise(&file.path))?;
                }
                if let Some(note) = super::left_out_note(linted) {
                    writeln!(stderr, "{}: {note}", file.path)?;
                }
            }
            Outcome::Input(error) => writeln!(
                stderr,
                "{}: error[{}]: {}",
                file.path, error.kind, error.message
            )?,
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
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escaping of a workflow command's property value.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_command_escaping() {
        assert_eq!(data("50%\nnext"), "50%25%0Anext");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}

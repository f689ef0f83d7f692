//! Findings and parse errors as protocol diagnostics.

use analyzer::{Finding, Severity, SourceError};
use lsp_types::{CodeDescription, Diagnostic, DiagnosticSeverity, NumberOrString, Url};
use miette::Diagnostic as _;

use super::documents::Document;

pub const SOURCE: &str = "pyjail";
/// The code of the one diagnostic a file that does not parse gets (other
/// unreadable input has the analyzer's name for it: `unsupported-syntax`,
/// `nul-byte`, `too-deep`, ...).
pub const SYNTAX_ERROR: &str = "syntax-error";

/// Where a rule's documentation lives: the rule reference generated from the
/// same text `pyjail explain` prints, one anchor per rule id.
pub fn rule_docs_url(rule_id: &str) -> Option<Url> {
    Url::parse(&format!("{RULE_DOCS}#{}", rule_id.to_ascii_lowercase())).ok()
}

const RULE_DOCS: &str = "https://github.com/pyjail/pyjail/blob/main/docs/rules.md";

pub fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::High => DiagnosticSeverity::ERROR,
        Severity::Medium => DiagnosticSeverity::WARNING,
        Severity::Low => DiagnosticSeverity::INFORMATION,
        Severity::Info => DiagnosticSeverity::HINT,
    }
}

pub fn from_finding(document: &Document, finding: &Finding) -> Diagnostic {
    Diagnostic {
        range: document
            .index
            .range(&document.text, finding.range.0..finding.range.1),
        severity: Some(severity(finding.severity)),
        code: Some(NumberOrString::String(finding.rule_id.to_string())),
        code_description: rule_docs_url(&finding.rule_id).map(|href| CodeDescription { href }),
        source: Some(SOURCE.to_owned()),
        message: if finding.help.is_empty() {
            finding.message.clone()
        } else {
            format!("{}\nhelp: {}", finding.message, finding.help)
        },
        ..Diagnostic::default()
    }
}

/// The single diagnostic for source the analyzer could not read: at the spot
/// it points to, or at the start of the file when it points nowhere.
pub fn from_source_error(document: &Document, error: &SourceError) -> Diagnostic {
    let span = error.location().map(|at| at.range.0..at.range.1);
    let code = match error.kind() {
        "syntax" => SYNTAX_ERROR,
        other => other,
    };
    let mut message = error.to_string();
    if let Some(help) = error.help() {
        message.push_str(&format!("\nhelp: {help}"));
    }
    Diagnostic {
        range: document.index.range(&document.text, span.unwrap_or(0..0)),
        severity: Some(DiagnosticSeverity::ERROR),
        code: Some(NumberOrString::String(code.to_owned())),
        source: Some(SOURCE.to_owned()),
        message,
        ..Diagnostic::default()
    }
}

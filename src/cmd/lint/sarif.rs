//! `--format sarif`: SARIF 2.1.0, for code-scanning dashboards. Columns are Unicode code
//! points (`columnKind`), as in every other format; byte offsets are given too.

use std::io::{self, Write};

use analyzer::{RuleDoc, Severity};
use serde_json::{json, Value};

use super::{Outcome, Run};

const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Info => "note",
    }
}

/// GitHub code scanning ranks alerts by this score (0.0-10.0).
fn security_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::High => "8.0",
        Severity::Medium => "5.0",
        Severity::Low => "3.0",
        Severity::Info => "1.0",
    }
}

/// A relative reference or a `file://` URI, percent-encoded as RFC 3986 requires.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.trim_start_matches("./").bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(byte as char)
            }
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    if path.starts_with('/') {
        format!("file://{out}")
    } else {
        out
    }
}

fn rule(doc: &RuleDoc) -> Value {
    json!({
        "id": doc.id,
        "name": doc.name,
        "shortDescription": { "text": doc.message.replace("{name}", "…") },
        "fullDescription": { "text": doc.rationale.trim() },
        "help": { "text": doc.fix.trim(), "markdown": doc.to_markdown() },
        "defaultConfiguration": { "level": level(doc.severity) },
        "properties": {
            "severity": doc.severity,
            "category": doc.category,
            "capability": doc.capability,
            "tags": ["security", doc.category, doc.capability.as_str()],
            "security-severity": security_severity(doc.severity),
        },
    })
}

pub fn document(run: &Run, exit_code: u8) -> Value {
    let docs: Vec<&RuleDoc> = run.rules.rules().collect();
    let results: Vec<Value> = run
        .findings()
        .map(|(file, f)| {
            let index = docs.iter().position(|d| d.id == f.rule_id);
            let mut result = json!({
                "ruleId": f.rule_id,
                "level": level(f.severity),
                "message": { "text": f.message },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri(&file.path) },
                        "region": {
                            "startLine": f.start.line,
                            "startColumn": f.start.column,
                            "endLine": f.end.line,
                            "endColumn": f.end.column,
                            "byteOffset": f.range.0,
                            "byteLength": f.range.1 - f.range.0,
                        },
                    },
                }],
                "properties": {
                    "severity": f.severity,
                    "category": f.category,
                    "capability": f.capability,
                },
            });
            if let Some(index) = index {
                result["ruleIndex"] = json!(index);
            }
            if let Some(target) = &f.target {
                result["properties"]["target"] = json!(target);
            }
            result
        })
        .collect();
    let notifications: Vec<Value> = run
        .files
        .iter()
        .filter_map(|file| {
            let (kind, message, at) = match &file.outcome {
                Outcome::Linted(linted) => {
                    let error = linted.error.as_ref()?;
                    (error.kind(), error.to_string(), error.location())
                }
                Outcome::Input(error) => (error.kind, error.message.clone(), None),
            };
            let mut location =
                json!({ "physicalLocation": { "artifactLocation": { "uri": uri(&file.path) } } });
            if let Some(at) = at {
                location["physicalLocation"]["region"] = json!({
                    "startLine": at.start.line,
                    "startColumn": at.start.column,
                    "byteOffset": at.range.0,
                    "byteLength": at.range.1 - at.range.0,
                });
            }
            Some(json!({
                "level": "error",
                "message": { "text": message },
                "descriptor": { "id": kind },
                "locations": [location],
            }))
        })
        .chain(run.files.iter().filter_map(|file| {
            let Outcome::Linted(linted) = &file.outcome else {
                return None;
            };
            Some(json!({
                "level": "warning",
                "message": { "text": super::left_out_note(linted)? },
                "descriptor": { "id": "findings-not-listed" },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri(&file.path) } } }],
            }))
        }))
        .collect();
    json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "pyjail",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": docs.iter().map(|d| rule(d)).collect::<Vec<_>>(),
                },
            },
            "columnKind": "unicodeCodePoints",
            "artifacts": artifacts(run),
            "results": results,
            "invocations": [{
                "executionSuccessful": run.error_count() == 0,
                "exitCode": exit_code,
                "toolExecutionNotifications": notifications,
            }],
        }],
    })
}

/// Every linted file with what its code can do (`properties.capabilities`).
fn artifacts(run: &Run) -> Vec<Value> {
    run.files
        .iter()
        .filter_map(|file| match &file.outcome {
            Outcome::Linted(linted) => Some(json!({
                "location": { "uri": uri(&file.path) },
                "properties": { "capabilities": analyzer::summarize(&linted.findings) },
            })),
            _ => None,
        })
        .collect()
}

pub fn write(run: &Run, exit_code: u8, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &document(run, exit_code))?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(uri("./dir/my file.py"), "dir/my%20file.py");
        assert_eq!(uri("/abs/ü.py"), "file:///abs/%C3%BC.py");
        assert_eq!(uri("<stdin>"), "%3Cstdin%3E");
    }
}

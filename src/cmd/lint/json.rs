//! `--format json`: the versioned document described in docs/lint-json.md.

use std::io::{self, Write};

use analyzer::Severity;
use serde_json::{json, Value};

use super::{Outcome, Run};

/// Bumped on any incompatible change of the document's shape.
pub const SCHEMA: &str = "pyjail-lint/1";

pub fn document(run: &Run, exit_code: u8) -> Value {
    let files: Vec<Value> = run
        .files
        .iter()
        .map(|file| match &file.outcome {
            Outcome::Linted(linted) => json!({
                "path": file.path,
                "status": if linted.error.is_none() { "linted" } else { "error" },
                "findings": linted.findings.len(),
                "suppressed": linted.suppressed.len(),
                "capabilities": analyzer::summarize(&linted.findings),
                "left_out": linted.left_out.iter().map(|l| json!({
                    "rule_id": l.rule_id,
                    "severity": l.severity,
                    "count": l.count,
                })).collect::<Vec<_>>(),
            }),
            _ => json!({
                "path": file.path,
                "status": "error",
                "findings": 0,
                "suppressed": 0,
                "capabilities": [],
                "left_out": [],
            }),
        })
        .collect();
    let findings: Vec<Value> = run
        .findings()
        .map(|(file, f)| {
            let mut value = serde_json::to_value(f).expect("findings serialise");
            value["path"] = json!(file.path);
            value
        })
        .collect();
    let suppressed: Vec<Value> = run
        .suppressed()
        .map(|(file, f)| {
            let mut value = serde_json::to_value(f).expect("findings serialise");
            value["path"] = json!(file.path);
            value
        })
        .collect();
    let errors: Vec<Value> = run
        .files
        .iter()
        .filter_map(|file| match &file.outcome {
            Outcome::Linted(linted) => {
                let error = linted.error.as_ref()?;
                let at = error.location();
                Some(json!({
                    "path": file.path,
                    "kind": error.kind(),
                    "message": error.to_string(),
                    "range": at.map(|a| json!([a.range.0, a.range.1])),
                    "start": at.map(|a| json!(a.start)),
                }))
            }
            Outcome::Input(error) => Some(json!({
                "path": file.path,
                "kind": error.kind,
                "message": error.message,
                "range": null,
                "start": null,
            })),
        })
        .collect();
    let by_severity: serde_json::Map<String, Value> = Severity::ALL
        .iter()
        .rev()
        .map(|sev| {
            (
                sev.to_string(),
                json!(run.findings().filter(|(_, f)| f.severity == *sev).count()),
            )
        })
        .collect();
    json!({
        "schema": SCHEMA,
        "tool": { "name": "pyjail", "version": env!("CARGO_PKG_VERSION") },
        "fail_on": run.fail_on,
        "files": files,
        "findings": findings,
        "suppressed": suppressed,
        "errors": errors,
        "summary": {
            "files": run.files.len(),
            "linted": run.files.len() - run.error_count(),
            "errors": run.error_count(),
            "findings": run.findings().count(),
            "suppressed": run.suppressed_count(),
            "left_out": run.left_out().map(|(_, l)| l.count).sum::<usize>(),
            "by_severity": by_severity,
            "max_severity": run.max_severity(),
            "exit_code": exit_code,
        },
    })
}

pub fn write(run: &Run, exit_code: u8, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &document(run, exit_code))?;
    writeln!(out)
}

//! The machine-readable result of one run (`--json`: one line on stderr;
//! `--result FILE`), for callers that want the facts without the threat
//! report. Every field is described in the README ("Machine-readable result").

use serde_json::{json, Value};

use jail::outcome::Outcome;
use jail::Request;

use crate::cli::exit;
use crate::report::Verdict;

/// Bumped on any incompatible change.
pub const SCHEMA: &str = "pyjail-result/1";

/// The jail could not run the program (exit 125).
pub fn failed(error: &str) -> Value {
    json!({
        "schema": SCHEMA,
        "exit": exit::JAIL_SETUP,
        "exit_code": null,
        "signal": null,
        "error": error,
        "verdict": "error",
    })
}

/// A run that happened; `exit` is pyjail's own exit code.
pub fn of_run(
    outcome: &Outcome,
    request: &Request,
    exit: u8,
    verdict: Option<(Verdict, Vec<String>)>,
) -> Value {
    let (verdict, reasons) = verdict.map_or((Value::Null, Vec::new()), |(v, r)| (json!(v), r));
    let denied = &outcome.denied_calls;
    let names: Vec<&str> = denied.calls.iter().map(|d| d.name.as_str()).collect();
    let files = match (&outcome.collected, &request.out) {
        (Some(collected), Some(spec)) => json!({
            "dir": spec.dir,
            "collected": collected.files,
            "skipped": collected.skipped,
            "bytes": collected.bytes,
            "error": collected.error,
        }),
        _ => Value::Null,
    };
    json!({
        "schema": SCHEMA,
        "exit": exit,
        "exit_code": outcome.exit_code,
        "signal": outcome.signal,
        "interrupted_by": outcome.interrupted_by,
        "error": null,
        "verdict": verdict,
        "reasons": reasons,
        "limits_hit": outcome.limits_hit,
        "wall_ms": outcome.wall_ms,
        "cpu_ms": outcome.cpu_ms(),
        "peak_memory_bytes": outcome.peak_memory_bytes,
        "stdin": outcome.stdin,
        "stdout": outcome.stdout,
        "stderr": outcome.stderr,
        "files": files,
        "denied_calls": {
            "total": denied.total,
            "withdrawn": denied.withdrawn,
            "withdrawn_after_endings": denied.withdrawn_after_endings,
            "names": names,
        },
        "degradations": outcome.degradations,
    })
}

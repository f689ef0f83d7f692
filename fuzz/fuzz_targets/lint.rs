//! Parser plus rules on arbitrary bytes: `Linter::lint_with_suppressed` must return findings
//! and at most one `SourceError` with ranges inside the input, never panic, overflow its
//! stack or hang. Built with `--cfg fuzzing`, the linter does not catch panics; it runs here
//! on a thread with the stack the CLI gives its workers, and a panic there is re-raised so
//! that libFuzzer records the crash.

#![no_main]

use std::sync::OnceLock;

use analyzer::{Linter, RuleSet};
use libfuzzer_sys::fuzz_target;

fn linter() -> &'static Linter {
    static LINTER: OnceLock<Linter> = OnceLock::new();
    LINTER.get_or_init(|| Linter::new(RuleSet::embedded()))
}

fn check(data: &[u8]) {
    let linted = linter().lint_with_suppressed("fuzz.py", data);
    for finding in linted.findings.iter().chain(&linted.suppressed) {
        assert!(finding.range.0 <= finding.range.1 && finding.range.1 <= data.len());
        assert!(finding.start.line >= 1 && finding.start.column >= 1);
    }
    if let Some(at) = linted.error.as_ref().and_then(|e| e.location()) {
        assert!(at.range.0 <= at.range.1 && at.range.1 <= data.len());
    }
}

fuzz_target!(|data: &[u8]| {
    let outcome = std::thread::scope(|scope| {
        std::thread::Builder::new()
            .stack_size(analyzer::WORKER_STACK_BYTES)
            .spawn_scoped(scope, || check(data))
            .expect("spawn a lint thread")
            .join()
    });
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }
});

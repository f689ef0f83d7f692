//! Parser plus rules on arbitrary bytes: `Linter::lint` must return findings or a
//! `SourceError`, never panic, overflow its stack or hang. Built with `--cfg fuzzing`, the
//! linter does not catch panics; it runs here on a thread with the stack the CLI gives its
//! workers, and a panic there is re-raised so that libFuzzer records the crash.

#![no_main]

use std::sync::OnceLock;

use analyzer::{Linter, RuleSet};
use libfuzzer_sys::fuzz_target;

fn linter() -> &'static Linter {
    static LINTER: OnceLock<Linter> = OnceLock::new();
    LINTER.get_or_init(|| Linter::new(RuleSet::embedded()))
}

fn check(data: &[u8]) {
    if let Ok(findings) = linter().lint("fuzz.py", data) {
        for finding in findings {
            assert!(finding.range.0 <= finding.range.1 && finding.range.1 <= data.len());
            assert!(finding.start.line >= 1 && finding.start.column >= 1);
        }
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

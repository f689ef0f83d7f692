//! What one file may cost the analysis beyond reading it: the bytes of values folding builds
//! and the bytes of constant code linted because it is passed to `exec`. A hostile file can
//! ask for far more than either (`[b"x" * 2**16] * 2**15`, or a megabyte of code passed to
//! `exec` on thousands of lines); past its budget a value is unknown and such code is
//! reported as code that could not be analysed, so the file costs a bounded amount of time
//! and memory and is never reported cleaner for it.

use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// Bytes of values folding may build for one file, nested code included.
pub(crate) const FOLDED_BYTES: usize = 64 << 20;
/// Bytes of constant code passed to `exec`/`eval`/`compile` linted for one file, nested
/// code included.
pub(crate) const NESTED_CODE_BYTES: usize = 8 << 20;

/// One file's budget, shared by everything linted for it: the file and the code nested in it.
/// (One thread lints a file; the counters are atomic only because the lint may run on a
/// thread of its own with a larger stack.)
#[derive(Default)]
pub(crate) struct Budget {
    folded: AtomicUsize,
    nested_code: AtomicUsize,
}

impl Budget {
    /// Whether folding has built all it may: nothing more is folded.
    pub(crate) fn folding_spent(&self) -> bool {
        self.folded.load(Relaxed) > FOLDED_BYTES
    }

    /// Why a value may be unknown only because folding has built and read all it may.
    pub(crate) fn folding_refusal(&self) -> Option<String> {
        self.folding_spent().then(|| {
            format!(
                "folding the file's constants has spent its {} MiB budget",
                FOLDED_BYTES >> 20
            )
        })
    }

    /// Counts a value of `bytes` folding built; false once the budget is spent.
    pub(crate) fn fold(&self, bytes: usize) -> bool {
        let total = self.folded.load(Relaxed).saturating_add(bytes);
        self.folded.store(total, Relaxed);
        !self.folding_spent()
    }

    /// Why constant code of `bytes` cannot be linted, when it does not fit in what is left
    /// (nothing is counted).
    pub(crate) fn nested_code_refusal(&self, bytes: usize) -> Option<String> {
        let total = self.nested_code.load(Relaxed).saturating_add(bytes);
        (total > NESTED_CODE_BYTES).then(|| {
            format!(
                "the file's constant code passed to exec, eval or compile is over {} MiB in all",
                NESTED_CODE_BYTES >> 20
            )
        })
    }

    /// Counts constant code of `bytes` about to be linted, or says why it cannot be (and
    /// counts nothing).
    pub(crate) fn nested_code(&self, bytes: usize) -> Result<(), String> {
        match self.nested_code_refusal(bytes) {
            Some(refusal) => Err(refusal),
            None => {
                self.nested_code.fetch_add(bytes, Relaxed);
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_stops_once_past_its_budget() {
        let budget = Budget::default();
        assert!(budget.fold(FOLDED_BYTES));
        assert!(!budget.folding_spent());
        assert!(!budget.fold(1));
        assert!(budget.folding_spent());
        assert!(!budget.fold(usize::MAX));
    }

    #[test]
    fn nested_code_that_does_not_fit_is_not_counted() {
        let budget = Budget::default();
        assert!(budget.nested_code(NESTED_CODE_BYTES - 10).is_ok());
        assert!(budget.nested_code_refusal(11).is_some());
        assert!(budget.nested_code(11).is_err());
        assert!(budget.nested_code(10).is_ok());
        let refusal = budget.nested_code(1).unwrap_err();
        assert!(refusal.contains("over 8 MiB"), "{refusal}");
    }
}

//! PJ420 `constant-code`: `exec`, `eval` or `compile` of a constant that lints clean.
//!
//! **What it does.** Reports calls whose code argument folds to a constant string in which
//! no rule found anything. (Constant code with findings reports those findings instead.)
//!
//! **Why is this bad?** It is not, by itself: the code is known and was checked. But
//! running code from strings is unusual in submitted code and often a remnant of
//! obfuscation, so it is worth a glance.
//!
//! **Example.**
//! ```python
//! eval("1 + 2")
//! ```

use super::Meta;
use crate::capability::Capability;
use crate::checker::{Checker, Via};
use crate::severity::Severity;

/// The audit event running the constant raises at the finding's line: the threat report
/// counts it for nothing when the text it compiled is shown whole and lints clean.
pub(crate) const ACCOUNTS_FOR_EVENT: &str = "compile";

pub(crate) const META: Meta = Meta {
    id: "PJ420",
    name: "constant-code",
    severity: Severity::Low,
    category: "dangerous-call",
    capability: Capability::CodeExec,
    message: "`{name}` runs constant code (linted, nothing found in it)",
    description: "Reports calls whose code argument folds to a constant string in which no rule found anything. (Constant code with findings reports those findings instead.)",
    rationale: "The code passed to `exec`/`eval`/`compile` is a constant that pyjail folded and linted without findings. Running code from strings is still unusual in submitted code and often the remnant of an obfuscation layer.",
    example: "eval(\"1 + 2\")",
    fix: "Write the code directly. Suppress with `# pyjail: ignore[PJ420]`.",
    references: &["https://docs.python.org/3/library/functions.html#eval"],
};

pub(crate) fn report(checker: &mut Checker<'_, '_>, range: (usize, usize), callee: &str) {
    checker.report(super::Semantic::ConstantCode, range, callee, Via::Direct);
}

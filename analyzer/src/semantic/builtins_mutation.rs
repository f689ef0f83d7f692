//! PJ416 `builtins-mutation`: writing to the builtins namespace.
//!
//! **What it does.** Finds assignments and deletions of attributes or items of the
//! `builtins` module or `__builtins__`, and `setattr`/`delattr`/`update` on them.
//!
//! **Why is this bad?** Builtins are looked up by every piece of code in the process.
//! Replacing `open`, `__import__` or `print` there changes what trusted code (the sandbox,
//! its audit hooks, the test harness) calls; pysandbox fell to exactly this.
//!
//! **Example.**
//! ```python
//! import builtins
//! builtins.__import__ = my_import
//! ```

use super::Meta;
use crate::capability::Capability;
use crate::checker::{Checker, Via};
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ416",
    name: "builtins-mutation",
    severity: Severity::High,
    category: "dangerous-call",
    capability: Capability::Introspection,
    message: "writes to the builtins namespace (`{name}`), which all code in the process uses",
    description: "Finds assignments and deletions of attributes or items of the `builtins` module or `__builtins__`, and `setattr`/`delattr`/`update` on them.",
    rationale: "Every name lookup in every module ends in the builtins namespace. Replacing `open`, `__import__` or `print` there, or deleting entries, changes what trusted code (the host, its guards, its audit hooks) calls. pysandbox was broken repeatedly through writes to `__builtins__`.",
    example: "import builtins\nbuiltins.__import__ = my_import\n__builtins__[\"open\"] = my_open",
    fix: "Pass replacements explicitly instead of patching builtins. Suppress an intended patch with `# pyjail: ignore[PJ416]`.",
    references: &["https://docs.python.org/3/library/builtins.html", "https://lwn.net/Articles/574323/"],
};

pub(crate) fn report(checker: &mut Checker<'_, '_>, range: (usize, usize), what: &str) {
    checker.report(super::Semantic::BuiltinsMutation, range, what, Via::Direct);
}

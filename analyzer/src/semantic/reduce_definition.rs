//! PJ213 `reduce-definition`: a class that defines `__reduce__` or `__reduce_ex__`.
//!
//! **What it does.** Finds `def __reduce__` / `def __reduce_ex__` (and assignments to those
//! names) in a class body.
//!
//! **Why is this bad?** `__reduce__` tells pickle which callable to call with which
//! arguments when the object is unpickled. Defining it is how malicious pickles are made:
//! `return (os.system, ("id",))` runs a command wherever the pickle is loaded.
//!
//! **Example.**
//! ```python
//! class Payload:
//!     def __reduce__(self):
//!         return (os.system, ("id",))
//! ```

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::Meta;
use crate::capability::Capability;
use crate::checker::{span, Checker, Via};
use crate::names::normalize;
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ213",
    name: "reduce-definition",
    severity: Severity::High,
    category: "function-internals",
    capability: Capability::CodeExec,
    message: "defines `{name}`, which tells pickle what to call when the object is loaded",
    description: "Finds `def __reduce__` / `def __reduce_ex__` (and assignments to those names) in a class body.",
    rationale: "`__reduce__` and `__reduce_ex__` return the callable and arguments pickle uses to rebuild an object. Defining them is how malicious pickles are made: `return (os.system, (\"id\",))` runs a command wherever the pickle is loaded, and submitted code has no reason to define its own pickling.",
    example: "class Payload:\n    def __reduce__(self):\n        return (os.system, (\"id\",))",
    fix: "Use `copyreg` or plain data (JSON). Suppress an intended definition with `# pyjail: ignore[PJ213]`.",
    references: &["https://docs.python.org/3/library/pickle.html#object.__reduce__"],
};

fn is_reduce(name: &str) -> bool {
    matches!(name, "__reduce__" | "__reduce_ex__")
}

/// `def __reduce__(...)` directly in a class body.
pub(crate) fn check_def(checker: &mut Checker<'_, '_>, name: &str, range: (usize, usize)) {
    if is_reduce(name) {
        checker.report(super::Semantic::ReduceDefinition, range, name, Via::Direct);
    }
}

/// `__reduce__ = ...` in a class body.
pub(crate) fn check_assign(checker: &mut Checker<'_, '_>, target: &Expr) {
    if let Expr::Name(name) = target {
        let id = normalize(name.id.as_str());
        if checker.in_class_body() && is_reduce(&id) {
            checker.report(
                super::Semantic::ReduceDefinition,
                span(target.range()),
                &id,
                Via::Direct,
            );
        }
    }
}

//! PJ410 `code-replace`: `code.replace(co_...=...)`.
//!
//! **What it does.** Finds calls of a `replace` method with `co_`-prefixed keyword
//! arguments: the signature of `types.CodeType.replace`.
//!
//! **Why is this bad?** `replace` on a code object swaps its bytecode, constants or names
//! and yields a new code object that no source-level check has seen; assigned to a
//! function's `__code__` it runs.
//!
//! **Example.**
//! ```python
//! f.__code__ = f.__code__.replace(co_consts=(None, "id"), co_names=("system",))
//! ```

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::Meta;
use crate::capability::Capability;
use crate::checker::{span, Checker, Via};
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ410",
    name: "code-replace",
    severity: Severity::High,
    category: "dangerous-call",
    capability: Capability::CodeExec,
    message: "`{name}` rewrites a code object",
    description: "Finds calls of a `replace` method with `co_`-prefixed keyword arguments: the signature of `types.CodeType.replace`.",
    rationale: "`CodeType.replace(co_code=..., co_consts=..., co_names=...)` builds a new code object with other bytecode, constants or names. Assigned to a function's `__code__`, code that no source-level check has seen runs; malformed bytecode crashes the interpreter.",
    example: "f.__code__ = f.__code__.replace(co_names=(\"system\",))",
    fix: "Define new behaviour with `def`. Suppress an intended use with `# pyjail: ignore[PJ410]`.",
    references: &["https://docs.python.org/3/library/types.html#types.CodeType.replace"],
};

pub(crate) fn check(checker: &mut Checker<'_, '_>, call: &ast::ExprCall) {
    let rewrites_code = call.arguments.keywords.iter().any(|k| {
        k.arg
            .as_ref()
            .is_some_and(|arg| arg.as_str().starts_with("co_"))
    });
    if rewrites_code {
        checker.report(
            super::Semantic::CodeReplace,
            span(call.range()),
            "replace(co_...=...)",
            Via::Direct,
        );
    }
}

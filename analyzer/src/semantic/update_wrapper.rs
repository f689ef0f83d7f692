//! PJ418 `update-wrapper-foreign`: `functools.update_wrapper`/`wraps` copying chosen
//! attributes.
//!
//! **What it does.** Finds `update_wrapper` and `wraps` called with an `assigned` or
//! `updated` list other than the standard wrapper attributes (`__module__`, `__name__`,
//! `__qualname__`, `__doc__`, `__annotations__`, `__dict__`, ...).
//!
//! **Why is this bad?** `update_wrapper` runs `getattr` and `setattr` inside `functools`,
//! with the real builtins, on names the caller chooses: in the python-dev "please break
//! this" thread it read `__globals__` through a sandbox that guarded `getattr` itself.
//! Ordinary decorators never pass their own attribute lists.
//!
//! **Example.**
//! ```python
//! functools.update_wrapper(sink, base64.main, assigned=("__globals__",), updated=())
//! ```

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::Meta;
use crate::capability::Capability;
use crate::checker::{span, Checker, Via};
use crate::fold::{Const, Folded};
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ418",
    name: "update-wrapper-foreign",
    severity: Severity::High,
    category: "dangerous-call",
    capability: Capability::Introspection,
    message: "`{name}` copies attributes the caller chose, reading them with the real `getattr`",
    description: "Finds `update_wrapper` and `wraps` called with an `assigned` or `updated` list other than the standard wrapper attributes (`__module__`, `__name__`, `__qualname__`, `__doc__`, `__annotations__`, `__dict__`, ...).",
    rationale: "`functools.update_wrapper` (and `wraps`) calls `getattr` on the wrapped object and `setattr` on the wrapper for every name in `assigned` and `updated`. The calls happen inside `functools`, with the real builtins, so a sandbox that guards `getattr` in untrusted code does not see them: the python-dev \"please break this\" escape read `__globals__` this way. Decorators only ever copy the standard attributes.",
    example: "functools.update_wrapper(sink, base64.main, assigned=(\"__globals__\",), updated=())",
    fix: "Use `functools.wraps(func)` without `assigned`/`updated`. Suppress an intended use with `# pyjail: ignore[PJ418]`.",
    references: &["https://mail.python.org/pipermail/python-dev/2016-April/144097.html", "https://docs.python.org/3/library/functools.html#functools.update_wrapper"],
};

const STANDARD: &[&str] = &[
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
    "__type_params__",
    "__dict__",
    "__wrapped__",
];

fn is_standard(folded: &Folded<'_>) -> bool {
    match folded {
        Folded::Known(Const::Seq(names)) => names
            .iter()
            .all(|n| n.as_str().is_some_and(|n| STANDARD.contains(&n))),
        _ => false,
    }
}

pub(crate) fn check<'a>(checker: &mut Checker<'a, '_>, call: &'a ast::ExprCall, qualname: &str) {
    let positional = if qualname.ends_with("update_wrapper") {
        2
    } else {
        1
    };
    let lists: Vec<&'a Expr> = call
        .arguments
        .args
        .iter()
        .skip(positional)
        .chain(
            call.arguments
                .keywords
                .iter()
                .filter(|k| {
                    matches!(
                        k.arg.as_ref().map(|a| a.as_str()),
                        Some("assigned" | "updated")
                    )
                })
                .map(|k| &k.value),
        )
        .collect();
    for list in lists {
        let candidates = checker.fold_candidates(list);
        if candidates.is_empty() || !candidates.iter().all(is_standard) {
            checker.report(
                super::Semantic::UpdateWrapper,
                span(list.range()),
                qualname,
                Via::Direct,
            );
            return;
        }
    }
}

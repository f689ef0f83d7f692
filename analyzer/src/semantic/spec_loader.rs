//! PJ208 `spec-loader`: the loader of a module spec.
//!
//! **What it does.** Finds `__spec__.loader` (and `loader_state`), on the current module or
//! on any module object.
//!
//! **Why is this bad?** A spec's loader loads and executes modules directly, bypassing an
//! import allow-list or a patched `__import__`; sandbox escapes use it to get `os` back.
//!
//! **Example.**
//! ```python
//! os = __spec__.loader.load_module("os")
//! ```

use ruff_python_ast::{self as ast, Expr};

use super::Meta;
use crate::capability::Capability;
use crate::checker::{Checker, Via};
use crate::names::normalize;
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ208",
    name: "spec-loader",
    severity: Severity::High,
    category: "function-internals",
    capability: Capability::Import,
    message: "`{name}` of a module spec loads modules directly",
    description: "Finds `__spec__.loader` (and `loader_state`), on the current module or on any module object.",
    rationale: "A module spec's `loader` loads and executes modules by name, bypassing an import allow-list or a patched `__import__`. Escapes use `__spec__.loader.load_module(\"os\")` once `import` is blocked.",
    example: "os = __spec__.loader.load_module(\"os\")",
    fix: "Use `import` statements. Suppress an intended use with `# pyjail: ignore[PJ208]`.",
    references: &["https://docs.python.org/3/library/importlib.html#importlib.machinery.ModuleSpec"],
};

pub(crate) fn check(
    checker: &mut Checker<'_, '_>,
    attr: &ast::ExprAttribute,
    name: &str,
    range: (usize, usize),
) {
    if !matches!(name, "loader" | "loader_state") {
        return;
    }
    let on_spec = match attr.value.as_ref() {
        Expr::Name(n) => normalize(n.id.as_str()) == "__spec__",
        Expr::Attribute(a) => normalize(a.attr.as_str()) == "__spec__",
        _ => false,
    };
    if on_spec {
        checker.report(
            super::Semantic::SpecLoader,
            range,
            &format!("__spec__.{name}"),
            Via::Direct,
        );
    }
}

//! PJ428 `dunder-slot-assignment`: a special method installed by a loop or comprehension
//! target, or on an object's class.
//!
//! **What it does.** Finds `for` and comprehension targets that are a dunder attribute
//! (`for x.__class__.__getitem__ in [eval]`), and assignments to a dunder attribute of
//! `something.__class__`.
//!
//! **Why is this bad?** Installing `eval` or `exec` as `__getitem__` or `__eq__` of a class
//! turns an innocent-looking subscript or comparison into a call of it, with no call and no
//! assignment statement in the code; pyjail cheat sheets use it to run code where calls or
//! `=` are filtered.
//!
//! **Example.**
//! ```python
//! [help["__import__('os').system('id')"] for help.__class__.__getitem__ in [eval]]
//! ```

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::Meta;
use crate::capability::Capability;
use crate::checker::{span, Checker, Via};
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ428",
    name: "dunder-slot-assignment",
    severity: Severity::High,
    category: "object-graph",
    capability: Capability::CodeExec,
    message: "installs `{name}` through an assignment target",
    description: "Finds `for` and comprehension targets that are a dunder attribute (`for x.__class__.__getitem__ in [eval]`), and assignments to a dunder attribute of `something.__class__`.",
    rationale: "Installing `eval` or `exec` as `__getitem__` or `__eq__` of a class turns an innocent-looking subscript or comparison into a call of it, with no call and no assignment statement in the code; it is how payloads run code where calls or `=` are filtered.",
    example: "[help[\"__import__('os').system('id')\"] for help.__class__.__getitem__ in [eval]]",
    fix: "Define special methods in the class body. Suppress an intended use with `# pyjail: ignore[PJ428]`.",
    references: &["https://docs.python.org/3/reference/datamodel.html#special-method-names"],
};

fn is_dunder(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}

/// `loop_target`: the target of `for` or of a comprehension.
pub(crate) fn check(checker: &mut Checker<'_, '_>, target: &ast::Expr, loop_target: bool) {
    match target {
        Expr::Tuple(t) => t.elts.iter().for_each(|e| check(checker, e, loop_target)),
        Expr::List(l) => l.elts.iter().for_each(|e| check(checker, e, loop_target)),
        Expr::Attribute(attr) if is_dunder(attr.attr.as_str()) => {
            let on_class = matches!(attr.value.as_ref(), Expr::Attribute(inner) if inner.attr.as_str() == "__class__");
            if loop_target || on_class {
                checker.report(
                    super::Semantic::DunderSlotAssignment,
                    span(attr.range()),
                    attr.attr.as_str(),
                    Via::Direct,
                );
            }
        }
        _ => {}
    }
}

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
use crate::checker::value::Value;
use crate::checker::{span, Checker, Via};
use crate::fold::{Const, Folded};
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ428",
    name: "dunder-slot-assignment",
    severity: Severity::High,
    category: "object-graph",
    capability: Capability::CodeExec,
    message: "installs `{name}` through an assignment target",
    description: "Finds `for` and comprehension targets that are a dunder attribute (`for x.__class__.__getitem__ in [eval]`), assignments to a dunder attribute of `something.__class__`, and special methods set to a code-running callable (`eval`, `exec`, `os.system`, ...) through `setattr` with a (folded) dunder name or a namespace dict entry (`type(\"Q\", (), {\"__getitem__\": eval})`).",
    rationale: "Installing `eval` or `exec` as `__getitem__` or `__eq__` of a class turns an innocent-looking subscript or comparison into a call of it, with no call and no assignment statement in the code; it is how payloads run code where calls or `=` are filtered.",
    example: "[help[\"__import__('os').system('id')\"] for help.__class__.__getitem__ in [eval]]",
    fix: "Define special methods in the class body. Suppress an intended use with `# pyjail: ignore[PJ428]`.",
    references: &["https://docs.python.org/3/reference/datamodel.html#special-method-names"],
};

/// `setattr(cls, "__eq__", exec)` with the name folded (`"_".join(["", "", "eq", "", ""])`).
pub(crate) fn check_setattr<'a>(checker: &mut Checker<'a, '_>, call: &'a ast::ExprCall) {
    let [_, name, value, ..] = &call.arguments.args[..] else {
        return;
    };
    if !runs_code(checker, value) {
        return;
    }
    let dunders: Vec<String> = checker
        .fold_candidates(name)
        .into_iter()
        .filter_map(|c| match c {
            Folded::Known(Const::Str(s)) if is_dunder(&s) => Some(s.to_string()),
            _ => None,
        })
        .collect();
    if let Some(dunder) = dunders.first() {
        checker.report(
            super::Semantic::DunderSlotAssignment,
            span(call.range()),
            dunder,
            Via::Call("setattr"),
        );
    }
}

/// `{"__getitem__": eval}`: a namespace for `type(name, bases, namespace)` or a class
/// `__dict__` update that makes a special method run code.
pub(crate) fn check_dict_entry<'a>(checker: &mut Checker<'a, '_>, key: &'a Expr, value: &'a Expr) {
    if !runs_code(checker, value) {
        return;
    }
    if let Folded::Known(Const::Str(name)) = checker.fold(key) {
        if is_dunder(&name) {
            checker.report(
                super::Semantic::DunderSlotAssignment,
                span(key.range().cover(value.range())),
                &name,
                Via::Direct,
            );
        }
    }
}

/// A callable that runs code or programs given as its argument.
fn runs_code<'a>(checker: &Checker<'a, '_>, callable: &'a Expr) -> bool {
    match checker.resolve(callable) {
        Value::Builtin(builtin) => {
            matches!(
                builtin,
                "eval" | "exec" | "compile" | "__import__" | "breakpoint"
            )
        }
        Value::Qual { name, .. } => checker.is_reported_name(&name),
        _ => false,
    }
}

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

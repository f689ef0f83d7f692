//! PJ110 `class-step`: `__class__` used as a step towards something else.
//!
//! **What it does.** Finds `__class__` read from a literal (`"".__class__`), followed by a
//! step that walks on (`__class__`, `__dict__`, `__getattribute__`), or reached in a hidden
//! way (`getattr(x, "__cla" + "ss__")`, NFKC look-alikes).
//!
//! **Why is this bad?** `__class__` is the first hop of most object-graph escapes:
//! `"".__class__.__base__.__subclasses__()` starts from a string literal. Reading a class
//! name for display (`obj.__class__.__name__`) is ordinary and stays quiet, as does
//! `self.__class__(...)`.
//!
//! **Example.**
//! ```python
//! cls = ().__class__          # PJ110
//! name = self.__class__.__name__   # fine
//! ```

use std::borrow::Cow;

use super::Meta;
use crate::capability::Capability;
use crate::checker::value::Value;
use crate::checker::{Checker, Via};
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ110",
    name: "class-step",
    severity: Severity::Medium,
    category: "object-graph",
    capability: Capability::Introspection,
    message: "`__class__` used as a step into the object graph",
    description: "Finds `__class__` read from a literal (`\"\".__class__`), followed by a step that walks on (`__class__`, `__dict__`, `__getattribute__`), or reached in a hidden way (`getattr(x, \"__cla\" + \"ss__\")`, NFKC look-alikes).",
    rationale: "`__class__` is the first hop of most object-graph escapes: from any literal, `\"\".__class__.__base__.__subclasses__()` reaches every loaded class. Reading the class name for display (`obj.__class__.__name__`), instantiating `self.__class__(...)` or calling its special methods is ordinary and is not reported; `__class__` on a literal, followed by `__class__`, `__dict__` or `__getattribute__`, or reached through `getattr` with a computed name is.",
    example: "cls = ().__class__\nmeta = type(x).__class__.__dict__",
    fix: "Use `type(obj)` and `isinstance`. If the step is intended, add `# pyjail: ignore[PJ110]` at the end of the line.",
    references: &["https://docs.python.org/3/library/stdtypes.html#instance.__class__"],
};

/// What the code does with a value right after reaching it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Next<'a> {
    Attribute(Cow<'a, str>),
    Call,
    Nothing,
}

/// Attributes of a class that lead further into the object graph.
const ONWARD: &[&str] = &["__class__", "__dict__", "__getattribute__"];

/// Attributes of a class that only describe it.
const DISPLAY: &[&str] = &["__name__", "__qualname__", "__module__", "__doc__"];

/// Names that matter to semantic rules (for strings known only by their ends).
pub(crate) const SENSITIVE_NAMES: &[&str] = &["__class__", "__dict__", "__getattribute__"];

pub(crate) fn check(
    checker: &mut Checker<'_, '_>,
    receiver: &Value<'_>,
    range: (usize, usize),
    via: Via,
    next: Next<'_>,
) {
    let hidden = matches!(via, Via::Call(_) | Via::Subscript | Via::Nfkc(_));
    let from_literal = matches!(
        receiver,
        Value::Literal | Value::Const(_) | Value::Consts(_)
    );
    // Steps that go on walking: to the metaclass, or into the class namespace. (Other
    // dangerous steps, `__base__` or `__subclasses__`, have rules of their own; special
    // methods such as `self.__class__.__new__` are ordinary.)
    let onward = matches!(&next, Next::Attribute(attr) if ONWARD.contains(&attr.as_ref()));
    let displayed = matches!(&next, Next::Attribute(attr) if DISPLAY.contains(&attr.as_ref()));
    if hidden || onward || (from_literal && !displayed) {
        checker.report(super::Semantic::ClassStep, range, "__class__", via);
    }
}

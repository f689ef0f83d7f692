//! PJ212 `namespace-dict`: the `__dict__` (or `vars()`) of a module or function.
//!
//! **What it does.** Finds `__dict__` read from a module or a module member, and `vars()`
//! of one. `self.__dict__`, a function's own `__dict__` (its attribute storage:
//! `f.__dict__.setdefault("cache", {})`), the namespaces of `math` and `cmath` (numbers
//! only) and the `__dict__` of ordinary objects stay quiet; dangerous names looked up in
//! any of them are reported by their own rules.
//!
//! **Why is this bad?** A module's `__dict__` is its namespace: every global, every imported
//! module, and for `builtins` the builtins of all code. Looked up with a string
//! (`os.__dict__["sys" + "tem"]`) it hides the name from a reader, and writing to it
//! replaces functions other code relies on.
//!
//! **Example.**
//! ```python
//! import os
//! os.__dict__["system"]("id")
//! ```

use super::Meta;
use crate::capability::Capability;
use crate::checker::value::Value;
use crate::checker::{Checker, Via};
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ212",
    name: "namespace-dict",
    severity: Severity::High,
    category: "function-internals",
    capability: Capability::Introspection,
    message: "`{name}` exposes the namespace of a module or function",
    description: "Finds `__dict__` read from a module or a module member, and `vars()` of one. `self.__dict__`, a function's own `__dict__` (its attribute storage), the namespaces of `math` and `cmath` (numbers only) and the `__dict__` of ordinary objects stay quiet; dangerous names looked up in them are reported by their own rules.",
    rationale: "A module's `__dict__` (or `vars(module)`) is its whole namespace: its globals, the modules it imported and, for `builtins`, the builtins of every piece of code. Lookups in it take strings that can be computed, and writes replace functions other code relies on.",
    example: "import os\nos.__dict__[\"sys\" + \"tem\"](\"id\")",
    fix: "Use attribute access on the module. Suppress an intended use with `# pyjail: ignore[PJ212]`.",
    references: &["https://docs.python.org/3/reference/datamodel.html#module.__dict__"],
};

/// Modules built into the interpreter in C whose namespace holds numbers and functions of
/// numbers only: no `__builtins__`, no imported module. `vars(math)` is how a calculator or an
/// interpreter's environment gets its functions (`env.update(vars(math))`). Lookups in these
/// namespaces are still followed: `vars(math)["__loader__"]` is the import machinery's rule.
const INERT_NAMESPACES: &[&str] = &["math", "cmath"];

/// `receiver.__dict__` or `vars(receiver)`: reports namespaces of modules and functions,
/// and returns the namespace for lookups in it.
pub(crate) fn check<'a>(
    checker: &mut Checker<'a, '_>,
    receiver: &Value<'a>,
    range: (usize, usize),
    via: Via,
) -> Value<'a> {
    // Spelled as code: `vars(builtins)`, `os.system.__dict__`.
    if let Some(name) = receiver
        .qualified_name()
        .filter(|name| !INERT_NAMESPACES.contains(name))
    {
        let spelled = match via {
            Via::Call("vars") => format!("vars({name})"),
            _ => format!("{name}.__dict__"),
        };
        checker.report(super::Semantic::NamespaceDict, range, &spelled, via);
    }
    Value::Namespace(Box::new(receiver.clone()))
}

//! PJ209 `getattribute-on-type`: `object.__getattribute__` and `type.__getattribute__`.
//!
//! **What it does.** Finds the attribute lookup of `object` or `type` taken as a plain
//! function.
//!
//! **Why is this bad?** Called as `object.__getattribute__(x, name)` it skips whatever
//! `__getattribute__`/`__getattr__` the object defines: proxies and guards that hide
//! attributes are walked around, and the name is a string that can be computed.
//!
//! **Example.**
//! ```python
//! g = object.__getattribute__(proxy, "_target")
//! ```

use super::Meta;
use crate::capability::Capability;
use crate::checker::value::Value;
use crate::checker::{Checker, Via};
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ209",
    name: "getattribute-on-type",
    severity: Severity::High,
    category: "function-internals",
    capability: Capability::Introspection,
    message: "`{name}` looks attributes up past the object's own guards",
    description: "Finds the attribute lookup of `object` or `type` taken as a plain function.",
    rationale: "`object.__getattribute__(x, name)` and `type.__getattribute__(cls, name)` bypass the `__getattribute__` and `__getattr__` an object defines, so proxies and guards that hide attributes do not apply, and the attribute name is a string that can be computed at run time.",
    example: "target = object.__getattribute__(proxy, \"_wrapped\")",
    fix: "Access attributes normally. Suppress an intended use with `# pyjail: ignore[PJ209]`.",
    references: &["https://docs.python.org/3/reference/datamodel.html#object.__getattribute__"],
};

pub(crate) fn check(
    checker: &mut Checker<'_, '_>,
    receiver: &Value<'_>,
    range: (usize, usize),
    via: Via,
) {
    if let Value::Builtin(owner @ ("object" | "type")) = receiver {
        checker.report(
            super::Semantic::GetattributeOnType,
            range,
            &format!("{owner}.__getattribute__"),
            via,
        );
    }
}

//! PJ504 `reflective-attribute`: an attribute name held in a parameter, a loop variable or
//! an attribute, as ordinary reflection does it.
//!
//! **What it does.** Finds `getattr`, `setattr`, `delattr`, `operator.attrgetter` and
//! namespace lookups whose name is a parameter, a loop variable or an attribute
//! (`setattr(self, key, value)`, `instance.__dict__[self._name]`, `getattr(self._wrapped,
//! name)`). Names built by unfinished string operations or read from input or the
//! environment are PJ501 instead. A parameter that every call of its function in the file
//! gives a constant (a helper only ever called by name) is read as those constants: the
//! names are judged as if written out, and a name decoded from them is PJ501.
//!
//! **Why is this bad?** It usually is not: configuration loaders, descriptors, proxies and
//! visitors all work this way. The name could still be `__globals__` at run time when the
//! caller controls it, so the finding stays, as information for a reviewer.
//!
//! **Example.**
//! ```python
//! def load(self, options):
//!     for key, value in options.items():
//!         setattr(self, key, value)
//! ```

use super::Meta;
use crate::capability::Capability;
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ504",
    name: "reflective-attribute",
    severity: Severity::Low,
    category: "obfuscation",
    capability: Capability::Introspection,
    message: "attribute name passed to `{name}` comes from a variable",
    description: "Finds `getattr`, `setattr`, `delattr`, `operator.attrgetter` and namespace lookups whose name is a parameter, a loop variable or an attribute (`setattr(self, key, value)`, `instance.__dict__[self._name]`, `getattr(self._wrapped, name)`). Names built by unfinished string operations or read from input or the environment are PJ501 instead. A parameter that every call of its function in the file gives a constant (a helper only ever called by name) is read as those constants: the names are judged as if written out, and a name decoded from them is PJ501.",
    rationale: "Configuration loaders, descriptors, proxies and visitors work this way, so this is information, not an alarm. The name could still be `__globals__` at run time when a caller controls it.",
    example: "def load(self, options):\n    for key, value in options.items():\n        setattr(self, key, value)",
    fix: "Nothing to fix in ordinary reflection. Check where the name comes from; suppress with `# pyjail: ignore[PJ504]`.",
    references: &["https://docs.python.org/3/library/functions.html#setattr"],
};

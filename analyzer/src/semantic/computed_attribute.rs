//! PJ501 `computed-attribute`: an attribute name that cannot be known before run time.
//!
//! **What it does.** Finds `getattr`, `setattr`, `delattr`, `operator.attrgetter`,
//! `methodcaller`, `__getattribute__` and namespace lookups (`globals()[...]`,
//! `vars(module)[...]`) whose name does not fold to a constant. A name whose known start
//! or end rules out every dangerous attribute (`getattr(self, "visit_" + kind)`) stays
//! quiet. Names that are a parameter, a loop variable or an attribute, as in ordinary
//! reflection (`setattr(self, key, value)`, descriptors, `__getattr__` delegation),
//! are `reflective-attribute` (low) instead: this rule keeps names built by string
//! operations the folder could not finish and names from input or the environment.
//!
//! **Why is this bad?** A computed name can be `__globals__` or `__subclasses__` at run
//! time; it is how obfuscated escapes hide their path from a reader and from linters.
//! Folding covers constants; what remains is unknown, which is not the same as safe.
//!
//! **Example.**
//! ```python
//! getattr(obj, input())
//! ```

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::Meta;
use crate::capability::Capability;
use crate::checker::value::Value;
use crate::checker::{span, Checker, Via};
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ501",
    name: "computed-attribute",
    severity: Severity::Medium,
    category: "obfuscation",
    capability: Capability::Introspection,
    message: "attribute name passed to `{name}` is only known at run time",
    description: "Finds `getattr`, `setattr`, `delattr`, `operator.attrgetter`, `methodcaller`, `__getattribute__` and namespace lookups (`globals()[...]`, `vars(module)[...]`) whose name does not fold to a constant. A name whose known start or end rules out every dangerous attribute (`getattr(self, \"visit_\" + kind)`) stays quiet. Names that are a parameter, a loop variable or an attribute are PJ504 (low) instead; this rule keeps names built by string operations the folder could not finish and names from input or the environment.",
    rationale: "A name computed at run time can be `__globals__` or `__subclasses__`; computed names are how obfuscated escapes hide their path. pyjail folds constants (concatenation, formatting, slicing, decoding) and keeps what is known of partial strings: `getattr(self, \"visit_\" + kind)` cannot reach a dunder and is not reported. What remains unknown is reported, because unknown is not safe.",
    example: "getattr(obj, input())\nglobals()[name]",
    fix: "Use a fixed attribute or a dict of allowed names. Suppress an intended use with `# pyjail: ignore[PJ501]`.",
    references: &["https://docs.python.org/3/library/functions.html#getattr"],
};

/// Whether a name comes from string operations (that the folder could not finish) or
/// from outside the program, rather than from a variable of ordinary reflection.
fn built_or_from_outside(checker: &Checker<'_, '_>, expr: &Expr) -> bool {
    match expr {
        Expr::Name(_) | Expr::Subscript(_) => matches!(checker.resolve(expr), Value::Input),
        Expr::Call(call) => match checker.resolve(&call.func) {
            Value::Builtin(_) | Value::Qual { .. } => {
                matches!(checker.resolve(expr), Value::Input)
            }
            // A method call on a value: string operations the folder could not finish.
            _ => true,
        },
        Expr::Attribute(_) | Expr::Starred(_) => false,
        _ => true,
    }
}

pub(crate) fn report(
    checker: &mut Checker<'_, '_>,
    name: &Expr,
    via: Via,
    shape: Option<(&str, &str)>,
) {
    let range = span(name.range());
    let how = match via {
        Via::Call(how) => how,
        Via::Subscript => "a namespace lookup",
        Via::FormatString => "a format string",
        _ => "an attribute lookup",
    };
    let detail = match shape {
        Some((prefix, suffix)) if !prefix.is_empty() || !suffix.is_empty() => {
            format!(" (known part: starts with {prefix:?}, ends with {suffix:?})")
        }
        _ => String::new(),
    };
    let rule = if built_or_from_outside(checker, name) {
        super::Semantic::ComputedAttribute
    } else {
        super::Semantic::ReflectiveAttribute
    };
    checker.report_detail(rule, range, how, &detail);
}

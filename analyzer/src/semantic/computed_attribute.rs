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

/// Where the unknown parts of a computed name come from.
#[derive(Default)]
struct Sources {
    /// Input, arguments, the environment, `dir()` of something unknown.
    outside: bool,
    /// Variables of the program: parameters, loop variables, attributes of its objects.
    variables: bool,
}

impl Sources {
    fn of(checker: &Checker<'_, '_>, expr: &Expr) -> Sources {
        let mut sources = Sources::default();
        sources.visit(checker, expr);
        sources
    }

    fn visit(&mut self, checker: &Checker<'_, '_>, expr: &Expr) {
        match expr {
            Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => {
                match checker.resolve(expr) {
                    Value::Input => self.outside = true,
                    Value::Const(_) | Value::Consts(_) => {}
                    _ => self.variables = true,
                }
            }
            Expr::Call(call) => {
                if matches!(checker.resolve(expr), Value::Input) {
                    self.outside = true;
                    return;
                }
                if let Expr::Attribute(method) = call.func.as_ref() {
                    self.visit(checker, &method.value);
                }
                for arg in &call.arguments.args {
                    self.visit(checker, arg);
                }
                for keyword in &call.arguments.keywords {
                    self.visit(checker, &keyword.value);
                }
            }
            Expr::BinOp(op) => {
                self.visit(checker, &op.left);
                self.visit(checker, &op.right);
            }
            Expr::FString(fstring) => {
                for part in fstring.value.iter() {
                    if let ruff_python_ast::FStringPart::FString(f) = part {
                        for element in f.elements.iter() {
                            if let Some(interpolation) = element.as_interpolation() {
                                self.visit(checker, &interpolation.expression);
                            }
                        }
                    }
                }
            }
            Expr::If(ifexp) => {
                self.visit(checker, &ifexp.body);
                self.visit(checker, &ifexp.orelse);
            }
            Expr::Starred(starred) => self.visit(checker, &starred.value),
            // Literals, and constructs whose parts the folder gave up on: built.
            _ => {}
        }
    }
}

/// Whether a computed name is worth a reviewer's look (PJ501) rather than ordinary
/// reflection (PJ504): it comes from outside the program; or it is built from constants
/// the folder could not finish (obfuscation has no variables); or its known part is a
/// dunder's (`"__" + name`); or it is looked up on a module some rule names members of
/// (`getattr(os, name)`).
fn worth_a_look(
    checker: &Checker<'_, '_>,
    receiver: &Value<'_>,
    name: &Expr,
    shape: Option<(&str, &str)>,
) -> bool {
    let sources = Sources::of(checker, name);
    let dunder_part =
        shape.is_some_and(|(prefix, suffix)| prefix.starts_with("__") || suffix.ends_with("__"));
    let on_dangerous_module = receiver.qualified_name().is_some_and(|module| {
        checker.is_reported_name(module) || checker.has_direct_members(module)
    });
    sources.outside || !sources.variables || dunder_part || on_dangerous_module
}

pub(crate) fn report(
    checker: &mut Checker<'_, '_>,
    receiver: &Value<'_>,
    name: &Expr,
    via: Via,
    shape: Option<(&str, &str)>,
) {
    let range = span(name.range());
    let how = match via {
        Via::Call(how) => how,
        // Spelled as code, as the message quotes it.
        Via::Subscript => "namespace[...]",
        Via::FormatString => "str.format",
        _ => "getattr",
    };
    let detail = match shape {
        Some((prefix, suffix)) if !prefix.is_empty() || !suffix.is_empty() => {
            format!(" (known part: starts with {prefix:?}, ends with {suffix:?})")
        }
        _ => String::new(),
    };
    let rule = if worth_a_look(checker, receiver, name, shape) {
        super::Semantic::ComputedAttribute
    } else {
        super::Semantic::ReflectiveAttribute
    };
    checker.report_detail(rule, range, how, &detail);
}

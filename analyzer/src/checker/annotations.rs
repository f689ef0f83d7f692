//! Annotations written at run time, and the calls that evaluate annotation strings.
//!
//! `typing.get_type_hints`, `inspect.get_annotations(eval_str=True)` and their kin `eval`
//! every string annotation of the object they are given. Annotations written as
//! annotations are linted where they are written (`Checker::annotation`); so are the
//! constant strings the code puts in an `__annotations__` mapping itself. What is left is
//! text the code cannot show: an annotation set from outside text or a string built at run
//! time, which an evaluating call runs like `eval` of that text.

use std::borrow::Cow;

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::value::Value;
use super::{is_type_expression, span, Checker};
use crate::fold::{Const, Folded};
use crate::names::normalize;
use crate::semantic;

/// How `lint_inner` names a string annotation in its findings.
pub(super) const STRING_ANNOTATION: &str = "a string annotation";

impl<'a> Checker<'a, '_> {
    /// An assignment of `value` (walked to `walked`) to `target`, when the target is an
    /// object's annotations or one of them: `f.__annotations__ = {...}`,
    /// `f.__annotations__["x"] = ...`, `__annotations__` in a class body.
    pub(super) fn annotation_write(
        &mut self,
        target: &'a Expr,
        value: &'a Expr,
        walked: &Value<'a>,
    ) {
        let (owner, whole) = match target {
            Expr::Attribute(attr) if attr.attr.as_str() == "__annotations__" => {
                (owner_name(&attr.value), true)
            }
            Expr::Name(name) if name.id.as_str() == "__annotations__" && self.in_class_body() => {
                (self.defining_class.clone(), true)
            }
            Expr::Subscript(sub) => match sub.value.as_ref() {
                Expr::Attribute(attr) if attr.attr.as_str() == "__annotations__" => {
                    (owner_name(&attr.value), false)
                }
                Expr::Name(name)
                    if name.id.as_str() == "__annotations__" && self.in_class_body() =>
                {
                    (self.defining_class.clone(), false)
                }
                _ => return,
            },
            _ => return,
        };
        let unseen = match (whole, value) {
            (true, Expr::Dict(dict)) => self.annotation_entries(dict),
            (true, _) => match self.fold(value) {
                Folded::Known(Const::Dict(entries)) => {
                    for (_, annotation) in entries.iter() {
                        if let Const::Str(code) = annotation {
                            let _ = self.lint_inner(code, span(value.range()), STRING_ANNOTATION);
                        }
                    }
                    false
                }
                // Another object's annotations, copied (`functools.wraps` does it too).
                _ if copies_annotations(value) => false,
                // A mapping from outside text, or computed.
                _ => matches!(walked, Value::Input | Value::Unknown),
            },
            (false, _) => self.annotation_value(value, walked.clone()),
        };
        if let (true, Some(owner)) = (unseen, owner) {
            self.runtime_annotations.insert(owner.into_owned());
        }
    }

    /// The values of an annotations mapping written out (`{"x": "int"}`, also as the
    /// `__annotations__` entry of a namespace given to `type`): whether one of them is
    /// text no one has seen.
    pub(super) fn annotation_entries(&mut self, dict: &'a ast::ExprDict) -> bool {
        let mut unseen = false;
        for item in &dict.items {
            let value = self.resolve(&item.value);
            unseen |= self.annotation_value(&item.value, value);
        }
        unseen
    }

    /// One annotation written at run time: a constant string is linted as the code it is
    /// when evaluated; returns whether it is text no one has seen (from outside, built at
    /// run time, or computed by a call the folder does not follow), which evaluating it
    /// runs as `eval` runs a string that is not a constant. A type written out, and a name
    /// not known to hold such text (a decorated class is as unknown as a decoded string),
    /// are taken for types.
    fn annotation_value(&mut self, expr: &'a Expr, value: Value<'a>) -> bool {
        match value {
            Value::Input | Value::Shape { .. } => return true,
            Value::Unknown | Value::Const(_) | Value::Consts(_) | Value::Literal => {}
            _ => return false,
        }
        // `Optional[int]`, `models.User`, `int | None`, `Point`.
        let type_written_out = !expr.is_string_literal_expr() && is_type_expression(expr);
        let mut unseen = false;
        for candidate in self.fold_candidates(expr) {
            match candidate {
                // A string that is not Python fails before it runs anything.
                Folded::Known(Const::Str(code)) => {
                    let _ = self.lint_inner(&code, span(expr.range()), STRING_ANNOTATION);
                }
                Folded::Known(_) => {}
                Folded::Shape { .. } => unseen = true,
                Folded::Unknown => unseen |= !type_written_out,
            }
        }
        unseen
    }

    /// A call of `evaluator`, which `eval`s the string annotations of its first argument:
    /// dynamic code when the code wrote that object's annotations from text no one has
    /// seen. `eval_str_keyword`: the evaluation is asked for by a keyword (`eval_str=True`),
    /// without which the strings are returned as they are.
    pub(super) fn annotation_evaluation(
        &mut self,
        evaluator: &str,
        call: &'a ast::ExprCall,
        eval_str_keyword: bool,
    ) {
        if eval_str_keyword {
            let asked = call.arguments.keywords.iter().any(|k| {
                k.arg.as_ref().is_some_and(|a| a.as_str() == "eval_str")
                    && !matches!(
                        self.fold(&k.value),
                        Folded::Known(Const::Bool(false) | Const::Int(0) | Const::None)
                    )
            });
            if !asked {
                return;
            }
        }
        let object = call.arguments.args.first().or_else(|| {
            call.arguments
                .keywords
                .iter()
                .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "obj"))
                .map(|k| &k.value)
        });
        let Some(owner) = object.and_then(owner_name) else {
            return;
        };
        if self.runtime_annotations.contains(owner.as_ref()) {
            self.report_detail(
                semantic::Semantic::DynamicCode,
                span(call.range()),
                evaluator,
                &format!(" (the annotations of `{owner}`, written at run time)"),
            );
        }
    }
}

/// The name an object whose annotations are read or written is bound to (`f` of
/// `f.__annotations__`).
fn owner_name(expr: &Expr) -> Option<Cow<'_, str>> {
    match expr {
        Expr::Name(name) => Some(normalize(name.id.as_str())),
        _ => None,
    }
}

/// `other.__annotations__`, `dict(other.__annotations__)`, `other.__annotations__.copy()`.
fn copies_annotations(expr: &Expr) -> bool {
    match expr {
        Expr::Attribute(attr) => attr.attr.as_str() == "__annotations__",
        Expr::Call(call) => {
            matches!(call.func.as_ref(), Expr::Attribute(method) if copies_annotations(&method.value))
                || call.arguments.args.iter().any(copies_annotations)
        }
        _ => false,
    }
}

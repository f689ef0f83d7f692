//! PJ213 `reduce-definition`: a class that defines `__reduce__` or `__reduce_ex__`.
//!
//! **What it does.** Finds `def __reduce__` / `def __reduce_ex__` in a class body that
//! return something other than ordinary rebuilding (the class itself, a class or function
//! of the program, a data type, `super().__reduce__()`), and assignments to those names.
//!
//! **Why is this bad?** `__reduce__` tells pickle which callable to call with which
//! arguments when the object is unpickled. Defining it is how malicious pickles are made:
//! `return (os.system, ("id",))` runs a command wherever the pickle is loaded.
//!
//! **Example.**
//! ```python
//! class Payload:
//!     def __reduce__(self):
//!         return (os.system, ("id",))
//! ```

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::Meta;
use crate::capability::Capability;
use crate::checker::value::Value;
use crate::checker::{span, Checker, Via};
use crate::names::normalize;
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ213",
    name: "reduce-definition",
    severity: Severity::High,
    category: "function-internals",
    capability: Capability::CodeExec,
    message: "defines `{name}`, which tells pickle what to call when the object is loaded",
    description: "Finds `def __reduce__` / `def __reduce_ex__` in a class body whose `return` hands pickle a callable that is not ordinary rebuilding, reducers registered with `copyreg.pickle` that do the same, and assignments to those names. Ordinary rebuilding is not reported: the class itself (`self.__class__`, `type(self)`, a class or function of the program), a data type (`dict`, `tuple`, ...), a library callable no rule is about (`copyreg._reconstructor`, `datetime.date`), `super().__reduce__()` or a global name as a string.",
    rationale: "`__reduce__` and `__reduce_ex__` return the callable and arguments pickle uses to rebuild an object. Returning anything else is how malicious pickles are made: `return (os.system, (\"id\",))` or `return (eval, (source,))` runs code wherever the pickle is loaded.",
    example: "class Payload:\n    def __reduce__(self):\n        return (os.system, (\"id\",))",
    fix: "Use `copyreg` or plain data (JSON). Suppress an intended definition with `# pyjail: ignore[PJ213]`.",
    references: &["https://docs.python.org/3/library/pickle.html#object.__reduce__"],
};

fn is_reduce(name: &str) -> bool {
    matches!(name, "__reduce__" | "__reduce_ex__")
}

/// `def __reduce__(...)` directly in a class body, unless every `return` in it rebuilds
/// the object in an ordinary way.
pub(crate) fn check_def<'a>(
    checker: &mut Checker<'a, '_>,
    name: &str,
    def: &'a ast::StmtFunctionDef,
) {
    if !is_reduce(name) {
        return;
    }
    let mut returns = Vec::new();
    collect_returns(&def.body, &mut returns);
    report_unless_ordinary(checker, &returns, span(def.name.range), name);
}

/// Reports a reduction whose `returns` do not all rebuild the object in an ordinary way.
fn report_unless_ordinary<'a>(
    checker: &mut Checker<'a, '_>,
    returns: &[Option<&'a Expr>],
    range: (usize, usize),
    name: &str,
) {
    let ordinary = !returns.is_empty()
        && returns
            .iter()
            .all(|value| value.is_some_and(|v| rebuilds_ordinarily(checker, v)));
    if !ordinary {
        checker.report(super::Semantic::ReduceDefinition, range, name, Via::Direct);
    }
}

/// The values of the `return` statements of a function body (not of nested functions).
fn collect_returns<'a>(body: &'a [Stmt], out: &mut Vec<Option<&'a Expr>>) {
    for stmt in body {
        match stmt {
            Stmt::Return(ret) => out.push(ret.value.as_deref()),
            Stmt::If(s) => {
                collect_returns(&s.body, out);
                for clause in &s.elif_else_clauses {
                    collect_returns(&clause.body, out);
                }
            }
            Stmt::For(s) => {
                collect_returns(&s.body, out);
                collect_returns(&s.orelse, out);
            }
            Stmt::While(s) => {
                collect_returns(&s.body, out);
                collect_returns(&s.orelse, out);
            }
            Stmt::With(s) => collect_returns(&s.body, out),
            Stmt::Try(s) => {
                collect_returns(&s.body, out);
                for handler in &s.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = handler;
                    collect_returns(&h.body, out);
                }
                collect_returns(&s.orelse, out);
                collect_returns(&s.finalbody, out);
            }
            _ => {}
        }
    }
}

/// `(callable, args, ...)` with an ordinary callable, `super().__reduce__()` and the like,
/// or a global name as a string.
fn rebuilds_ordinarily<'a>(checker: &Checker<'a, '_>, value: &'a Expr) -> bool {
    match value {
        Expr::StringLiteral(_) => true,
        Expr::Tuple(tuple) => tuple
            .elts
            .first()
            .is_some_and(|callable| ordinary_callable(checker, callable)),
        // `super().__reduce__()`, `object.__reduce_ex__(self, protocol)`.
        Expr::Call(call) => match call.func.as_ref() {
            Expr::Attribute(attr) => {
                is_reduce(attr.attr.as_str())
                    && match attr.value.as_ref() {
                        Expr::Call(inner) => {
                            matches!(checker.resolve(&inner.func), Value::Builtin("super"))
                        }
                        receiver => matches!(
                            checker.resolve(receiver),
                            Value::Builtin("object") | Value::Instance
                        ),
                    }
            }
            _ => false,
        },
        _ => false,
    }
}

/// Builtins that only build data.
const DATA_TYPES: &[&str] = &[
    "bool",
    "bytearray",
    "bytes",
    "complex",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "object",
    "range",
    "set",
    "slice",
    "str",
    "tuple",
];

/// What pickle may call to rebuild an object without running anything else: the class
/// itself, a class or function of the program, a data type, or a library callable no
/// rule is about.
fn ordinary_callable<'a>(checker: &Checker<'a, '_>, callable: &'a Expr) -> bool {
    match callable {
        // `type(self)`.
        Expr::Call(call) => {
            matches!(checker.resolve(&call.func), Value::Builtin("type"))
                && matches!(
                    call.arguments.args.first().map(|a| checker.resolve(a)),
                    Some(Value::Instance)
                )
        }
        // `self.__class__`, `cls`, and attributes of them (`self.__class__.from_state`).
        Expr::Attribute(attr) if attr.attr.as_str() == "__class__" => {
            matches!(checker.resolve(&attr.value), Value::Instance)
        }
        Expr::Attribute(attr) if !matches!(checker.resolve(callable), Value::Qual { .. }) => {
            ordinary_callable(checker, &attr.value)
        }
        Expr::Name(_) | Expr::Attribute(_) => match checker.resolve(callable) {
            Value::Builtin(builtin) => DATA_TYPES.contains(&builtin),
            Value::Qual { name, .. } => !checker.is_reported_name(&name),
            Value::Function(_) | Value::Instance | Value::Class { .. } | Value::Unknown => true,
            _ => false,
        },
        _ => false,
    }
}

/// `copyreg.pickle(cls, reducer)`: the reducer plays `__reduce__` for every object of the
/// class, so it is judged the same way, the finding at the registration. A reducer that is
/// not one of the file's functions (or a lambda) is not judged here, and makes no pickle of
/// the file the program's own.
pub(crate) fn check_registered_reducer<'a>(checker: &mut Checker<'a, '_>, call: &'a ast::ExprCall) {
    let Some(reducer) = crate::checker::argument(call, 1, "pickle_function") else {
        return;
    };
    let mut returns = Vec::new();
    match reducer {
        Expr::Lambda(lambda) => returns.push(Some(lambda.body.as_ref())),
        Expr::Name(name) => match checker.call_sites.module_function(name.id.as_str()) {
            Some(def) => collect_returns(&def.body, &mut returns),
            None => return checker.own_pickles.unseen_code(),
        },
        _ => return checker.own_pickles.unseen_code(),
    }
    report_unless_ordinary(checker, &returns, span(call.range()), "copyreg.pickle");
}

/// `__reduce__ = ...` in a class body.
pub(crate) fn check_assign(checker: &mut Checker<'_, '_>, target: &Expr) {
    if let Expr::Name(name) = target {
        let id = normalize(name.id.as_str());
        if checker.in_class_body() && is_reduce(&id) {
            checker.report(
                super::Semantic::ReduceDefinition,
                span(target.range()),
                &id,
                Via::Direct,
            );
        }
    }
}

//! PJ435 `bounded-heap-walk`: a walk over `gc.get_objects()` whose use of the objects
//! cannot reach further than the program's own objects, open files, counts or type names.
//!
//! **What it does.** Finds walks over `gc.get_objects()` that are reported at low severity
//! instead of PJ401: a `for` loop over it (directly, or through a name assigned just before
//! and read nowhere else) whose whole body is `if isinstance(obj, C):`, where `C` is a file
//! or socket class of `io`/`socket` and the branch only calls `obj.close()` or
//! `obj.flush()`, or a plain class of the program (no metaclass; bases only its own plain
//! classes or builtin data types); a comprehension over it filtered the same way to a plain
//! class of the program; a comprehension that keeps only `type(obj).__name__`; and
//! `len(gc.get_objects())`.
//!
//! **Why is this bad?** It is not an escape: the walk hands the program nothing but
//! instances of a class it names, their count or their types' names, so the interpreter's
//! internals (the audit hook's state, saved builtins, frames) stay out of its reach. It is
//! still a walk over the whole heap, which the audit hook records as `gc.get_objects`; this
//! finding tells the threat report which line accounts for that event. `io`'s classes are
//! abstract base classes that any class can be registered with, which is why only `close`
//! and `flush` are accepted on them, and a filter in a comprehension runs on every object,
//! which is why only `isinstance` is accepted there.
//!
//! **Example.**
//! ```python
//! def close_open_files():
//!     everything = gc.get_objects()
//!     for obj in everything:
//!         if isinstance(obj, io.IOBase):
//!             obj.close()
//! ```

use std::collections::HashMap;

use ruff_python_ast::visitor::{walk_expr, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::Meta;
use crate::capability::Capability;
use crate::checker::value::Value;
use crate::checker::{span, Checker};
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ435",
    name: "bounded-heap-walk",
    severity: Severity::Low,
    category: "dangerous-call",
    capability: Capability::Introspection,
    message: "`{name}` walks the heap, but keeps only",
    description: "Finds walks over `gc.get_objects()` that are reported at low severity instead of PJ401: a `for` loop over it (directly, or through a name assigned just before and read nowhere else) whose whole body is `if isinstance(obj, C):`, where `C` is a file or socket class of `io`/`socket` and the branch only calls `obj.close()` or `obj.flush()`, or a plain class of the program (no metaclass; bases only its own plain classes or builtin data types); a comprehension over it filtered the same way to a plain class of the program; a comprehension that keeps only `type(obj).__name__`; and `len(gc.get_objects())`.",
    rationale: "The walk hands the program nothing but instances of a class it names, their count or their types' names, so the interpreter's internals (the audit hook's state, saved builtins, frames) stay out of its reach: closing every open file at exit and counting a class's instances in a leak test are known idioms. The audit hook still records the `gc.get_objects` event; this finding tells the threat report which line accounts for it. `io`'s classes are abstract base classes that any class can be registered with, so only `close` and `flush` are accepted on them; a comprehension's filter runs on every object, so only `isinstance` is accepted there.",
    example: "def close_open_files():\n    everything = gc.get_objects()\n    for obj in everything:\n        if isinstance(obj, io.IOBase):\n            obj.close()",
    fix: "Nothing to fix: keep the filter and the calls as they are. To hide the note, `# pyjail: ignore[PJ435]`.",
    references: &["https://docs.python.org/3/library/gc.html#gc.get_objects"],
};

/// The audit event a finding of this rule accounts for, at its own line.
pub(crate) const ACCOUNTS_FOR_EVENT: &str = "gc.get_objects";

const WALK: &str = "gc.get_objects";
/// Walks are looked for only in files with an import statement of `gc`: one reached
/// otherwise (`__import__("gc")`) stays PJ401.
const GC: &str = "gc";

/// File and socket classes whose instances the loop may close or flush.
const RESOURCE_CLASSES: &[&str] = &[
    "io.IOBase",
    "io.RawIOBase",
    "io.BufferedIOBase",
    "io.TextIOBase",
    "io.FileIO",
    "io.BufferedReader",
    "io.BufferedWriter",
    "io.BufferedRandom",
    "io.BufferedRWPair",
    "io.TextIOWrapper",
    "socket.socket",
];

const RESOURCE_METHODS: &[&str] = &["close", "flush"];

/// Bounded walks found so far: the range of the `gc.get_objects` callee, and what the
/// walk keeps (the end of the finding's message).
#[derive(Default)]
pub(crate) struct BoundedWalks(HashMap<(usize, usize), String>);

impl BoundedWalks {
    /// What the walk whose callee is at `range` keeps, if it is a bounded walk.
    pub(crate) fn kept_at(&self, range: (usize, usize)) -> Option<&str> {
        self.0.get(&range).map(String::as_str)
    }
}

/// Looks at `suite[at]` before the walk visits it: a loop over `gc.get_objects()`, or an
/// assignment of it to a name that only the next statement's loop reads.
pub(crate) fn check_suite<'a>(checker: &mut Checker<'a, '_>, suite: &'a [Stmt], at: usize) {
    if !checker.imports_module(GC) {
        return;
    }
    let (callee, walk) = match &suite[at] {
        Stmt::For(walk) => match walk_call(checker, &walk.iter) {
            Some(callee) => (callee, walk),
            None => return,
        },
        Stmt::Assign(assign) => {
            let (Some(callee), [Expr::Name(name)], Some(Stmt::For(walk))) = (
                walk_call(checker, &assign.value),
                &assign.targets[..],
                suite.get(at + 1),
            ) else {
                return;
            };
            let reads_only_in_loop = matches!(&*walk.iter, Expr::Name(it) if it.id == name.id)
                && loads_of(suite, name.id.as_str()) == 1;
            if !reads_only_in_loop {
                return;
            }
            (callee, walk)
        }
        _ => return,
    };
    if let Some(kept) = kept_by_loop(checker, walk) {
        checker.bounded_walks.0.insert(span(callee.range()), kept);
    }
}

/// A comprehension over `gc.get_objects()`: `[obj for obj in ... if isinstance(obj, C)]`
/// (or a generator or set of it) with `C` a plain class of the program, whose items are
/// the program's own objects (a resource class of `io` is not enough: the items leave the
/// filter); or one without a filter that keeps only `type(obj).__name__`.
pub(crate) fn check_comprehension<'a>(
    checker: &mut Checker<'a, '_>,
    results: &[&'a Expr],
    generators: &'a [ast::Comprehension],
) {
    let ([walk], true) = (generators, checker.imports_module(GC)) else {
        return;
    };
    let (Some(callee), Expr::Name(item), false) =
        (walk_call(checker, &walk.iter), &walk.target, walk.is_async)
    else {
        return;
    };
    let kept = match (&walk.ifs[..], results) {
        ([test], _) => match isinstance_of(checker, test, item) {
            Some((name, Value::Class { plain: true, .. })) => Some(own_instances(&name)),
            _ => None,
        },
        ([], [result]) if is_type_name(checker, result, item) => {
            Some(" the names of their types".to_string())
        }
        _ => None,
    };
    if let Some(kept) = kept {
        checker.bounded_walks.0.insert(span(callee.range()), kept);
    }
}

/// `len(gc.get_objects())`: only the count leaves the call.
pub(crate) fn check_call<'a>(checker: &mut Checker<'a, '_>, call: &'a ast::ExprCall) {
    let ([walk], true, true) = (
        &call.arguments.args[..],
        call.arguments.keywords.is_empty(),
        checker.imports_module(GC),
    ) else {
        return;
    };
    if checker.resolve(&call.func) != Value::Builtin("len") {
        return;
    }
    if let Some(callee) = walk_call(checker, walk) {
        let kept = " their number".to_string();
        checker.bounded_walks.0.insert(span(callee.range()), kept);
    }
}

fn own_instances(class: &str) -> String {
    format!(" instances of the program's own class `{class}`")
}

/// `type(item).__name__` or `__qualname__`.
fn is_type_name(checker: &Checker<'_, '_>, expr: &Expr, item: &ast::ExprName) -> bool {
    let Expr::Attribute(name) = expr else {
        return false;
    };
    let Expr::Call(of) = &*name.value else {
        return false;
    };
    matches!(name.attr.as_str(), "__name__" | "__qualname__")
        && matches!(&of.arguments.args[..], [Expr::Name(arg)] if arg.id == item.id)
        && of.arguments.keywords.is_empty()
        && checker.resolve(&of.func) == Value::Builtin("type")
}

/// The callee of `gc.get_objects(...)` when `expr` is that call.
fn walk_call<'a>(checker: &Checker<'a, '_>, expr: &'a Expr) -> Option<&'a Expr> {
    let Expr::Call(call) = expr else { return None };
    match checker.resolve(&call.func) {
        Value::Qual { name, .. } if &*name == WALK => Some(&call.func),
        _ => None,
    }
}

/// What a loop keeps, when its whole body is `if isinstance(item, C): ...` and the branch
/// uses the item only as that class allows.
fn kept_by_loop(checker: &Checker<'_, '_>, walk: &ast::StmtFor) -> Option<String> {
    let Expr::Name(item) = &*walk.target else {
        return None;
    };
    let [Stmt::If(filter)] = &walk.body[..] else {
        return None;
    };
    if !walk.orelse.is_empty() || !filter.elif_else_clauses.is_empty() {
        return None;
    }
    match isinstance_of(checker, &filter.test, item)? {
        (name, Value::Qual { name: class, .. }) if RESOURCE_CLASSES.contains(&&*class) => filter
            .body
            .iter()
            .all(|stmt| only_closes(stmt, item.id.as_str()))
            .then(|| format!(" instances of `{name}`, to close or flush them")),
        (name, Value::Class { plain: true, .. }) => Some(own_instances(&name)),
        _ => None,
    }
}

/// `isinstance(item, C)`: how `C` is written, and what it is.
fn isinstance_of<'a>(
    checker: &Checker<'a, '_>,
    test: &'a Expr,
    item: &ast::ExprName,
) -> Option<(String, Value<'a>)> {
    let Expr::Call(test) = test else {
        return None;
    };
    let [Expr::Name(tested), class] = &test.arguments.args[..] else {
        return None;
    };
    if tested.id != item.id
        || !test.arguments.keywords.is_empty()
        || checker.resolve(&test.func) != Value::Builtin("isinstance")
    {
        return None;
    }
    let value = checker.resolve(class);
    let written = match &value {
        Value::Qual { name, .. } => name.to_string(),
        _ => checker.raw(class.range()).to_string(),
    };
    Some((written, value))
}

/// `item.close()` or `item.flush()` as a statement of its own.
fn only_closes(stmt: &Stmt, item: &str) -> bool {
    let Stmt::Expr(expr) = stmt else { return false };
    let Expr::Call(call) = &*expr.value else {
        return false;
    };
    let Expr::Attribute(method) = &*call.func else {
        return false;
    };
    matches!(&*method.value, Expr::Name(receiver) if receiver.id == item)
        && RESOURCE_METHODS.contains(&method.attr.as_str())
        && call.arguments.is_empty()
}

/// How often `name` is read anywhere in `suite`, nested functions included.
fn loads_of(suite: &[Stmt], name: &str) -> usize {
    struct Loads<'n> {
        name: &'n str,
        count: usize,
    }
    impl<'a> Visitor<'a> for Loads<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(n) = expr {
                if n.id == self.name && !n.ctx.is_store() {
                    self.count += 1;
                }
            }
            walk_expr(self, expr);
        }
    }
    let mut loads = Loads { name, count: 0 };
    loads.visit_body(suite);
    loads.count
}

//! PJ435 `typed-heap-walk`: a loop over `gc.get_objects()` that keeps only instances of
//! one harmless class and uses them in a bounded way.
//!
//! **What it does.** Finds a `for` loop over `gc.get_objects()` (directly, or through a
//! name assigned just before and read nowhere else) whose whole body is `if
//! isinstance(obj, C):`, where `C` is either a file or socket class of `io`/`socket` and
//! the branch only calls `obj.close()` or `obj.flush()`, or a plain class of the program
//! (no metaclass, bases only the program's plain classes or builtin data types); and a
//! comprehension over it filtered the same way to a plain class of the program. Such a
//! walk is reported at low severity instead of PJ401.
//!
//! **Why is this bad?** It is not an escape: the loop touches no object but instances of
//! the class it names, so the interpreter's internals stay out of its reach. It is still
//! a walk over the whole heap, which the audit hook records as `gc.get_objects`; this
//! finding tells the threat report which line accounts for that event. `io`'s classes
//! are abstract base classes that any class can be registered with, which is why only
//! `close` and `flush` are allowed on them.
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
    name: "typed-heap-walk",
    severity: Severity::Low,
    category: "dangerous-call",
    capability: Capability::Introspection,
    message: "`{name}` walks the heap, keeping only instances of one class",
    description: "Finds a `for` loop over `gc.get_objects()` (directly, or through a name assigned just before and read nowhere else) whose whole body is `if isinstance(obj, C):`, where `C` is a file or socket class of `io`/`socket` and the branch only calls `obj.close()` or `obj.flush()`, or a plain class of the program (no metaclass; bases only its own plain classes or builtin data types); and a comprehension over it filtered the same way to a plain class of the program. It is reported instead of PJ401, at low severity.",
    rationale: "The loop reaches no object but instances of the class it names, so the interpreter's internals (the audit hook's state, saved builtins, frames) stay out of its reach: closing every open file at exit is a known idiom. The audit hook still records the `gc.get_objects` event; this finding tells the threat report which line accounts for it. `io`'s classes are abstract base classes that any class can be registered with, so only `close` and `flush` are accepted on them.",
    example: "def close_open_files():\n    everything = gc.get_objects()\n    for obj in everything:\n        if isinstance(obj, io.IOBase):\n            obj.close()",
    fix: "Nothing to fix: keep the filter and the calls as they are. To hide the note, `# pyjail: ignore[PJ435]`.",
    references: &["https://docs.python.org/3/library/gc.html#gc.get_objects"],
};

/// The audit event a finding of this rule accounts for, at its own line.
pub(crate) const ACCOUNTS_FOR_EVENT: &str = "gc.get_objects";

const WALK: &str = "gc.get_objects";

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

/// Typed walks found so far: the range of the `gc.get_objects` callee, and the class.
#[derive(Default)]
pub(crate) struct TypedWalks(HashMap<(usize, usize), String>);

impl TypedWalks {
    /// The class the walk whose callee is at `range` keeps to, if it is a typed walk.
    pub(crate) fn class_at(&self, range: (usize, usize)) -> Option<&str> {
        self.0.get(&range).map(String::as_str)
    }
}

/// Looks at `suite[at]` before the walk visits it: a loop over `gc.get_objects()`, or an
/// assignment of it to a name that only the next statement's loop reads.
pub(crate) fn check_suite<'a>(checker: &mut Checker<'a, '_>, suite: &'a [Stmt], at: usize) {
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
    if let Some(class) = kept_class(checker, walk) {
        checker.typed_walks.0.insert(span(callee.range()), class);
    }
}

/// `[obj for obj in gc.get_objects() if isinstance(obj, C)]` (or a generator or set of it)
/// with `C` a plain class of the program: its items are the program's own objects, used as
/// it likes. A resource class of `io` is not enough here: the items leave the filter.
pub(crate) fn check_comprehension<'a>(
    checker: &mut Checker<'a, '_>,
    generators: &'a [ast::Comprehension],
) {
    let [walk] = generators else { return };
    let (Some(callee), Expr::Name(item), [test]) =
        (walk_call(checker, &walk.iter), &walk.target, &walk.ifs[..])
    else {
        return;
    };
    if walk.is_async {
        return;
    }
    if let Some((class, Value::Class { plain: true })) = isinstance_of(checker, test, item) {
        checker.typed_walks.0.insert(span(callee.range()), class);
    }
}

/// The callee of `gc.get_objects(...)` when `expr` is that call.
fn walk_call<'a>(checker: &Checker<'a, '_>, expr: &'a Expr) -> Option<&'a Expr> {
    let Expr::Call(call) = expr else { return None };
    match checker.resolve(&call.func) {
        Value::Qual { name, .. } if &*name == WALK => Some(&call.func),
        _ => None,
    }
}

/// The class a loop keeps to, when its whole body is `if isinstance(item, C): ...` and the
/// branch uses the item only as that class allows.
fn kept_class(checker: &Checker<'_, '_>, walk: &ast::StmtFor) -> Option<String> {
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
            .then_some(name),
        (name, Value::Class { plain: true }) => Some(name),
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

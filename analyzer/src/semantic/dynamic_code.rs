//! PJ419 `dynamic-code`: `exec`, `eval` or `compile` of code not known before it runs.
//!
//! **What it does.** Finds calls of `exec`, `eval` and `compile` (also through aliases,
//! `builtins`, and as decorators) and of `cProfile.run`/`profile.run` (and `runctx`),
//! which `exec` their statement, whose code argument cannot be folded to a constant. When
//! it can (`exec("__imp" + "ort__('os')")`, `exec(base64.b64decode("..."))`), the code is
//! parsed and linted instead, and its findings are reported at the call, unless the
//! namespace the call passes binds a name to something dangerous (`exec("shlex.popen('id')",
//! {"shlex": os})`, a supplied `__builtins__` whose `__import__` returns `os`): then the
//! constant does not mean what it says, and the call is reported here. Library functions
//! that evaluate strings are judged the same way: `timeit`'s statements, `typing.ForwardRef`,
//! and `typing.get_type_hints` or `inspect.get_annotations(eval_str=True)` of an object whose
//! annotations the code wrote at run time (`f.__annotations__["x"] = input()`).
//!
//! **Why is this bad?** Code built at run time is invisible to any static check, this one
//! included: it is the last step of most obfuscated payloads.
//!
//! **Example.**
//! ```python
//! exec(bytes.fromhex(payload).decode())
//! ```

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::Meta;
use crate::capability::Capability;
use crate::checker::value::Value;
use crate::checker::{span, Checker, Via};
use crate::fold::{Const, Env, Folded};
use crate::severity::Severity;

/// The audit event that shows, at run time, the code a finding's call compiled: the threat
/// report takes the finding as answered for a run whose every such record at its line shows
/// text that is whole and lints clean (`eval(input())` of a judge's `3+4*2`).
pub(crate) const ANSWERED_BY_EVENT: &str = "compile";

pub(crate) const META: Meta = Meta {
    id: "PJ419",
    name: "dynamic-code",
    severity: Severity::High,
    category: "dangerous-call",
    capability: Capability::CodeExec,
    message: "`{name}` runs code that is only known at run time",
    description: "Finds calls of `exec`, `eval` and `compile` (also through aliases, `builtins`, and as decorators), and of `cProfile.run`/`profile.run` (and `runctx`), which `exec` their statement, whose code argument cannot be folded to a constant. When it can (`exec(\"__imp\" + \"ort__('os')\")`, `exec(base64.b64decode(\"...\"))`, constant statements repeated a number of times known at run time, `exec(\"...;\" * int(input()))`), the code is parsed and linted instead, and its findings are reported at the call, unless the namespace the call passes binds a name to something dangerous (`exec(\"shlex.popen('id')\", {\"shlex\": os})`, a supplied `__builtins__` whose `__import__` returns `os`): then the constant does not mean what it says, and the call is reported here. The examples of the file's docstrings that `doctest.testmod()` or `doctest.DocTestSuite()` run, and those of a docstring the file shows given to `doctest.run_docstring_examples`, are linted the same way, their findings reported at that call; so are pandas expressions that can reach the caller's names (`pandas.eval`, and `frame.query`/`frame.eval` with `@` or names supplied by `resolvers=`: `frame.query(\"@pd.compat.os.system('id') == 0\")`), and constant text the program writes into a module (`*.py`, in a directory known or not) or an `entry_points.txt` (its `module:attribute` references), reported at the write. Library functions that evaluate strings are judged the same way: `timeit`'s statements, `typing.ForwardRef`, and `typing.get_type_hints` or `inspect.get_annotations(eval_str=True)` of an object whose annotations the code wrote at run time from text it does not show (`f.__annotations__[\"x\"] = input()`); annotation strings the code does show are linted as code where they are written.",
    rationale: "Code built or received at run time cannot be checked before it runs, by pyjail or anyone else; `exec(decode(blob))` is the last step of most obfuscated payloads. Evaluating annotations is `eval` of each string annotation. When the code is a constant pyjail folds it (concatenations, slices, base64, hex, rot13, ...) and lints it instead.",
    example: "exec(input())\neval(bytes.fromhex(blob).decode())",
    fix: "Call functions directly; parse data with `json` or `ast.literal_eval`. Suppress an intended use with `# pyjail: ignore[PJ419]`.",
    references: &["https://docs.python.org/3/library/functions.html#exec", "https://docs.python.org/3/library/ast.html#ast.literal_eval"],
};

/// `exec(src)`, `eval(src)`, `compile(src, ...)`, and the profilers' `run(statement)`.
pub(crate) fn check_call<'a>(
    checker: &mut Checker<'a, '_>,
    call: &'a ast::ExprCall,
    callee: &str,
) -> Value<'a> {
    let source = call.arguments.args.first().or_else(|| {
        call.arguments
            .keywords
            .iter()
            .find(|k| {
                matches!(
                    k.arg.as_ref().map(|a| a.as_str()),
                    Some("source" | "object" | "expression" | "statement" | "cmd")
                )
            })
            .map(|k| &k.value)
    });
    let Some(source) = source else {
        return Value::Unknown;
    };
    let candidates = match repeated_statements(checker, source) {
        Some(statements) => vec![statements],
        None => checker.fold_candidates(source),
    };
    let constant = !candidates.is_empty()
        && candidates.iter().all(|c| {
            matches!(
                c,
                Folded::Known(Const::Str(_) | Const::Bytes(_) | Const::Code)
            )
        });
    let supplied = (callee != "compile")
        .then(|| supplied_name(checker, call))
        .flatten();
    check_code(
        checker,
        span(call.range()),
        callee,
        candidates,
        Via::Direct,
        supplied,
    );
    if callee == "compile" && constant {
        Value::Const(Const::Code)
    } else {
        Value::Unknown
    }
}

/// `doctest.testmod()` and `doctest.DocTestSuite()` of this file run the examples of its
/// docstrings (`>>> ` lines and their `... ` continuations) as code: that code is in the
/// file, so it is linted like constant code given to `exec`, and its findings are reported
/// at the call. Examples that lint clean report nothing: a module testing itself is
/// ordinary. Another module given to them runs that module's examples, which the file does
/// not show (the call is then not judged here).
pub(crate) fn check_docstring_examples(
    checker: &mut Checker<'_, '_>,
    call: &ast::ExprCall,
    callee: &str,
) {
    let of_another_module = !call.arguments.args.is_empty()
        || call
            .arguments
            .keywords
            .iter()
            .any(|k| matches!(k.arg.as_deref(), Some("m" | "module")));
    if of_another_module {
        return;
    }
    let mut examples = Vec::new();
    docstring_examples(checker.body, &mut examples);
    if examples.is_empty() {
        return;
    }
    // The parser reads past an example that does not parse, as doctest runs the others:
    // what the rest does is reported either way.
    let _ = checker.lint_inner(&examples.join("\n"), span(call.range()), callee);
}

/// A pandas expression: `pandas.eval(expr)` resolves its names in the caller's scope, and
/// `frame.query(expr)` and `frame.eval(expr)` do for names marked `@` (the others are
/// columns), in Python with the attributes and calls after them (`@pd.compat.os.system(
/// "id")`, CVE-2024-9880); `resolvers=`, `local_dict=` and `global_dict=` supply names to
/// either. A folded expression that can reach such names is linted as code, the markers
/// removed, with the caller's modules it names (and those the supplied dict displays bind)
/// imported under their names. A frame expression of columns alone reports nothing.
pub(crate) fn check_frame_expression<'a>(
    checker: &mut Checker<'a, '_>,
    call: &'a ast::ExprCall,
    callee: &str,
    of_frame: bool,
) {
    let Some(expression) = call.arguments.args.first() else {
        return;
    };
    let mut supplied: Vec<(String, String)> = Vec::new();
    let mut supplies_names = false;
    for keyword in &call.arguments.keywords {
        let Some("resolvers" | "local_dict" | "global_dict") = keyword.arg.as_deref() else {
            continue;
        };
        supplies_names = true;
        let dicts: Vec<&'a Expr> = match checker.spelled_out(&keyword.value) {
            Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }) => {
                elts.iter().map(|e| checker.spelled_out(e)).collect()
            }
            dict => vec![dict],
        };
        for dict in dicts {
            let Expr::Dict(dict) = dict else { continue };
            for item in &dict.items {
                let (Some(key), value) = (&item.key, &item.value) else {
                    continue;
                };
                if let (Folded::Known(Const::Str(name)), Some(module)) =
                    (checker.fold(key), checker.resolve(value).qualified_name())
                {
                    supplied.push((name.to_string(), module.to_string()));
                }
            }
        }
    }
    // A loop's name: each expression it takes.
    for candidate in checker.fold_candidates(expression) {
        let Folded::Known(Const::Str(text)) = candidate else {
            continue;
        };
        if of_frame && !text.contains('@') && !supplies_names {
            continue;
        }
        let mut code = String::new();
        let mut imported: Vec<String> = Vec::new();
        let identifiers = text
            .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '@'))
            .filter(|word| !of_frame || word.starts_with('@'))
            .map(|word| word.trim_start_matches('@'));
        for name in identifiers {
            if imported.iter().any(|i| i == name) {
                continue;
            }
            if let Some(module) = checker.module_named(name) {
                code.push_str(&format!("import {module} as {name}\n"));
                imported.push(name.to_string());
            }
        }
        for (name, module) in &supplied {
            code.push_str(&format!("import {module} as {name}\n"));
        }
        code.push_str(&text.replace('@', ""));
        let _ = checker.lint_inner(&code, span(call.range()), callee);
    }
}

/// Code the program writes where Python runs it later: a module (`*.py`, `*.pyw`) that an
/// import may load, or a distribution's `entry_points.txt`, whose `module:attribute`
/// references a plugin host loads and calls. When the text folds, a module is linted like
/// constant code given to `exec` and an entry point as the reference it names, their
/// findings reported at the write (`file_name`: the path's last part). Text that lints
/// clean reports nothing: programs generate modules.
pub(crate) fn check_written_code<'a>(
    checker: &mut Checker<'a, '_>,
    file_name: &str,
    content: &'a Expr,
    range: (usize, usize),
) {
    let module = file_name.ends_with(".py") || file_name.ends_with(".pyw");
    if !module && file_name != "entry_points.txt" {
        return;
    }
    let text = match checker.fold(content) {
        Folded::Known(Const::Str(text)) => text.to_string(),
        Folded::Known(Const::Bytes(bytes)) => String::from_utf8_lossy(&bytes).into_owned(),
        _ => return,
    };
    let code = if module {
        text
    } else {
        entry_point_references(&text)
    };
    let context = format!("in code written to `{file_name}`");
    let _ = checker.lint_nested(&code, range, &context);
}

/// `shell = subprocess:getoutput [extra]` lines of an `entry_points.txt`, as the code that
/// loading them runs: `import subprocess` and `subprocess.getoutput`.
fn entry_point_references(text: &str) -> String {
    let mut code = String::new();
    for line in text.lines() {
        let Some((_, reference)) = line.split_once('=') else {
            continue;
        };
        let reference = reference.split('[').next().unwrap_or("").trim();
        let (module, attribute) = reference.split_once(':').unwrap_or((reference, ""));
        let (module, attribute) = (module.trim(), attribute.trim());
        let dotted = |s: &str| {
            !s.is_empty()
                && s.split('.').all(|part| {
                    !part.is_empty() && part.chars().all(|c| c.is_alphanumeric() || c == '_')
                })
        };
        if !dotted(module) || !(attribute.is_empty() || dotted(attribute)) {
            continue;
        }
        code.push_str(&format!("import {module}\n"));
        if !attribute.is_empty() {
            code.push_str(&format!("{module}.{attribute}\n"));
        }
    }
    code
}

/// `doctest.run_docstring_examples(obj, globs)` runs the examples of `obj`'s docstring. When
/// the file shows that docstring, its examples are linted like constant code given to `exec`,
/// their findings reported at the call, and the call is judged (true): the caller withdraws
/// its own finding. Shown docstrings are those of the file's own undecorated functions and
/// its text constants, named directly or picked from its namespace by a prefix test
/// (`for k in g: if k.startswith("TEST_"): run_docstring_examples(g[k], g)`). A file that
/// might give an object another docstring, or its namespace other entries, at run time
/// (writing `__doc__`, `setattr`, `__dict__`, `exec`, a star import, a namespace entry of a
/// name it does not show) is not judged.
pub(crate) fn check_named_docstring_examples<'a>(
    checker: &mut Checker<'a, '_>,
    call: &'a ast::ExprCall,
    callee: &str,
) -> bool {
    let Some(object) = crate::checker::argument(call, 0, "f") else {
        return false;
    };
    if may_rewrite_docstrings(checker.body) {
        return false;
    }
    let docstrings = match object {
        Expr::Subscript(ast::ExprSubscript { value, slice, .. }) => {
            let Expr::Name(key) = slice.as_ref() else {
                return false;
            };
            let namespace = matches!(
                checker.resolve(value),
                Value::Namespace(ref of) if matches!(**of, Value::ThisModule)
            );
            let Some(prefix) = namespace
                .then(|| prefix_test(checker.body, key.id.as_str(), span(call.range())))
                .flatten()
            else {
                return false;
            };
            if prefix.is_empty() || writes_namespace_entries(checker.body, &prefix) {
                return false;
            }
            let names = checker.call_sites.bound_names_starting_with(&prefix);
            let shown: Option<Vec<String>> = names
                .iter()
                .map(|name| shown_docstring(checker, name))
                .collect();
            shown
        }
        Expr::Name(name) => shown_docstring(checker, name.id.as_str()).map(|doc| vec![doc]),
        _ => None,
    };
    let Some(docstrings) = docstrings else {
        return false;
    };
    let mut examples = Vec::new();
    for doc in &docstrings {
        examples_of(doc, &mut examples);
    }
    if !examples.is_empty() {
        let _ = checker.lint_inner(&examples.join("\n"), span(call.range()), callee);
    }
    true
}

/// The docstring of what the file binds `name` to, once and at module level, when the file
/// shows it: an undecorated function's (empty when it has none) or a text constant.
fn shown_docstring(checker: &Checker<'_, '_>, name: &str) -> Option<String> {
    if checker.call_sites.bindings(name) != 1 || checker.call_sites.declared_outside(name) {
        return None;
    }
    if let Some(def) = checker.call_sites.module_function(name) {
        if !def.decorator_list.is_empty() {
            return None;
        }
        return Some(match def.body.first() {
            Some(ast::Stmt::Expr(ast::StmtExpr { value, .. })) => match value.as_ref() {
                Expr::StringLiteral(doc) => doc.value.to_str().to_string(),
                _ => String::new(),
            },
            _ => String::new(),
        });
    }
    let value = checker.call_sites.module_constant(name)?;
    checker.known_text(value)
}

/// Whether the file names something that can give an object another docstring or its
/// namespace entries no statement shows: `__doc__`, `__dict__`, `setattr` and its kin,
/// `functools.update_wrapper` and `wraps` (they copy `__doc__`), `exec`, `eval`, or a
/// star import.
fn may_rewrite_docstrings(body: &[ast::Stmt]) -> bool {
    const REWRITING: [&str; 10] = [
        "__doc__",
        "__dict__",
        "setattr",
        "__setattr__",
        "setitem",
        "__setitem__",
        "update_wrapper",
        "wraps",
        "exec",
        "eval",
    ];
    let star_import = body.iter().any(|stmt| {
        matches!(stmt, ast::Stmt::ImportFrom(import)
            if import.names.iter().any(|alias| alias.name.as_str() == "*"))
    });
    star_import || crate::checker::names_any(body, &REWRITING)
}

/// The constant prefix `key.startswith("...")` tests in an `if` around `call`.
fn prefix_test(body: &[ast::Stmt], key: &str, call: (usize, usize)) -> Option<String> {
    struct Finder<'k> {
        key: &'k str,
        call: (usize, usize),
        prefix: Option<String>,
    }
    impl<'b> Visitor<'b> for Finder<'_> {
        fn visit_stmt(&mut self, stmt: &'b ast::Stmt) {
            if let ast::Stmt::If(branch) = stmt {
                let inside = branch.body.iter().any(|s| {
                    let (start, end) = span(s.range());
                    start <= self.call.0 && self.call.1 <= end
                });
                if inside {
                    if let Some(prefix) = tested_prefix(&branch.test, self.key) {
                        self.prefix = Some(prefix);
                    }
                }
            }
            walk_stmt(self, stmt);
        }
    }
    let mut finder = Finder {
        key,
        call,
        prefix: None,
    };
    finder.visit_body(body);
    finder.prefix
}

/// `key.startswith("TEST_")`, alone or as a term of an `and`.
fn tested_prefix(test: &Expr, key: &str) -> Option<String> {
    match test {
        Expr::BoolOp(ast::ExprBoolOp {
            op: ast::BoolOp::And,
            values,
            ..
        }) => values.iter().find_map(|value| tested_prefix(value, key)),
        Expr::Call(ast::ExprCall {
            func, arguments, ..
        }) => match (func.as_ref(), &arguments.args[..]) {
            (Expr::Attribute(attr), [Expr::StringLiteral(prefix)])
                if attr.attr.as_str() == "startswith"
                    && arguments.keywords.is_empty()
                    && matches!(attr.value.as_ref(), Expr::Name(n) if n.id.as_str() == key) =>
            {
                Some(prefix.value.to_str().to_string())
            }
            _ => None,
        },
        _ => None,
    }
}

/// Whether the file may put an entry that starts with `prefix` into a namespace dict at run
/// time: a subscript store whose key is not a literal of another start, or a dict method
/// that adds entries, on the result of `globals()`, `vars()` or `locals()`, or on a name
/// bound to one.
fn writes_namespace_entries(body: &[ast::Stmt], prefix: &str) -> bool {
    struct Writes<'p> {
        prefix: &'p str,
        holders: Vec<String>,
        found: bool,
    }
    fn is_namespace_call(expr: &Expr) -> bool {
        matches!(expr, Expr::Call(call) if matches!(call.func.as_ref(),
            Expr::Name(n) if matches!(n.id.as_str(), "globals" | "vars" | "locals")))
    }
    impl Writes<'_> {
        fn is_namespace(&self, expr: &Expr) -> bool {
            is_namespace_call(expr)
                || matches!(expr, Expr::Name(n) if self.holders.iter().any(|h| h == n.id.as_str()))
        }
    }
    impl<'b> Visitor<'b> for Writes<'_> {
        fn visit_expr(&mut self, expr: &'b Expr) {
            match expr {
                Expr::Subscript(sub)
                    if !matches!(sub.ctx, ast::ExprContext::Load)
                        && self.is_namespace(&sub.value) =>
                {
                    let other_start = matches!(sub.slice.as_ref(),
                        Expr::StringLiteral(key) if !key.value.to_str().starts_with(self.prefix));
                    self.found |= !other_start;
                }
                Expr::Attribute(attr) if self.is_namespace(&attr.value) => {
                    self.found |=
                        !matches!(attr.attr.as_str(), "get" | "keys" | "items" | "values");
                }
                _ => {}
            }
            walk_expr(self, expr);
        }
    }
    // Names bound to a namespace, anywhere in the file.
    struct Holders(Vec<String>);
    impl<'b> Visitor<'b> for Holders {
        fn visit_stmt(&mut self, stmt: &'b ast::Stmt) {
            if let ast::Stmt::Assign(assign) = stmt {
                if is_namespace_call(&assign.value) {
                    for target in &assign.targets {
                        if let Expr::Name(name) = target {
                            self.0.push(name.id.to_string());
                        }
                    }
                }
            }
            walk_stmt(self, stmt);
        }
    }
    let mut holders = Holders(Vec::new());
    holders.visit_body(body);
    let mut writes = Writes {
        prefix,
        holders: holders.0,
        found: false,
    };
    writes.visit_body(body);
    writes.found
}

/// The examples of every docstring in `body` (the module's, its classes', functions' and
/// methods'), each as source: its `>>> ` line and `... ` continuations, prompts removed.
fn docstring_examples(body: &[ast::Stmt], out: &mut Vec<String>) {
    if let Some(ast::Stmt::Expr(ast::StmtExpr { value, .. })) = body.first() {
        if let Expr::StringLiteral(doc) = value.as_ref() {
            examples_of(doc.value.to_str(), out);
        }
    }
    for stmt in body {
        match stmt {
            ast::Stmt::FunctionDef(def) => docstring_examples(&def.body, out),
            ast::Stmt::ClassDef(class) => docstring_examples(&class.body, out),
            _ => {}
        }
    }
}

fn examples_of(doc: &str, out: &mut Vec<String>) {
    let mut current: Option<String> = None;
    for line in doc.lines() {
        let line = line.trim_start();
        if let Some(code) = line.strip_prefix(">>>") {
            out.extend(current.take());
            current = Some(code.strip_prefix(' ').unwrap_or(code).to_string());
        } else if let (Some(code), Some(example)) = (line.strip_prefix("..."), current.as_mut()) {
            example.push('\n');
            example.push_str(code.strip_prefix(' ').unwrap_or(code));
        } else {
            out.extend(current.take());
        }
    }
    out.extend(current);
}

/// `"a, b = map(int, input().split()); print(a + b);" * int(input())`: constant statements
/// run a number of times known only at run time (golfed contest solutions) are the same
/// code, once linted. Only text that ends its last statement (with `;` or a line end) is
/// taken: `"x" * n` would be another name for each `n`.
fn repeated_statements<'a>(checker: &Checker<'a, '_>, source: &'a Expr) -> Option<Folded<'a>> {
    let Expr::BinOp(ast::ExprBinOp {
        left,
        op: ast::Operator::Mult,
        right,
        ..
    }) = source
    else {
        return None;
    };
    let ends_statement = |text: &[u8]| matches!(text.last(), Some(b';' | b'\n'));
    [left, right]
        .into_iter()
        .find_map(|side| match checker.fold(side) {
            Folded::Known(Const::Str(text)) if ends_statement(text.as_bytes()) => {
                Some(Folded::Known(Const::Str(text)))
            }
            Folded::Known(Const::Bytes(bytes)) if ends_statement(&bytes) => {
                Some(Folded::Known(Const::Bytes(bytes)))
            }
            _ => None,
        })
}

/// `@exec` / `@eval` on a definition: the argument is the definition, or what the
/// decorator below (a lambda) returns.
pub(crate) fn check_decorator<'a>(
    checker: &mut Checker<'a, '_>,
    range: (usize, usize),
    callee: &str,
    below: Option<&'a Expr>,
) {
    let candidates = match below {
        Some(Expr::Lambda(lambda)) => vec![checker.fold(&lambda.body)],
        _ => vec![Folded::Unknown],
    };
    check_code(checker, range, callee, candidates, Via::Decorator, None);
}

/// A name the namespace given to `exec`/`eval` binds to something dangerous under another
/// name, directly or in the `__builtins__` it supplies: `{"shlex": os}`, `exec(code,
/// {"__builtins__": {"__import__": lambda *a: tempfile._os}})`. Constant code run that way
/// does not mean what it says: `import shlex` in it imports `os` (`{"os": os}` does mean
/// it). The namespace is followed when it is a dict display in the call or a name the file
/// binds once to one; a lambda stands for what it returns.
fn supplied_name(checker: &Checker<'_, '_>, call: &ast::ExprCall) -> Option<String> {
    let keywords = call.arguments.keywords.iter().filter_map(|keyword| {
        matches!(keyword.arg.as_deref(), Some("globals" | "locals")).then_some(&keyword.value)
    });
    call.arguments
        .args
        .iter()
        .skip(1)
        .chain(keywords)
        .find_map(|namespace| dangerous_entry(checker, namespace, 0))
}

/// The key of a dict display (or a name bound once to one) whose value is dangerous.
fn dangerous_entry(checker: &Checker<'_, '_>, namespace: &Expr, depth: usize) -> Option<String> {
    let Expr::Dict(display) = checker.spelled_out(namespace) else {
        return None;
    };
    display.items.iter().find_map(|item| {
        let key = match item.key.as_ref()? {
            Expr::StringLiteral(key) => key.value.to_str().to_string(),
            _ => return None,
        };
        let value = match &item.value {
            Expr::Lambda(lambda) => lambda.body.as_ref(),
            other => other,
        };
        if key == "__builtins__" && depth == 0 {
            return dangerous_entry(checker, value, 1).map(|inner| format!("__builtins__.{inner}"));
        }
        // `{"os": os}` binds the name to what it says: the lint of the code assumed as much.
        let named = checker.dangerous_value_name(value)?;
        (named != key).then_some(key)
    })
}

/// `supplied`: a name the call's namespace binds to something dangerous, which makes
/// constant code that lints clean mean something else.
fn check_code(
    checker: &mut Checker<'_, '_>,
    range: (usize, usize),
    callee: &str,
    candidates: Vec<Folded<'_>>,
    via: Via,
    supplied: Option<String>,
) {
    if candidates.is_empty() {
        checker.report(super::Semantic::DynamicCode, range, callee, via);
    }
    for candidate in candidates {
        let size = match &candidate {
            Folded::Known(Const::Str(code)) => code.len(),
            Folded::Known(Const::Bytes(code)) => code.len(),
            _ => 0,
        };
        // Before the code is read at all: a file can pass a megabyte of it on every line.
        if let Some(why) = checker.budget().nested_code_refusal(size) {
            let detail = format!(" (its constant code could not be analysed: {why})");
            checker.report_detail(super::Semantic::DynamicCode, range, callee, &detail);
            continue;
        }
        let code = match &candidate {
            Folded::Known(Const::Str(code)) => Some(&**code),
            Folded::Known(Const::Bytes(code)) => std::str::from_utf8(code).ok(),
            Folded::Known(Const::Code) => continue, // linted where it was compiled
            _ => None,
        };
        let Some(code) = code else {
            match checker.budget().folding_refusal() {
                Some(why) => {
                    let detail = format!(" (its code could not be analysed: {why})");
                    checker.report_detail(super::Semantic::DynamicCode, range, callee, &detail);
                }
                None => checker.report(super::Semantic::DynamicCode, range, callee, via),
            }
            continue;
        };
        // Python decodes source given as bytes with the encoding it declares (a str is
        // already decoded): `unicode_escape` turns a comment into code.
        let bytes = matches!(candidate, Folded::Known(Const::Bytes(_)));
        if let Some((_, encoding)) = bytes
            .then(|| crate::scan::unsupported_encoding(code))
            .flatten()
        {
            checker.report_detail(
                super::Semantic::EncodingDeclaration,
                range,
                &encoding,
                &format!(" (in bytes passed to `{callee}`)"),
            );
            continue;
        }
        match checker.lint_inner(code, range, callee) {
            Ok(true) => {}
            Ok(false) => match &supplied {
                Some(name) => checker.report_detail(
                    super::Semantic::DynamicCode,
                    range,
                    callee,
                    &format!(
                        " (its constant code runs with `{name}` bound by the namespace the call passes: its names are not what they say)"
                    ),
                ),
                None => {
                    checker
                        .clean_constant_code
                        .push((range.0, code.as_bytes().to_vec()));
                    super::constant_code::report(checker, range, callee);
                }
            },
            Err(why) => checker.report_detail(
                super::Semantic::DynamicCode,
                range,
                callee,
                &format!(" (its constant code could not be analysed: {why})"),
            ),
        }
    }
}

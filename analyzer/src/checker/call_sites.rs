//! The file's own functions and the arguments their calls give them: a parameter that
//! every call in the file gives a constant is bound to those constants when the body is
//! checked, so a helper that hides a walk behind its parameters (`hop(obj, "__class__")`,
//! or a name decoded inside the helper) is read like the walk written out. Only a function
//! defined once, undecorated, and used by nothing but calls by name is followed: one that
//! is passed on, rebound or decorated may be called with anything. An argument is taken only
//! when it means the same wherever the body reads it: it reads no name but a module-level
//! constant (assigned once, at module level, and bound nowhere else) or a name the file never
//! binds (a builtin).

use foldhash::{HashMap, HashSet};

use ruff_python_ast::visitor::{
    walk_except_handler, walk_expr, walk_parameter, walk_pattern, walk_stmt, Visitor,
};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};

#[derive(Default)]
pub(crate) struct CallSites<'a> {
    functions: HashMap<&'a str, Uses<'a>>,
    /// Function and class bodies the visit is in.
    depth: usize,
    /// The file's statements, for [`CallSites::spelled`].
    body: &'a [Stmt],
    /// Module-level `for` statements (target, iterable), while the visit counts bindings.
    module_loops: Vec<(&'a Expr, &'a Expr)>,
    /// Every `for` statement (target, iterable), while the visit counts bindings.
    loops: Vec<(&'a Expr, &'a Expr)>,
    /// The names `for` statements bind: with a tuple target, which part of each element.
    loop_iters: Vec<(&'a str, Option<usize>, &'a Expr)>,
}

/// The longest literal kept in [`CallSites::spelled`]: member names are shorter.
const SPELLED_MAX: usize = 32;

#[derive(Default)]
struct Uses<'a> {
    /// Definitions and other bindings of the name, in any scope.
    bindings: usize,
    /// `global` or `nonlocal` declarations of the name.
    declared: bool,
    /// Bound somewhere to text: a string literal or f-string, or grown with `+=`.
    text: bool,
    /// The value of its last `name = value` statement (one target).
    assigned: Option<&'a Expr>,
    /// What every binding so far imported, when each was an import of the same module or
    /// member.
    imports: Option<String>,
    /// Of those, the bindings at module level (in no function or class body).
    module_bindings: usize,
    /// Of those, targets of a module-level assignment statement (`=`, unpacking included),
    /// `import` or `def`.
    module_assignments: usize,
    /// Read other than as the callee of a call, or decorated.
    escapes: bool,
    /// Each call's arguments, and whether the call is at module level.
    calls: Vec<(&'a ast::Arguments, bool)>,
}

/// An argument a call gives, and whether the call is at module level, where names mean
/// the module's bindings alone.
pub(crate) struct Argument<'a> {
    pub expr: &'a Expr,
    pub at_module_level: bool,
}

/// A parameter as calls can give it: by position (`index`) and by keyword (`name`).
pub(crate) struct Param<'p> {
    pub name: &'p str,
    pub index: Option<usize>,
}

impl<'a> CallSites<'a> {
    pub(crate) fn of(body: &'a [Stmt]) -> CallSites<'a> {
        let mut sites = CallSites {
            body,
            ..CallSites::default()
        };
        for stmt in body {
            sites.visit_stmt(stmt);
        }
        // `for path in ("a", "b"): f(path)`, or over `PATHS`, a display the module binds
        // once: the name holds one of the display's values wherever the module reads it.
        // Known only once every binding in the file has been counted.
        sites.loop_iters = std::mem::take(&mut sites.loops)
            .into_iter()
            .flat_map(|(target, iter)| match target {
                Expr::Name(name) => vec![(name.id.as_str(), None, iter)],
                Expr::Tuple(ast::ExprTuple { elts, .. }) => elts
                    .iter()
                    .enumerate()
                    .filter_map(|(i, part)| match part {
                        Expr::Name(name) => Some((name.id.as_str(), Some(i), iter)),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            })
            .collect();
        for (target, iter) in std::mem::take(&mut sites.module_loops) {
            let display = match iter {
                Expr::Name(name) => sites.module_constant(name.id.as_str()),
                display => Some(display),
            };
            if display.is_some_and(|display| sites.display_of_fixed_values(display)) {
                sites.assigned_at_module_level(target);
            }
        }
        sites
    }

    /// How often the file binds `name`, in any scope and any way (assignment, `def`,
    /// parameter, import, `for`, `with`, `except`, `del`, ...).
    pub(crate) fn bindings(&self, name: &str) -> usize {
        self.functions.get(name).map_or(0, |uses| uses.bindings)
    }

    /// The short texts the file writes out as string literals of its own (`"popen"`), as
    /// opposed to building them (`"po" + "pen"`, `"sys" "tem"`, a decoding helper). A walk
    /// of the whole file: asked once, by the few files that build a dangerous member name.
    pub(crate) fn spelled(&self) -> HashSet<&'a str> {
        struct Literals<'a>(HashSet<&'a str>);
        impl<'a> Visitor<'a> for Literals<'a> {
            fn visit_expr(&mut self, expr: &'a Expr) {
                if let Expr::StringLiteral(literal) = expr {
                    let text = literal.value.to_str();
                    if !literal.value.is_implicit_concatenated() && text.len() <= SPELLED_MAX {
                        self.0.insert(text);
                    }
                }
                walk_expr(self, expr);
            }
        }
        let mut literals = Literals(HashSet::default());
        for stmt in self.body {
            literals.visit_stmt(stmt);
        }
        literals.0
    }

    /// The value `name` is bound to, when the file binds it once, by `name = value`.
    pub(crate) fn only_value(&self, name: &str) -> Option<&'a Expr> {
        self.functions
            .get(name)
            .filter(|uses| uses.bindings == 1 && !uses.declared)
            .and_then(|uses| uses.assigned)
    }

    /// The value of `name` when the file binds it once, by a module-level `name = value`.
    pub(crate) fn module_constant(&self, name: &str) -> Option<&'a Expr> {
        self.functions
            .get(name)
            .filter(|uses| uses.module_assignments == 1)
            .and_then(|_| self.only_value(name))
    }

    /// The elements of the display a `for name in ...` loops over, when that loop is the
    /// only binding of `name` (written there, or bound once to a module-level name; a
    /// display written in a function is folded where the loop is, by the caller), the keys,
    /// values or items of a dict display, or what a generator of the file yields. With a
    /// tuple target (`for path, text in PAIRS`), the name's part of each element that is a
    /// display.
    pub(crate) fn loop_display(&self, name: &str) -> Option<Vec<&'a Expr>> {
        let uses = self.functions.get(name)?;
        if uses.bindings != 1 || uses.declared {
            return None;
        }
        let &(_, part, iter) = self
            .loop_iters
            .iter()
            .find(|(target, ..)| *target == name)?;
        let spelled = |expr: &'a Expr| match expr {
            Expr::Name(name) => self.module_constant(name.id.as_str()),
            display => Some(display),
        };
        // What a generator of the file yields: `for path in targets()`.
        if let Expr::Call(call) = iter {
            if let Expr::Name(generator) = call.func.as_ref() {
                let yielded = self.yielded_by(generator.id.as_str())?;
                return match part {
                    None => Some(yielded),
                    Some(index) => Some(
                        yielded
                            .into_iter()
                            .filter_map(|element| display_elements(element)?.get(index))
                            .collect(),
                    ),
                };
            }
        }
        // A dict's keys, values or (key, value) items: `for rel, text in FILES.items()`.
        if let Expr::Call(call) = iter {
            let Expr::Attribute(view) = call.func.as_ref() else {
                return None;
            };
            let Expr::Dict(dict) = spelled(&view.value)? else {
                return None;
            };
            let keys = || dict.items.iter().filter_map(|item| item.key.as_ref());
            let values = || dict.items.iter().map(|item| &item.value);
            return match (view.attr.as_str(), part) {
                ("keys", None) | ("items", Some(0)) => Some(keys().collect()),
                ("values", None) | ("items", Some(1)) => Some(values().collect()),
                _ => None,
            };
        }
        let display = spelled(iter)?;
        if let (Expr::Dict(dict), None) = (display, part) {
            return Some(
                dict.items
                    .iter()
                    .filter_map(|item| item.key.as_ref())
                    .collect(),
            );
        }
        let elements = display_elements(display)?;
        Some(match part {
            None => elements.iter().collect(),
            Some(index) => elements
                .iter()
                .filter_map(|element| display_elements(element)?.get(index))
                .collect(),
        })
    }

    /// The `def` at module level that is the file's only binding of `name`.
    pub(crate) fn module_function(&self, name: &str) -> Option<&'a ast::StmtFunctionDef> {
        if self.bindings(name) != 1 {
            return None;
        }
        self.body.iter().find_map(|stmt| match stmt {
            Stmt::FunctionDef(def) if def.name.as_str() == name => Some(def),
            _ => None,
        })
    }

    /// The values the file's function `name` (bound once, at module level) yields, when it
    /// yields any: `yield expr` in its body, not in functions or classes nested in it.
    fn yielded_by(&self, name: &str) -> Option<Vec<&'a Expr>> {
        struct Yields<'a>(Vec<&'a Expr>);
        impl<'a> Visitor<'a> for Yields<'a> {
            fn visit_stmt(&mut self, stmt: &'a Stmt) {
                if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                    walk_stmt(self, stmt);
                }
            }
            fn visit_expr(&mut self, expr: &'a Expr) {
                match expr {
                    Expr::Yield(ast::ExprYield {
                        value: Some(value), ..
                    }) => self.0.push(value),
                    Expr::Lambda(_) => return,
                    _ => {}
                }
                walk_expr(self, expr);
            }
        }
        let def = self.module_function(name)?;
        let mut yields = Yields(Vec::new());
        for stmt in &def.body {
            yields.visit_stmt(stmt);
        }
        (!yields.0.is_empty()).then_some(yields.0)
    }

    /// The names the file binds or declares somewhere that start with `prefix`.
    pub(crate) fn bound_names_starting_with(&self, prefix: &str) -> Vec<&'a str> {
        let mut names: Vec<&'a str> = self
            .functions
            .iter()
            .filter(|(name, uses)| name.starts_with(prefix) && (uses.bindings > 0 || uses.declared))
            .map(|(name, _)| *name)
            .collect();
        names.sort_unstable();
        names
    }

    /// Whether the file binds `name` somewhere to text (`stmt = ""`, `stmt += part`,
    /// `code = f"..."`): a name that is no callable.
    pub(crate) fn holds_text(&self, name: &str) -> bool {
        self.functions.get(name).is_some_and(|uses| uses.text)
    }

    /// Whether some function declares `name` `global` or `nonlocal`: a call may then
    /// rebind it anywhere.
    pub(crate) fn declared_outside(&self, name: &str) -> bool {
        self.functions.get(name).is_some_and(|uses| uses.declared)
    }

    /// The argument expression every call of `function` gives `param`, when the function
    /// is followed and each call gives it (no `*args` or `**kwargs` at the call, no
    /// default taken).
    pub(crate) fn arguments(&self, function: &str, param: &Param<'_>) -> Option<Vec<Argument<'a>>> {
        let uses = self.functions.get(function)?;
        if uses.bindings != 1 || uses.escapes || uses.calls.is_empty() {
            return None;
        }
        uses.calls
            .iter()
            .map(|&(arguments, at_module_level)| {
                let spread = arguments.args.iter().any(Expr::is_starred_expr)
                    || arguments.keywords.iter().any(|k| k.arg.is_none());
                if spread {
                    return None;
                }
                let by_keyword = arguments
                    .keywords
                    .iter()
                    .find(|k| k.arg.as_ref().is_some_and(|arg| arg.as_str() == param.name))
                    .map(|k| &k.value);
                let expr = by_keyword.or_else(|| arguments.args.get(param.index?))?;
                Some(Argument {
                    expr,
                    at_module_level,
                })
            })
            .collect()
    }
    fn bind(&mut self, name: &'a str) {
        let uses = self.functions.entry(name).or_default();
        uses.bindings += 1;
        uses.imports = None;
        if self.depth == 0 {
            uses.module_bindings += 1;
        }
    }

    /// An import binds `name` to `target` (`os`, `os.path`, `pkg.module.member`). Importing
    /// the same thing again, which every binding of the name so far did, binds nothing new.
    fn bind_import(&mut self, name: &'a str, target: String) {
        let uses = self.functions.entry(name).or_default();
        if uses.imports.as_ref() == Some(&target) {
            return;
        }
        let first = uses.bindings == 0;
        self.bind(name);
        let uses = self.functions.entry(name).or_default();
        if first {
            uses.imports = Some(target);
        }
        // `import os` at the top: the name means one module in every scope.
        if self.depth == 0 {
            uses.module_assignments += 1;
        }
    }

    /// `name = "..."`, `name = f"..."`, `name += "..."`: the name holds text.
    fn bound_to_text(&mut self, stmt: &'a Stmt) {
        let text = |value: &Expr| matches!(value, Expr::StringLiteral(_) | Expr::FString(_));
        let targets: &[Expr] = match stmt {
            Stmt::Assign(ast::StmtAssign { targets, value, .. }) if text(value) => targets,
            Stmt::AugAssign(ast::StmtAugAssign {
                target,
                op: ast::Operator::Add,
                value,
                ..
            }) if text(value) => std::slice::from_ref(target.as_ref()),
            _ => return,
        };
        for target in targets {
            if let Expr::Name(name) = target {
                self.functions.entry(name.id.as_str()).or_default().text = true;
            }
        }
    }

    fn assigned_at_module_level(&mut self, target: &'a Expr) {
        match target {
            Expr::Name(name) => {
                self.functions
                    .entry(name.id.as_str())
                    .or_default()
                    .module_assignments += 1;
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for element in elts {
                    self.assigned_at_module_level(element);
                }
            }
            Expr::Starred(starred) => self.assigned_at_module_level(&starred.value),
            _ => {}
        }
    }

    /// [`CallSites::reads_only_fixed_names`], or names the module does not bind at all
    /// (a function's locals), which fold to nothing known at module level.
    pub(crate) fn reads_only_fixed_or_unbound_names(
        &self,
        expr: &Expr,
        at_module_level: bool,
    ) -> bool {
        every_name(expr, |name| {
            let unbound_at_module_level = self
                .functions
                .get(name)
                .is_none_or(|uses| uses.module_bindings == 0 && !uses.declared);
            unbound_at_module_level || self.is_fixed(name, at_module_level)
        })
    }

    /// Whether `expr` folds to the same value in every scope of the file: each name it
    /// reads is a module-level constant or never bound here.
    pub(crate) fn reads_only_fixed_names(&self, expr: &Expr, at_module_level: bool) -> bool {
        every_name(expr, |name| self.is_fixed(name, at_module_level))
    }

    /// Whether `name` means one value wherever it is read: never bound in the file, or
    /// bound once, at module level. Read at module level, a name is the module's binding,
    /// whatever functions bind that name for themselves.
    fn is_fixed(&self, name: &str, at_module_level: bool) -> bool {
        self.functions.get(name).is_none_or(|uses| {
            let bindings = if at_module_level && !uses.declared {
                uses.module_bindings
            } else {
                uses.bindings
            };
            uses.bindings == 0 || (bindings == 1 && uses.module_assignments == 1)
        })
    }
}

/// Whether every name `expr` reads passes `test`.
fn every_name(expr: &Expr, test: impl Fn(&str) -> bool) -> bool {
    struct Names<F> {
        test: F,
        all: bool,
    }
    impl<F: Fn(&str) -> bool> Visitor<'_> for Names<F> {
        fn visit_expr(&mut self, expr: &Expr) {
            if let Expr::Name(name) = expr {
                self.all &= (self.test)(name.id.as_str());
            } else if self.all {
                walk_expr(self, expr);
            }
        }
    }
    let mut names = Names { test, all: true };
    names.visit_expr(expr);
    names.all
}

impl CallSites<'_> {
    /// A tuple, list or set display whose elements are literals, such displays, or
    /// expressions that read only names fixed at module level
    /// (`os.path.expanduser("~/.ssh/id_rsa")`, `os.sep.join(("", "etc", "shadow"))`): each
    /// is one value, the same wherever the module reads the loop's name. A parameter given
    /// that name still takes constants only when every element folds.
    fn display_of_fixed_values(&self, expr: &Expr) -> bool {
        let elements = match expr {
            Expr::Tuple(ast::ExprTuple { elts, .. })
            | Expr::List(ast::ExprList { elts, .. })
            | Expr::Set(ast::ExprSet { elts, .. }) => elts,
            _ => return false,
        };
        elements.iter().all(|element| {
            element.is_literal_expr()
                || self.display_of_fixed_values(element)
                || call_on_literals(element)
                || (!element.is_starred_expr() && self.reads_only_fixed_names(element, true))
        })
    }
}

/// Whether `body` names something that moves, copies or links files or directories, or
/// changes directory: `os.rename`, `shutil.move`, `os.symlink`, `Path.rename`,
/// `os.chdir`, ... (a name, attribute or string literal so spelled, `getattr(os,
/// "chdir")` included; `replace` only when called with one argument, as
/// `Path.replace(target)`, or on `os`, not `str.replace(old, new)`).
pub(crate) fn names_relocating_calls(body: &[Stmt]) -> bool {
    const RELOCATING: [&str; 17] = [
        "chdir",
        "fchdir",
        "rename",
        "renames",
        "move",
        "copy",
        "copy2",
        "copyfile",
        "copytree",
        "link",
        "symlink",
        "symlink_to",
        "hardlink_to",
        "link_to",
        "chroot",
        "pivot_root",
        "mount",
    ];
    struct Replaces(bool);
    impl<'b> Visitor<'b> for Replaces {
        fn visit_expr(&mut self, expr: &'b Expr) {
            if let Expr::Call(call) = expr {
                if let Expr::Attribute(attr) = call.func.as_ref() {
                    let on_os =
                        matches!(attr.value.as_ref(), Expr::Name(os) if os.id.as_str() == "os");
                    self.0 |= attr.attr.as_str() == "replace"
                        && (call.arguments.args.len() == 1 || on_os);
                }
            }
            walk_expr(self, expr);
        }
    }
    let mut replaces = Replaces(false);
    replaces.visit_body(body);
    replaces.0 || names_any(body, &RELOCATING)
}

/// Whether `body` names one of `names` (a name, an attribute or a string literal).
pub(crate) fn names_any(body: &[Stmt], names: &[&str]) -> bool {
    struct Names<'n>(&'n [&'n str], bool);
    impl<'b> Visitor<'b> for Names<'_> {
        fn visit_expr(&mut self, expr: &'b Expr) {
            let named = match expr {
                Expr::Name(name) => Some(name.id.as_str()),
                Expr::Attribute(attr) => Some(attr.attr.as_str()),
                Expr::StringLiteral(text) => Some(text.value.to_str()),
                _ => None,
            };
            self.1 |= named.is_some_and(|name| self.0.contains(&name));
            if !self.1 {
                walk_expr(self, expr);
            }
        }
    }
    let mut found = Names(names, false);
    found.visit_body(body);
    found.1
}

/// The elements of a tuple, list or set display.
fn display_elements(expr: &Expr) -> Option<&[Expr]> {
    match expr {
        Expr::Tuple(ast::ExprTuple { elts, .. })
        | Expr::List(ast::ExprList { elts, .. })
        | Expr::Set(ast::ExprSet { elts, .. }) => Some(elts),
        _ => None,
    }
}

/// `os.path.expanduser("~/.ssh/id_rsa")`: a module's function (by its dotted name) on
/// literals.
fn call_on_literals(expr: &Expr) -> bool {
    fn dotted(expr: &Expr) -> bool {
        match expr {
            Expr::Name(_) => true,
            Expr::Attribute(attr) => dotted(&attr.value),
            _ => false,
        }
    }
    matches!(expr, Expr::Call(call)
        if dotted(&call.func)
            && call.arguments.keywords.is_empty()
            && call.arguments.args.iter().all(Expr::is_literal_expr))
}

impl<'a> Visitor<'a> for CallSites<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        self.bound_to_text(stmt);
        if let Stmt::Assign(ast::StmtAssign { targets, value, .. }) = stmt {
            if let [Expr::Name(name)] = &targets[..] {
                self.functions.entry(name.id.as_str()).or_default().assigned = Some(value);
            }
        }
        match stmt {
            Stmt::FunctionDef(def) => {
                self.bind(def.name.as_str());
                let uses = self.functions.entry(def.name.as_str()).or_default();
                // A `def` at the top: the name means one function in every scope.
                if self.depth == 0 {
                    uses.module_assignments += 1;
                }
                uses.escapes |= !def.decorator_list.is_empty();
                self.depth += 1;
                walk_stmt(self, stmt);
                self.depth -= 1;
                return;
            }
            Stmt::ClassDef(class) => {
                self.bind(class.name.as_str());
                self.depth += 1;
                walk_stmt(self, stmt);
                self.depth -= 1;
                return;
            }
            Stmt::Assign(ast::StmtAssign { targets, .. }) if self.depth == 0 => {
                for target in targets {
                    self.assigned_at_module_level(target);
                }
            }
            Stmt::AnnAssign(ast::StmtAnnAssign {
                target,
                value: Some(_),
                ..
            }) if self.depth == 0 => self.assigned_at_module_level(target),
            // `for path in ("a", "b"): f(path)`: the name holds one of the display's
            // constants wherever the module reads it.
            Stmt::For(ast::StmtFor { target, iter, .. }) => {
                if self.depth == 0 {
                    self.module_loops.push((target, iter));
                }
                self.loops.push((target, iter));
            }
            Stmt::Global(ast::StmtGlobal { names, .. })
            | Stmt::Nonlocal(ast::StmtNonlocal { names, .. }) => {
                for name in names {
                    self.functions.entry(name.as_str()).or_default().declared = true;
                }
            }
            Stmt::Import(ast::StmtImport { names, .. }) => {
                for alias in names {
                    let (bound, target) = match &alias.asname {
                        Some(asname) => (asname.as_str(), alias.name.to_string()),
                        None => {
                            let top = alias.name.split('.').next().unwrap_or(&alias.name);
                            (top, top.to_string())
                        }
                    };
                    self.bind_import(bound, target);
                }
            }
            Stmt::ImportFrom(ast::StmtImportFrom {
                module,
                names,
                level,
                ..
            }) => {
                let from = module.as_ref().map_or("", |m| m.as_str());
                for alias in names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name).as_str();
                    let target = format!("{}{from}.{}", ".".repeat(*level as usize), alias.name);
                    self.bind_import(bound, target);
                }
            }
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_except_handler(&mut self, handler: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(handler_def) = handler;
        if let Some(name) = &handler_def.name {
            self.bind(name.as_str());
        }
        walk_except_handler(self, handler);
    }

    fn visit_pattern(&mut self, pattern: &'a ast::Pattern) {
        let bound = match pattern {
            ast::Pattern::MatchAs(ast::PatternMatchAs { name, .. })
            | ast::Pattern::MatchStar(ast::PatternMatchStar { name, .. }) => name.as_ref(),
            ast::Pattern::MatchMapping(ast::PatternMatchMapping { rest, .. }) => rest.as_ref(),
            _ => None,
        };
        if let Some(name) = bound {
            self.bind(name.as_str());
        }
        walk_pattern(self, pattern);
    }

    fn visit_parameter(&mut self, parameter: &'a ast::Parameter) {
        self.bind(parameter.name.as_str());
        walk_parameter(self, parameter);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Call(call) => {
                if let Expr::Name(callee) = call.func.as_ref() {
                    self.functions
                        .entry(callee.id.as_str())
                        .or_default()
                        .calls
                        .push((&call.arguments, self.depth == 0));
                    for arg in &call.arguments.args {
                        self.visit_expr(arg);
                    }
                    for keyword in &call.arguments.keywords {
                        self.visit_expr(&keyword.value);
                    }
                    return;
                }
            }
            Expr::Name(name) => match name.ctx {
                ExprContext::Load => {
                    self.functions.entry(name.id.as_str()).or_default().escapes = true;
                }
                _ => self.bind(name.id.as_str()),
            },
            _ => {}
        }
        walk_expr(self, expr);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(source: &str) -> ast::ModModule {
        ruff_python_parser::parse_module(source)
            .expect("valid Python")
            .into_syntax()
    }

    fn given(source: &str, function: &str, name: &str, index: usize) -> Option<Vec<String>> {
        let module = parsed(source);
        let sites = CallSites::of(&module.body);
        let param = Param {
            name,
            index: Some(index),
        };
        let found = sites.arguments(function, &param)?;
        Some(
            found
                .iter()
                .map(|argument| {
                    let e = argument.expr;
                    source[usize::from(ruff_text_size::Ranged::start(e))
                        ..usize::from(ruff_text_size::Ranged::end(e))]
                        .to_string()
                })
                .collect(),
        )
    }

    #[test]
    fn every_call_by_name_gives_its_argument() {
        let source = "def hop(obj, name):\n    return getattr(obj, name)\n\nhop((), '__class__')\nhop(1, name='real')\n";
        assert_eq!(
            given(source, "hop", "name", 1),
            Some(vec!["'__class__'".to_string(), "'real'".to_string()])
        );
    }

    #[test]
    fn a_function_used_otherwise_may_be_called_with_anything() {
        for source in [
            // Passed on.
            "def hop(obj, name):\n    pass\n\nhop(1, 'a')\nhandlers = [hop]\n",
            // Decorated.
            "@cache\ndef hop(obj, name):\n    pass\n\nhop(1, 'a')\n",
            // Defined twice.
            "def hop(obj, name):\n    pass\n\ndef hop(obj, name):\n    pass\n\nhop(1, 'a')\n",
            // Rebound, by an assignment, an import or a parameter of the same name.
            "def hop(obj, name):\n    pass\n\nhop(1, 'a')\nhop = print\n",
            "def hop(obj, name):\n    pass\n\nhop(1, 'a')\nfrom helpers import hop\n",
            "def hop(obj, name):\n    pass\n\ndef use(hop):\n    hop(1, 'a')\n",
            // A call that spreads its arguments, or takes the default.
            "def hop(obj, name):\n    pass\n\nhop(1, 'a')\nhop(*pair)\n",
            "def hop(obj, name='x'):\n    pass\n\nhop(1, 'a')\nhop(1)\n",
            // Never called.
            "def hop(obj, name):\n    pass\n",
        ] {
            assert_eq!(given(source, "hop", "name", 1), None, "{source}");
        }
    }

    #[test]
    fn an_argument_is_taken_only_when_it_means_the_same_in_every_scope() {
        let source = "\
K = 'ss__'
A, (B, *C) = 'x', ('y', 'z')
L = 'a'
L = 'b'
for F in 'ab':
    pass
def use(P):
    M = 'local'
    return P
with open('f') as W:
    pass
try:
    pass
except OSError as E:
    pass
'__cla' + 'ss__'
'__cla' + K
chr(95) + B + C[0]
L
F
P
M
W
E
";
        let module = parsed(source);
        let sites = CallSites::of(&module.body);
        let fixed: Vec<bool> = module
            .body
            .iter()
            .filter_map(|s| s.as_expr_stmt())
            .map(|e| sites.reads_only_fixed_names(&e.value, false))
            .collect();
        assert_eq!(
            fixed,
            [true, true, true, false, false, false, false, false, false]
        );
    }
}

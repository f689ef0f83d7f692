//! The AST walk: one pass over the tree that resolves names as it goes (imports, aliases,
//! constants) and hands each node to the rules interested in it. No rule walks the tree on
//! its own.
//!
//! Function bodies are checked after the code around them, in a queue, as CPython runs them
//! later too: a function sees module-level names bound after its `def`.

mod annotations;
mod call_sites;
mod calls;
mod imports;
mod kept;
pub(crate) mod own_pickle;
pub(crate) mod scope;
pub(crate) mod value;

pub(crate) use call_sites::names_any;

use std::borrow::Cow;
use std::collections::VecDeque;
use std::rc::Rc;

use foldhash::{HashMap, HashSet};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::budget::Budget;
use crate::capability::Capability;
use crate::fold::{Const, Env, Folded, Folder};
use crate::names::{self, normalize};
use crate::rules::{Patterns, RuleIdx, RuleSet};
use crate::semantic::{self, class_step::Next};
use scope::{Lookup, ScopeKind, Scopes};
use value::Value;

pub(crate) use kept::{Kept, KeptFindings};

/// Deepest AST nesting the walk follows (CPython's compiler gives up between 1,000 and 3,000
/// chained operators). The lexical pre-scan keeps far deeper trees from being built at all.
pub(crate) const MAX_WALK_DEPTH: usize = 2500;
/// How deep `exec("exec('...')")` is followed.
const MAX_EXEC_DEPTH: u8 = 4;

/// Whether a method is declared a `staticmethod` (its first parameter is no instance).
fn is_static(f: &ast::StmtFunctionDef) -> bool {
    f.decorator_list.iter().any(|d| match &d.expression {
        Expr::Name(name) => name.id.as_str() == "staticmethod",
        Expr::Attribute(attr) => attr.attr.as_str() == "staticmethod",
        _ => false,
    })
}

/// Function internals that are only a look at the code when read from the file's own
/// function (PJ203, PJ204). Not the defaults: `f.__kwdefaults__["safe"] = False` writes
/// through a read.
const OWN_FUNCTION_READS: &[&str] = &["__code__", "__closure__"];

/// A finding before positions are computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawFinding {
    pub rule: RuleIdx,
    pub range: (usize, usize),
    pub message: String,
    /// What the finding is about, folded: a file path or a network endpoint.
    pub target: Option<String>,
}

/// The rules a walk applies, and the budget of the file being linted.
pub(crate) struct Context<'l> {
    pub rules: &'l RuleSet,
    pub patterns: &'l Patterns,
    pub budget: Budget,
}

/// How a name was reached, for the message of a finding.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Via<'s> {
    Direct,
    /// Through a call with a (possibly computed) name: `getattr`, `attrgetter`, ...
    Call(&'s str),
    FormatString,
    /// A namespace lookup: `vars(x)[...]`, `__dict__[...]`, `globals()[...]`.
    Subscript,
    /// Through a local name bound by an import or assignment.
    Alias(&'s str),
    /// Written with characters NFKC normalisation folds.
    Nfkc(&'s str),
    StarImport(&'s str),
    Decorator,
    /// Through a module another module imported, as written: `shutil.os` is `os`.
    ModuleAttribute(&'s str),
    /// A member name only dangerous APIs have, built by the code (not written out) and
    /// looked up on an object the analyzer cannot resolve.
    BuiltName(&'s str),
}

impl Via<'_> {
    fn suffix(&self) -> String {
        match self {
            Via::Direct => String::new(),
            Via::Call(how) => format!(" (reached through `{how}`)"),
            Via::FormatString => " (inside a format string)".into(),
            Via::Subscript => " (through a namespace lookup)".into(),
            Via::Alias(alias) => format!(" (through the name `{alias}`)"),
            Via::Nfkc(raw) => format!(" (written `{raw}`; Python normalises it)"),
            Via::StarImport(module) => format!(" (from `from {module} import *`)"),
            Via::Decorator => " (applied as a decorator)".into(),
            Via::ModuleAttribute(path) => format!(" (the module reached as `{path}`)"),
            Via::BuiltName(name) => format!(
                " (the code builds the name `{name}` and looks it up on an object it gets at run time)"
            ),
        }
    }
}

/// A function body waiting to be checked, with what its parameters are bound to.
struct Deferred<'a> {
    params: Vec<(Cow<'a, str>, Value<'a>)>,
    body: &'a [Stmt],
    parent: usize,
    /// The function's name and parameters, when its calls may give them constants
    /// (`call_sites`): a `def`, not a lambda.
    def: Option<&'a ast::StmtFunctionDef>,
}

pub(crate) struct Checker<'a, 'l> {
    cx: &'l Context<'l>,
    src: &'a str,
    scopes: Scopes<'a>,
    scope: usize,
    deferred: VecDeque<Deferred<'a>>,
    /// Depth of conditional blocks (if, loops, try) in the current function.
    branch: usize,
    depth: usize,
    too_deep: Option<usize>,
    exec_depth: u8,
    findings: Kept<'l>,
    /// Import findings that a use of the module, later in the file, makes redundant.
    pending_imports: Vec<(String, RawFinding)>,
    /// Modules and members with a use reported, with all their parent packages.
    used: HashSet<String>,
    /// Per module: how often its name is read, and how often as the receiver of a
    /// written-out attribute (`gc.disable`). When the two agree, every use is visible.
    module_loads: HashMap<Rc<str>, (u32, u32)>,
    /// Top-level modules an import statement of the file names.
    imported: HashSet<String>,
    /// Walks over `gc.get_objects()` that keep only what cannot reach further (PJ435).
    pub(crate) bounded_walks: semantic::bounded_heap_walk::BoundedWalks,
    /// Pickle streams reported (PJ437), so that a payload is reported once, where it is
    /// first seen, however many names and calls pass it on.
    pub(crate) pickle_payloads: HashSet<u64>,
    /// Buffers and files only `pickle.dump` filled: loading them rebuilds the program's
    /// own objects.
    pub(crate) own_pickles: own_pickle::OwnPickles,
    /// The lookups a gating `find_class` hands on (`super().find_class(...)`): no use of
    /// unpickling's power (see `restricting_lookups`).
    gated_lookups: Vec<(usize, usize)>,
    /// What the file's calls of its own functions give their parameters.
    pub(crate) call_sites: call_sites::CallSites<'a>,
    /// [`call_sites::CallSites::spelled`], once asked.
    spelled: Option<foldhash::HashSet<&'a str>>,
    /// Names of objects whose annotations the code wrote from text no one has seen
    /// (`f.__annotations__["x"] = input()`): evaluating them runs that text.
    runtime_annotations: HashSet<String>,
    /// The class whose body is being walked.
    defining_class: Option<Cow<'a, str>>,
    /// The newest module reached as another module's attribute: where the expression that
    /// reached it is, and that expression's qualified name (`shutil.os`).
    newest_reexport: Option<((usize, usize), String)>,
    /// While a call of a module member is judged: how its module was reached, when as
    /// another module's attribute (`shutil.os` in `shutil.os.kill(...)`).
    callee_reached_as: Option<String>,
    /// The module's statements, for what reads the whole file (doctest's examples).
    pub(crate) body: &'a [Stmt],
    /// Calls of the file's functions being resolved to what they return, one in another.
    return_depth: std::cell::Cell<u8>,
    /// [`Checker::relocates_files`], once asked.
    relocates: std::cell::OnceCell<bool>,
    /// [`Checker::registers_reducers`], once asked.
    reducers: std::cell::OnceCell<bool>,
    /// [`Checker::reads_patch_originals`], once asked.
    patch_originals: std::cell::OnceCell<bool>,
    /// Constant code the file runs (its call's offset, the code as bytes) that linted
    /// clean: the report tells a run's cut record of it from other text by it.
    pub(crate) clean_constant_code: CleanConstants,
}

/// The result of checking one module.
pub(crate) struct Checked {
    pub findings: KeptFindings,
    /// Offset where the walk gave up because of nesting.
    pub too_deep: Option<usize>,
    /// [`Checker::clean_constant_code`] of the file itself (not of code it runs).
    pub clean_constant_code: CleanConstants,
}

/// Constant code a file runs that linted clean: its call's offset and the code as bytes.
pub(crate) type CleanConstants = Vec<(usize, Vec<u8>)>;

/// Walks `body`, its findings going to `findings` (which keeps the strongest).
pub(crate) fn check<'a, 'l>(
    cx: &'l Context<'l>,
    src: &'a str,
    body: &'a [Stmt],
    exec_depth: u8,
    findings: Kept<'l>,
) -> Checked {
    let mut checker = Checker {
        cx,
        src,
        scopes: Scopes::new(),
        scope: 0,
        deferred: VecDeque::new(),
        branch: 0,
        depth: 0,
        too_deep: None,
        exec_depth,
        findings,
        pending_imports: Vec::new(),
        used: HashSet::default(),
        module_loads: HashMap::default(),
        imported: HashSet::default(),
        bounded_walks: Default::default(),
        pickle_payloads: HashSet::default(),
        own_pickles: own_pickle::OwnPickles::new(),
        gated_lookups: Vec::new(),
        call_sites: call_sites::CallSites::of(body),
        spelled: None,
        runtime_annotations: HashSet::default(),
        defining_class: None,
        newest_reexport: None,
        callee_reached_as: None,
        body,
        return_depth: std::cell::Cell::new(0),
        relocates: std::cell::OnceCell::new(),
        reducers: std::cell::OnceCell::new(),
        patch_originals: std::cell::OnceCell::new(),
        clean_constant_code: Vec::new(),
    };
    checker.stmts(body);
    while let Some(deferred) = checker.deferred.pop_front() {
        checker.function_body(deferred);
    }
    checker.finish()
}

/// The argument of `call` at `position`, or given by keyword as `keyword`.
pub(crate) fn argument<'e>(
    call: &'e ast::ExprCall,
    position: usize,
    keyword: &str,
) -> Option<&'e Expr> {
    call.arguments.args.get(position).or_else(|| {
        call.arguments
            .keywords
            .iter()
            .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == keyword))
            .map(|k| &k.value)
    })
}

pub(crate) fn span(range: TextRange) -> (usize, usize) {
    (range.start().into(), range.end().into())
}

impl<'a, 'l> Checker<'a, 'l> {
    fn finish(mut self) -> Checked {
        // `import __main__` reaches the module's names unseen (`__main__.buf.write(...)`).
        if self.imported.contains("__main__") {
            self.own_pickles.unseen_code();
        }
        let own_loads = self.own_pickles.own_loads();
        // Asked only of files with such loads: it reads the whole file again.
        if own_loads.is_empty() || !self.registers_reducers() {
            for load in own_loads {
                self.withdraw_finding(load, Capability::CodeExec);
            }
        }
        for (key, finding) in std::mem::take(&mut self.pending_imports) {
            // A module whose every use is a visible attribute no rule reports
            // (`gc.disable()`, `pickle.dumps(x)`) was imported for harmless work.
            let top = key.split('.').next().unwrap_or(&key);
            let visible = self
                .module_loads
                .get(key.as_str())
                .or_else(|| self.module_loads.get(top))
                .is_some_and(|&(all, attributes)| all > 0 && all == attributes);
            if !self.used.contains(&key) && !visible {
                self.findings.push(finding);
            }
        }
        let clean_constant_code = if self.exec_depth == 0 {
            self.clean_constant_code
        } else {
            Vec::new()
        };
        Checked {
            findings: self.findings.into_findings(),
            too_deep: self.too_deep,
            clean_constant_code,
        }
    }

    // ---- services for the rules ------------------------------------------------------

    fn message(&self, rule: RuleIdx, name: &str, via: Via) -> Option<String> {
        let rule = self.cx.rules.rule(rule);
        rule.enabled.then(|| {
            format!(
                "{}{}",
                rule.doc.message.replace("{name}", name),
                via.suffix()
            )
        })
    }

    /// Records a finding of `rule` at `range`; `name` fills the message's `{name}`.
    pub(crate) fn report(
        &mut self,
        rule: impl Into<RuleIdx>,
        range: (usize, usize),
        name: &str,
        via: Via,
    ) {
        self.record(rule.into(), range, name, via, "", None);
    }

    /// Records a finding with a message of its own (still starting from the rule's).
    pub(crate) fn report_detail(
        &mut self,
        rule: impl Into<RuleIdx>,
        range: (usize, usize),
        name: &str,
        detail: &str,
    ) {
        self.record(rule.into(), range, name, Via::Direct, detail, None);
    }

    /// Records a finding about `target` (a folded file path or network endpoint), which
    /// the message names after the rule's own words: `detail` says how.
    pub(crate) fn report_target(
        &mut self,
        rule: impl Into<RuleIdx>,
        range: (usize, usize),
        name: &str,
        detail: &str,
        target: String,
    ) {
        self.record(rule.into(), range, name, Via::Direct, detail, Some(target));
    }

    fn record(
        &mut self,
        rule: RuleIdx,
        range: (usize, usize),
        name: &str,
        via: Via,
        detail: &str,
        target: Option<String>,
    ) {
        if self.in_gated_lookup(rule, range) {
            return;
        }
        // A finding about a call of another module's module (`shutil.os.kill(...)`) says
        // how the callee was reached.
        let reached_as = match (via, &self.callee_reached_as) {
            (Via::Direct, Some(path)) => Via::ModuleAttribute(path).suffix(),
            _ => String::new(),
        };
        if let Some(message) = self.message(rule, name, via) {
            self.findings.push(RawFinding {
                rule,
                range,
                message: format!("{message}{detail}{reached_as}"),
                target,
            });
        }
    }

    /// Names `target` on the newest `network` finding inside `range` (the callee of a
    /// client call, where the finding about the client was made).
    pub(crate) fn retarget_network_finding(&mut self, range: (usize, usize), target: String) {
        let rules = self.cx.rules;
        let finding = self.findings.recent_mut().rev().find(|f| {
            f.range.0 >= range.0
                && f.range.1 <= range.1
                && f.target.is_none()
                && rules.rule(f.rule).doc.capability == Capability::Network
        });
        if let Some(finding) = finding {
            finding.message = format!("{} to `{target}`", finding.message);
            finding.target = Some(target);
        }
    }

    /// Drops the newest finding about `capability` inside `range` (made for a callee before
    /// its arguments showed it harmless).
    pub(crate) fn withdraw_finding(&mut self, range: (usize, usize), capability: Capability) {
        let rules = self.cx.rules;
        self.findings.withdraw(|f| {
            f.range.0 >= range.0
                && f.range.1 <= range.1
                && rules.rule(f.rule).doc.capability == capability
        });
    }

    /// Whether an import statement of the file names the top-level module `top`.
    pub(crate) fn imports_module(&self, top: &str) -> bool {
        self.imported.contains(top)
    }

    /// Whether importing `name` by that constant name is harmless: no rule is about the
    /// module and it is not one sandboxes pre-bind.
    pub(crate) fn is_harmless_module_name(&self, name: &str) -> bool {
        let top = name.split('.').next().unwrap_or(name);
        !name.is_empty()
            && !name.starts_with('.')
            && !names::assumed_module(top)
            && self.cx.patterns.import(name).is_none()
    }

    /// The module that the attribute `name` of the module (or module member) `base` is,
    /// when `name` names one the rules know: `shutil.os` is `os`, `tempfile._os` is `os`
    /// (the standard library imports modules under a private alias). Modules keep the
    /// modules they import as attributes, so every rule about `os` applies to `shutil.os`.
    /// Not a submodule or member the rules know by its own name (`asyncio.subprocess`,
    /// `unittest.mock`, `subprocess._*`), nor a member named after its own module
    /// (`signal.signal`, `platform.platform`: a function, not the module), nor a function
    /// named like another module (`copyreg.pickle`).
    fn reexported_module<'n>(&self, base: &str, name: &'n str) -> Option<&'n str> {
        const FUNCTIONS_NAMED_LIKE_MODULES: [&str; 2] = ["copyreg.pickle", "copy_reg.pickle"];
        let module = self.known_module_named(name)?;
        if base.rsplit('.').next() == Some(name) {
            return None;
        }
        let full = value::qualified_member(base, name)?;
        let itself = self.is_known_module(&full)
            || self.cx.patterns.qualified(&full).is_some()
            || FUNCTIONS_NAMED_LIKE_MODULES.contains(&full.as_str());
        (!itself).then_some(module)
    }

    /// The module the rules know that an attribute `name` would be: `os` for `os` or `_os`.
    fn known_module_named<'n>(&self, name: &'n str) -> Option<&'n str> {
        let unaliased = name.strip_prefix('_').filter(|n| !n.starts_with('_'));
        [Some(name), unaliased]
            .into_iter()
            .flatten()
            .find(|module| self.is_known_module(module))
    }

    /// Whether the rules know `module` as a module: some rule names a member of it or its
    /// import, it has file APIs whose paths are judged, or sandboxes pre-bind it.
    fn is_known_module(&self, module: &str) -> bool {
        self.cx.patterns.has_members(module)
            || self.cx.patterns.has_import(module)
            || crate::semantic::file_target::has_file_apis(module)
            || names::assumed_module(module)
    }

    /// A value of `base`'s attribute `name`: the module it names (`reexported_module`), or
    /// the member `base.name`.
    fn member_of(&self, base: &str, name: &str, reported: bool) -> Value<'a> {
        match self.reexported_module(base, name) {
            Some(module) => Value::module(module),
            None => match value::qualified_member(base, name) {
                Some(full) => Value::member(&full, reported),
                None => Value::Unknown,
            },
        }
    }

    /// How `expr` was written when its walk, just done, reached a module as another
    /// module's attribute (`shutil.os`), for the messages of findings about that module's
    /// members.
    fn reached_as(&self, expr: &Expr) -> Option<String> {
        match &self.newest_reexport {
            Some((at, path)) if *at == span(expr.range()) => Some(path.clone()),
            _ => None,
        }
    }

    /// Marks `qualified` and the modules above it as used (their import findings are not
    /// needed).
    fn mark_used(&mut self, qualified: &str) {
        let mut name = qualified;
        while self.used.insert(name.to_string()) {
            match name.rfind('.') {
                Some(dot) => name = &name[..dot],
                None => break,
            }
        }
    }

    /// Records a finding about a use of a module member, which makes an import finding
    /// for that module redundant.
    /// A code-exec finding inside a lookup that a gating `find_class` hands on.
    fn in_gated_lookup(&self, rule: RuleIdx, range: (usize, usize)) -> bool {
        let handed_on = |&(start, end): &(usize, usize)| start <= range.0 && range.1 <= end;
        self.cx.rules.rule(rule).doc.capability == Capability::CodeExec
            && self.gated_lookups.iter().any(handed_on)
    }

    fn report_use(&mut self, rule: RuleIdx, range: (usize, usize), qualified: &str, via: Via) {
        self.mark_used(qualified);
        if self.in_gated_lookup(rule, range) {
            return;
        }
        if let Some(kept) = self.bounded_walks.kept_at(range) {
            let kept = kept.to_string();
            self.report_detail(semantic::Semantic::BoundedHeapWalk, range, qualified, &kept);
            return;
        }
        let root = qualified.split('.').next().unwrap_or(qualified);
        let assumed = names::assumed_module(root)
            && !matches!(
                via,
                Via::ModuleAttribute(_) | Via::BuiltName(_) | Via::Call(_)
            )
            && !self.imported.contains(root)
            && matches!(self.scopes.lookup(self.scope, root), Lookup::Free(_));
        if let Some(message) = self.message(rule, qualified, via) {
            let message = if assumed {
                format!("{message} (assumed: not imported in this file)")
            } else {
                message
            };
            self.findings.push(RawFinding {
                rule,
                range,
                message,
                target: None,
            });
        }
    }

    fn report_import(&mut self, rule: RuleIdx, range: (usize, usize), module: &str, key: &str) {
        if let Some(message) = self.message(rule, module, Via::Direct) {
            let finding = RawFinding {
                rule,
                range,
                message,
                target: None,
            };
            self.pending_imports.push((key.to_string(), finding));
        }
    }

    pub(crate) fn fold(&self, expr: &'a Expr) -> Folded<'a> {
        Folder::new(self).fold(expr)
    }

    pub(crate) fn fold_candidates(&self, expr: &'a Expr) -> Vec<Folded<'a>> {
        Folder::new(self).candidates(expr)
    }

    /// [`Checker::fold_candidates`] with `name` holding `value`.
    pub(crate) fn fold_candidates_binding(
        &self,
        expr: &'a Expr,
        name: &'a str,
        value: Const<'a>,
    ) -> Vec<Folded<'a>> {
        Folder::new(self).binding(name, value).candidates(expr)
    }

    /// Whether some rule reports the module member `qualified` (`os.system`).
    pub(crate) fn is_reported_name(&self, qualified: &str) -> bool {
        self.cx.patterns.qualified(qualified).is_some()
    }

    /// The text `expr` folds to, when it folds to one.
    pub(crate) fn known_text(&self, expr: &'a Expr) -> Option<String> {
        match self.fold(expr) {
            Folded::Known(Const::Str(text)) => Some(text.to_string()),
            _ => None,
        }
    }

    /// What `expr` spells out: for a name the file binds once by `name = value`, that
    /// value (a dict or list display the code builds once and passes on); else `expr`.
    pub(crate) fn spelled_out<'e>(&self, expr: &'e Expr) -> &'e Expr
    where
        'a: 'e,
    {
        match expr {
            Expr::Name(name) => self.call_sites.only_value(name.id.as_str()).unwrap_or(expr),
            _ => expr,
        }
    }

    /// The own name (`system` of `os.system`, `os` of `tempfile._os`) of what `expr` is,
    /// when it is a module or function some rule is about or a builtin that runs or imports
    /// code.
    pub(crate) fn dangerous_value_name(&self, expr: &'a Expr) -> Option<String> {
        match self.resolve(expr) {
            Value::Builtin(name) => matches!(
                name,
                "eval" | "exec" | "compile" | "__import__" | "open" | "breakpoint"
            )
            .then(|| name.to_string()),
            value => {
                let name = value.qualified_name()?;
                (self.is_reported_name(name) || self.cx.patterns.has_direct_members(name))
                    .then(|| name.rsplit('.').next().unwrap_or(name).to_string())
            }
        }
    }

    /// Whether some rule names a member of `module` itself (`os` for `os.system`).
    pub(crate) fn has_direct_members(&self, module: &str) -> bool {
        self.cx.patterns.has_direct_members(module)
    }

    pub(crate) fn in_class_body(&self) -> bool {
        self.scopes.get(self.scope).kind == ScopeKind::Class
    }

    /// Lints code passed to `exec`/`eval`/`compile` as a constant; its findings are reported
    /// at `range` (the call). Returns whether it found anything, or why the code could not
    /// be analysed completely (what could be was reported all the same).
    pub(crate) fn lint_inner(
        &mut self,
        code: &str,
        range: (usize, usize),
        callee: &str,
    ) -> Result<bool, String> {
        self.lint_nested(code, range, &format!("in code passed to `{callee}`"))
    }

    /// Lints `code` as [`Checker::lint_inner`] does, its findings' messages starting with
    /// `context` ("in code written to `x.py`").
    pub(crate) fn lint_nested(
        &mut self,
        code: &str,
        range: (usize, usize),
        context: &str,
    ) -> Result<bool, String> {
        if self.exec_depth >= MAX_EXEC_DEPTH {
            return Err(format!(
                "code nested in more than {MAX_EXEC_DEPTH} levels of exec"
            ));
        }
        self.cx.budget.nested_code(code.len())?;
        self.own_pickles.unseen_code();
        let (inner, error) = crate::linter::check_inner(self.cx, code, self.exec_depth + 1);
        let found = !inner.findings.is_empty();
        for (finding, _) in inner.findings {
            self.findings.push(RawFinding {
                rule: finding.rule,
                range,
                message: format!("{context}: {}", finding.message),
                target: finding.target,
            });
        }
        for (rule, [counted, silenced]) in inner.left_out.into_iter().enumerate() {
            self.findings
                .left_out_at(crate::rules::RuleIdx(rule), range, counted + silenced);
        }
        match error {
            Some(error) => Err(error.to_string()),
            None => Ok(found),
        }
    }

    // ---- depth guard -----------------------------------------------------------------

    fn enter(&mut self, range: TextRange) -> bool {
        if self.too_deep.is_some() {
            return false;
        }
        if self.depth >= MAX_WALK_DEPTH {
            self.too_deep = Some(range.start().into());
            return false;
        }
        self.depth += 1;
        true
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ---- names -----------------------------------------------------------------------

    /// The identifier `id` (as the parser gives it) at `range`, reporting it when its
    /// source text is written with characters NFKC normalisation changes. The parser
    /// normalises identifiers itself, so the disguise is only visible in the source.
    fn identifier(&mut self, id: &'a str, range: TextRange) -> Cow<'a, str> {
        let name = normalize(id);
        let raw = self.raw(range);
        if !raw.is_ascii() && normalize(raw) != raw {
            semantic::nfkc_identifier::report(self, span(range), raw, &name);
        }
        name
    }

    /// The source text of `range`.
    pub(crate) fn raw(&self, range: TextRange) -> &'a str {
        self.src.get(span(range).0..span(range).1).unwrap_or("")
    }

    /// The module `name` is bound to here (`pd` after `import pandas as pd`).
    pub(crate) fn module_named(&self, name: &str) -> Option<String> {
        match self.value_of_name(name) {
            module if module.is_module() => module.qualified_name().map(str::to_string),
            _ => None,
        }
    }

    /// What a name refers to, without reporting anything.
    fn value_of_name(&self, name: &str) -> Value<'a> {
        match self.scopes.lookup(self.scope, name) {
            Lookup::Bound(value) => value.clone(),
            Lookup::Free(stars) => {
                if name == "__builtins__" {
                    return Value::Qual {
                        name: Rc::from("builtins"),
                        module: true,
                        reported: true,
                    };
                }
                if let Some(builtin) = names::builtin(name) {
                    return Value::Builtin(builtin);
                }
                // `license`, `credits`, `copyright`: `site`'s printers, whose private
                // state a name built at run time may still spell (PJ438).
                if semantic::site_helpers::is_printer(name) {
                    return Value::member("site._Printer", false);
                }
                if let Some(full) = stars
                    .iter()
                    .map(|module| format!("{module}.{name}"))
                    .find(|full| self.cx.patterns.qualified(full).is_some())
                {
                    return Value::member(&full, false);
                }
                if matches!(name, "self" | "cls") {
                    Value::Instance
                } else if names::assumed_module(name) {
                    Value::module(name)
                } else {
                    Value::Unknown
                }
            }
        }
    }

    /// What an expression refers to, without reporting anything (for callees of folded
    /// calls and receivers of method calls).
    pub(crate) fn resolve(&self, expr: &'a Expr) -> Value<'a> {
        match expr {
            Expr::Name(name) => self.value_of_name(&normalize(name.id.as_str())),
            Expr::Attribute(attr) => match self.resolve(&attr.value) {
                Value::Qual { name, reported, .. } => {
                    self.member_of(&name, &normalize(attr.attr.as_str()), reported)
                }
                value if attr.attr.as_str() == "__dict__" => Value::Namespace(Box::new(value)),
                _ => Value::Unknown,
            },
            Expr::Call(call) => match self.resolve(&call.func) {
                Value::Builtin("__import__") => self.imported_module(call, true),
                Value::Qual { name, .. }
                    if matches!(
                        name.as_ref(),
                        "importlib.import_module" | "importlib.__import__"
                    ) =>
                {
                    self.imported_module(call, false)
                }
                Value::Builtin("globals") => Value::Namespace(Box::new(Value::ThisModule)),
                Value::Function(Some(returns)) => self.returned_name(&returns),
                Value::Builtin("vars") => Value::Namespace(Box::new(
                    call.arguments
                        .args
                        .first()
                        .map_or(Value::ThisModule, |a| self.resolve(a)),
                )),
                Value::Builtin("input") => Value::Input,
                Value::Builtin("dir") if self.lists_dangerous_names(call) => Value::Input,
                Value::Qual { name, .. }
                    if matches!(
                        name.as_ref(),
                        "os.getenv" | "os.environ.get" | "sys.stdin.readline" | "sys.stdin.read"
                    ) =>
                {
                    Value::Input
                }
                Value::Builtin("getattr") => match &*call.arguments.args {
                    [receiver, name, ..] => match (self.resolve(receiver), self.fold(name)) {
                        (Value::Qual { name: q, .. }, Folded::Known(Const::Str(n))) => {
                            self.member_of(&q, &n, false)
                        }
                        _ => Value::Unknown,
                    },
                    _ => Value::Unknown,
                },
                _ => Value::Unknown,
            },
            Expr::Subscript(sub) => {
                let container = self.resolve(&sub.value);
                if matches!(container.qualified_name(), Some("sys.argv" | "os.environ")) {
                    return Value::Input;
                }
                let Folded::Known(Const::Str(key)) = self.fold(&sub.slice) else {
                    return Value::Unknown;
                };
                match container {
                    Value::Qual { name, .. } if name.as_ref() == "sys.modules" => {
                        Value::module(&key)
                    }
                    Value::Namespace(inner) if inner.is_builtins_module() => {
                        Value::member(&format!("builtins.{key}"), false)
                    }
                    c if c.is_builtins_module() => Value::member(&format!("builtins.{key}"), false),
                    _ => Value::Unknown,
                }
            }
            _ => Value::Unknown,
        }
    }

    /// Whether the file moves, copies or links files or directories, or changes directory
    /// (a syntactic look at the names it calls): a path it writes may then not be where it
    /// looks.
    pub(crate) fn relocates_files(&self) -> bool {
        *self
            .relocates
            .get_or_init(|| call_sites::names_relocating_calls(self.body))
    }

    /// Whether the file names `get_original` or `temp_original`, by which a `mock.patch`
    /// object hands back the object it patches.
    pub(crate) fn reads_patch_originals(&self) -> bool {
        *self
            .patch_originals
            .get_or_init(|| call_sites::names_any(self.body, &["get_original", "temp_original"]))
    }

    /// Whether the file may change how its objects pickle ([`own_pickle::names_reducers`]):
    /// then unpickling them may call anything, and no pickle is the program's own.
    pub(crate) fn registers_reducers(&self) -> bool {
        *self
            .reducers
            .get_or_init(|| own_pickle::names_reducers(self.body))
    }

    /// The module or module member a function of this file without parameters returns,
    /// when its body is `return <expression>` and the expression resolves to one (`def
    /// tools(): return importlib.import_module("distutils.spawn")`): calls of it are that.
    pub(crate) fn returned_name(&self, returns: &value::Returns<'a>) -> Value<'a> {
        // Functions that return what other functions return (`r = lambda: r()`) are
        // followed a few calls deep.
        const MAX_RETURN_DEPTH: u8 = 8;
        let depth = self.return_depth.get();
        if !returns.params.is_empty() || depth >= MAX_RETURN_DEPTH {
            return Value::Unknown;
        }
        self.return_depth.set(depth + 1);
        let value = self.resolve(returns.body);
        self.return_depth.set(depth);
        match value {
            Value::Qual { .. } => value,
            _ => Value::Unknown,
        }
    }

    /// What the class body of a plain class of this file bound to the attribute that `expr`
    /// reads (`Job.stmt` after `class Job: stmt = "..."`). Code may set the attribute again
    /// elsewhere (`Job.stmt = ...`, `setattr`), so this is only for finding more, never
    /// for clearing a value the code does not show.
    pub(crate) fn class_attribute(&self, expr: &'a Expr) -> Option<Value<'a>> {
        let Expr::Attribute(attr) = expr else {
            return None;
        };
        let Value::Class {
            plain: true,
            body: Some(body),
        } = self.resolve(&attr.value)
        else {
            return None;
        };
        self.scopes
            .get(body)
            .get(&normalize(attr.attr.as_str()))
            .cloned()
    }

    /// The module `__import__(name, ...)` or `importlib.import_module(name)` returns.
    fn imported_module(&self, call: &'a ast::ExprCall, dunder: bool) -> Value<'a> {
        let args = &call.arguments;
        let Some(Folded::Known(Const::Str(name))) = args.args.first().map(|a| self.fold(a)) else {
            return Value::Unknown;
        };
        let has_fromlist = args.args.len() >= 4
            || args
                .keywords
                .iter()
                .any(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "fromlist"));
        if dunder && !has_fromlist {
            // `__import__('os.path')` returns `os`.
            return Value::module(name.split('.').next().unwrap_or(&name));
        }
        Value::module(&name)
    }

    /// Binds a name in the current scope (or the module, after `global`). In a conditional
    /// block the name may keep its earlier meaning, so the two are merged.
    fn bind(&mut self, name: Cow<'a, str>, value: Value<'a>) {
        if let Some(handle) = value.handle() {
            if self.call_sites.bindings(&name) == 1 {
                self.own_pickles.bound(handle);
            }
        }
        let index = self.scopes.binding_scope(self.scope, &name);
        let conditional = self.branch > 0;
        if let Some(old) = self.scopes.get_mut(index).get_mut(name.as_ref()) {
            *old = if conditional {
                Value::merge(std::mem::replace(old, Value::Unknown), value)
            } else {
                value
            };
            return;
        }
        let outer = self.value_of_name(&name);
        let value = if conditional {
            Value::merge(outer.clone(), value)
        } else {
            value
        };
        if value.is_unknown() && outer.is_unknown() {
            return; // nothing to shadow, nothing to remember
        }
        self.scopes.get_mut(index).insert(name, value);
    }

    /// `with open(...) as f:` binds `f` to that file object for certain in the body,
    /// however often the file binds `f` elsewhere, and however the body is reached
    /// (`own_pickle` follows the object through it). Returns what `leave_with` needs.
    fn bind_in_with(
        &mut self,
        name: Cow<'a, str>,
        value: Value<'a>,
        handle: usize,
    ) -> (Cow<'a, str>, usize, Option<Value<'a>>, usize) {
        let scope = self.scopes.binding_scope(self.scope, &name);
        let before = self.scopes.get(scope).get(&name).cloned();
        self.own_pickles.bound(handle);
        self.scopes.get_mut(scope).insert(name.clone(), value);
        (name, scope, before, handle)
    }

    /// After a `with` body in a branch, the name is that file object only if it was
    /// before too; otherwise what it is there is not known.
    fn leave_with(
        &mut self,
        name: Cow<'a, str>,
        scope: usize,
        before: Option<Value<'a>>,
        handle: usize,
    ) {
        if self.branch == 0 || before.as_ref().and_then(Value::handle) == Some(handle) {
            return;
        }
        if self.scopes.get(scope).get(&name).and_then(Value::handle) == Some(handle) {
            self.scopes.get_mut(scope).insert(name, Value::Unknown);
        }
    }

    /// What to remember for a name assigned `expr`, whose walk produced `value`.
    fn binding_value(&self, expr: &'a Expr, value: Value<'a>) -> Value<'a> {
        match value {
            // The home directory is outside text the folder knows: `~`.
            Value::Input => match self.fold(expr) {
                Folded::Known(Const::Str(home)) if home == "~" => Value::Const(Const::Str(home)),
                _ => value,
            },
            Value::Unknown | Value::Literal => {
                // `rc = home / name` with `name` one of several constants: each of them.
                let mut candidates = self.fold_candidates(expr);
                let folded = if candidates.len() == 1 {
                    candidates.pop().expect("one candidate")
                } else {
                    let all: Option<Vec<Const<'a>>> =
                        candidates.into_iter().map(|c| c.known()).collect();
                    match all {
                        Some(all) if !all.is_empty() => return Value::consts(all),
                        _ => self.fold(expr),
                    }
                };
                match folded {
                    Folded::Known(c) => Value::Const(c),
                    Folded::Shape { prefix, suffix } => Value::Shape {
                        prefix: prefix.into(),
                        suffix: suffix.into(),
                    },
                    Folded::Unknown => value,
                }
            }
            value => value,
        }
    }

    fn assign(&mut self, target: &'a Expr, value: Value<'a>) {
        match target {
            Expr::Name(name) => {
                let name = self.identifier(name.id.as_str(), name.range);
                self.bind(name, value);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                // One of several tuples (`for name, path in PATHS.items()`): each target
                // is one of their items at its place.
                if let Value::Consts(rows) = &value {
                    let columns: Option<Vec<Vec<Const<'a>>>> = (0..elts.len())
                        .map(|i| {
                            rows.iter()
                                .map(|row| match row {
                                    Const::Seq(items) if items.len() == elts.len() => {
                                        Some(items[i].clone())
                                    }
                                    _ => None,
                                })
                                .collect()
                        })
                        .collect();
                    if let Some(columns) = columns {
                        for (elt, column) in elts.iter().zip(columns) {
                            self.assign(elt, Value::consts(column));
                        }
                        return;
                    }
                }
                let items = match value {
                    Value::Const(Const::Seq(items)) if items.len() == elts.len() => Some(items),
                    _ => None,
                };
                for (i, elt) in elts.iter().enumerate() {
                    let item = items
                        .as_ref()
                        .map_or(Value::Unknown, |items| Value::Const(items[i].clone()));
                    self.assign(elt, item);
                }
            }
            Expr::Starred(starred) => self.assign(&starred.value, Value::Unknown),
            other => {
                // `pickle.dump = ...`: a module's function replaced for everyone. (Most
                // stores are to `self.x`, which is no module.)
                if let Expr::Attribute(attr) = other {
                    let receiver = match attr.value.as_ref() {
                        Expr::Name(name) => !matches!(name.id.as_str(), "self" | "cls"),
                        _ => true,
                    };
                    if receiver
                        && matches!(self.resolve(&attr.value), Value::Qual { module: true, .. })
                    {
                        self.own_pickles.unseen_code();
                    }
                }
                self.expr(other);
            }
        }
    }

    // ---- statements ------------------------------------------------------------------

    fn stmts(&mut self, body: &'a [Stmt]) {
        for (at, stmt) in body.iter().enumerate() {
            semantic::bounded_heap_walk::check_suite(self, body, at);
            self.stmt(stmt);
        }
    }

    fn branch(&mut self, body: &'a [Stmt]) {
        self.branch += 1;
        self.stmts(body);
        self.branch -= 1;
    }

    fn stmt(&mut self, stmt: &'a Stmt) {
        if !self.enter(stmt.range()) {
            return;
        }
        self.stmt_inner(stmt);
        self.leave();
    }

    fn stmt_inner(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(class) => self.class_def(class),
            Stmt::Return(ret) => {
                if let Some(value) = &ret.value {
                    self.expr(value);
                }
            }
            Stmt::Delete(del) => {
                for target in &del.targets {
                    self.expr(target);
                }
            }
            Stmt::Assign(assign) => self.assign_stmt(&assign.targets, &assign.value),
            Stmt::TypeAlias(alias) => {
                let outer = self.scope;
                self.type_params(alias.type_params.as_deref());
                self.expr(&alias.value);
                self.scope = outer;
                self.assign(&alias.name, Value::Unknown);
            }
            Stmt::AugAssign(aug) => self.aug_assign(aug),
            Stmt::AnnAssign(ann) => {
                self.annotation(&ann.annotation);
                match &ann.value {
                    Some(value) => self.assign_stmt(std::slice::from_ref(&ann.target), value),
                    None => {
                        if !matches!(ann.target.as_ref(), Expr::Name(_)) {
                            self.expr(&ann.target);
                        }
                    }
                }
            }
            Stmt::For(ast::StmtFor {
                target,
                iter,
                body,
                orelse,
                ..
            }) => {
                let items = self.expr(iter);
                self.branch += 1;
                semantic::dunder_slot_assignment::check(self, target, true);
                let item = self.item_of(iter, items);
                self.assign(target, item);
                self.stmts(body);
                self.stmts(orelse);
                self.branch -= 1;
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.branch(&w.body);
                self.branch(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                // `if TYPE_CHECKING:` never runs: its imports name types for the checker.
                if matches!(
                    self.resolve(&i.test).qualified_name(),
                    Some("typing.TYPE_CHECKING" | "typing_extensions.TYPE_CHECKING")
                ) {
                    let pending = self.pending_imports.len();
                    self.findings.mute();
                    self.branch(&i.body);
                    self.findings.unmute();
                    self.pending_imports.truncate(pending);
                } else {
                    self.branch(&i.body);
                }
                for clause in &i.elif_else_clauses {
                    if let Some(test) = &clause.test {
                        self.expr(test);
                    }
                    self.branch(&clause.body);
                }
            }
            Stmt::With(with) => {
                let mut handles = Vec::new();
                for item in &with.items {
                    // `with tarfile.open(p) as t:` binds what the context manager returns,
                    // which for the modules' own objects is the object itself.
                    let value = match self.expr(&item.context_expr) {
                        value @ (Value::Qual { module: false, .. }
                        | Value::OpenFile { .. }
                        | Value::WrittenFile { .. }
                        | Value::Buffer { .. }) => value,
                        _ => Value::Unknown,
                    };
                    match (item.optional_vars.as_deref(), value.handle()) {
                        (Some(Expr::Name(name)), Some(handle))
                            if !self.call_sites.declared_outside(name.id.as_str()) =>
                        {
                            let name = self.identifier(name.id.as_str(), name.range);
                            handles.push(self.bind_in_with(name, value, handle));
                        }
                        (Some(vars), _) => self.assign(vars, value),
                        (None, _) => {}
                    }
                }
                self.stmts(&with.body);
                for (name, scope, before, handle) in handles.into_iter().rev() {
                    self.leave_with(name, scope, before, handle);
                }
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                self.branch += 1;
                for case in &m.cases {
                    self.pattern(&case.pattern);
                    if let Some(guard) = &case.guard {
                        self.expr(guard);
                    }
                    self.stmts(&case.body);
                }
                self.branch -= 1;
            }
            Stmt::Raise(raise) => {
                for e in raise.exc.iter().chain(&raise.cause) {
                    self.expr(e);
                }
            }
            Stmt::Try(ast::StmtTry {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            }) => {
                self.branch(body);
                for handler in handlers {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    if let Some(kind) = &handler.type_ {
                        self.expr(kind);
                    }
                    self.branch += 1;
                    if let Some(name) = &handler.name {
                        let name = self.identifier(name.as_str(), name.range);
                        self.bind(name, Value::Unknown);
                    }
                    self.stmts(&handler.body);
                    self.branch -= 1;
                }
                self.branch(orelse);
                self.stmts(finalbody);
            }
            Stmt::Assert(assert) => {
                self.expr(&assert.test);
                if let Some(msg) = &assert.msg {
                    self.expr(msg);
                }
            }
            Stmt::Import(import) => self.import(import),
            Stmt::ImportFrom(import) => self.import_from(import),
            Stmt::Global(global) => {
                for name in &global.names {
                    let name = self.identifier(name.as_str(), name.range);
                    self.scopes.get_mut(self.scope).globals.push(name);
                }
            }
            Stmt::Expr(e) => {
                self.expr(&e.value);
            }
            Stmt::Nonlocal(_)
            | Stmt::Pass(_)
            | Stmt::Break(_)
            | Stmt::Continue(_)
            | Stmt::IpyEscapeCommand(_) => {}
        }
    }

    fn assign_stmt(&mut self, targets: &'a [Expr], value: &'a Expr) {
        // `a, b = os, getattr`: bind element by element.
        if let (
            [Expr::Tuple(ast::ExprTuple { elts: names, .. })],
            Expr::Tuple(ast::ExprTuple { elts: values, .. }),
        ) = (targets, value)
        {
            if names.len() == values.len()
                && !names
                    .iter()
                    .chain(values)
                    .any(|e| matches!(e, Expr::Starred(_)))
            {
                for (name, value) in names.iter().zip(values) {
                    let v = self.expr(value);
                    let v = self.binding_value(value, v);
                    self.assign(name, v);
                }
                return;
            }
        }
        let v = self.expr(value);
        let v = self.binding_value(value, v);
        for target in targets {
            self.annotation_write(target, value, &v);
            semantic::reduce_definition::check_assign(self, target);
            semantic::dunder_slot_assignment::check(self, target, false);
            semantic::command_environment::check_assign(self, target, value);
            self.assign(target, v.clone());
        }
    }

    fn aug_assign(&mut self, aug: &'a ast::StmtAugAssign) {
        self.expr(&aug.value);
        match aug.target.as_ref() {
            Expr::Name(name) => {
                let id = normalize(name.id.as_str());
                let old = match self.value_of_name(&id) {
                    Value::Const(c) => Folded::Known(c),
                    _ => Folded::Unknown,
                };
                let right = self.fold(&aug.value);
                let combined = Folder::new(self).binop(aug.op, old, right);
                let value = match combined {
                    Folded::Known(c) => Value::Const(c),
                    _ => Value::Unknown,
                };
                // Not a branch merge: the old value is consumed.
                let index = self.scopes.binding_scope(self.scope, &id);
                if value.is_unknown() {
                    self.scopes.get_mut(index).remove(id.as_ref());
                    let outer = self.value_of_name(&id);
                    if !outer.is_unknown() {
                        self.scopes.get_mut(index).insert(id, Value::Unknown);
                    }
                } else {
                    self.scopes.get_mut(index).insert(id, value);
                }
            }
            target => {
                self.expr(target);
            }
        }
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) {
        for decorator in &f.decorator_list {
            self.expr(&decorator.expression);
        }
        let outer = self.scope;
        self.type_params(f.type_params.as_deref());
        let mut params = self.arguments(&f.parameters);
        if self.scopes.get(outer).kind == ScopeKind::Class && !is_static(f) {
            // A method's first parameter is the code's own instance (or class).
            let first = f
                .parameters
                .posonlyargs
                .iter()
                .chain(&f.parameters.args)
                .next();
            if let (Some(first), Some((_, value))) = (first, params.first_mut()) {
                if first.default.is_none() && value.is_unknown() {
                    *value = Value::Instance;
                }
            }
        }
        if let Some(returns) = &f.returns {
            self.annotation(returns);
        }
        let parent = self.scopes.function_parent(self.scope);
        self.scope = outer;
        self.apply_decorators(&f.decorator_list);
        let name = self.identifier(f.name.as_str(), f.name.range);
        if self.in_class_body() {
            semantic::reduce_definition::check_def(self, &name, f);
        }
        self.bind(name, Value::Function(value::Returns::of_def(f)));
        self.deferred.push_back(Deferred {
            params,
            body: &f.body,
            parent,
            def: Some(f),
        });
    }

    /// Type parameters (PEP 695, defaults PEP 696) open a scope of their own, in which
    /// their names shadow outer ones. Bounds, constraints and defaults are code: Python
    /// evaluates them when the parameter is inspected, so they are walked like any
    /// expression. The caller restores `self.scope`.
    fn type_params(&mut self, params: Option<&'a ast::TypeParams>) {
        let Some(params) = params else {
            return;
        };
        self.scope = self.scopes.push(ScopeKind::Function, self.scope);
        for param in params.iter() {
            let (name, bound, default) = match param {
                ast::TypeParam::TypeVar(p) => (&p.name, p.bound.as_deref(), p.default.as_deref()),
                ast::TypeParam::TypeVarTuple(p) => (&p.name, None, p.default.as_deref()),
                ast::TypeParam::ParamSpec(p) => (&p.name, None, p.default.as_deref()),
            };
            for e in bound.into_iter().chain(default) {
                self.expr(e);
            }
            let name = self.identifier(name.as_str(), name.range);
            self.scopes.get_mut(self.scope).insert(name, Value::Unknown);
        }
    }

    fn function_body(&mut self, deferred: Deferred<'a>) {
        // The arguments read only names fixed at module level: they fold there, not in the
        // scope of whichever function was walked before (whose locals may share a name).
        self.scope = 0;
        let params = match deferred.def {
            Some(def) => self.given_by_calls(def, deferred.params),
            None => deferred.params,
        };
        self.scope = self.scopes.push(ScopeKind::Function, deferred.parent);
        self.branch = 0;
        for (name, value) in params {
            self.bind(name, value);
        }
        self.stmts(deferred.body);
    }

    /// Binds each parameter with nothing better known (no constant default) to the
    /// constants every call of the function gives it, where the calls are all known
    /// (`call_sites`) and each argument folds to a constant wherever it is read.
    fn given_by_calls(
        &mut self,
        def: &'a ast::StmtFunctionDef,
        params: Vec<(Cow<'a, str>, Value<'a>)>,
    ) -> Vec<(Cow<'a, str>, Value<'a>)> {
        let positional: Vec<&str> = def
            .parameters
            .posonlyargs
            .iter()
            .chain(&def.parameters.args)
            .map(|p| p.parameter.name.as_str())
            .collect();
        let keyword_only: Vec<&str> = def
            .parameters
            .kwonlyargs
            .iter()
            .map(|p| p.parameter.name.as_str())
            .collect();
        params
            .into_iter()
            .map(|(name, value)| {
                if !value.is_unknown() {
                    return (name, value);
                }
                let param = call_sites::Param {
                    name: name.as_ref(),
                    index: positional.iter().position(|p| *p == name.as_ref()),
                };
                if param.index.is_none() && !keyword_only.contains(&name.as_ref()) {
                    return (name, value);
                }
                let Some(arguments) = self.call_sites.arguments(def.name.as_str(), &param) else {
                    return (name, value);
                };
                let given = self
                    .constants_every_call_gives(&arguments)
                    .or_else(|| self.module_every_call_gives(&arguments))
                    .or_else(|| self.shape_every_call_gives(&arguments));
                (name, given.unwrap_or(value))
            })
            .collect()
    }

    /// The constants a parameter's arguments fold to, each read only names fixed at module
    /// level (a loop's name gives each constant it takes).
    fn constants_every_call_gives(
        &self,
        arguments: &[call_sites::Argument<'a>],
    ) -> Option<Value<'a>> {
        let mut constants: Vec<Const<'a>> = Vec::new();
        for argument in arguments {
            if !self
                .call_sites
                .reads_only_fixed_names(argument.expr, argument.at_module_level)
            {
                return None;
            }
            for candidate in self.fold_candidates(argument.expr) {
                let Folded::Known(constant) = candidate else {
                    return None;
                };
                if !constants.contains(&constant) {
                    constants.push(constant);
                }
            }
        }
        Some(match constants.len() {
            1 => Value::Const(constants.remove(0)),
            _ => Value::Consts(constants),
        })
    }

    /// The path shape each of a parameter's arguments folds to, when they all give the same
    /// one (`write_json(os.path.join(project, ".vscode", "tasks.json"))` with `project` a
    /// loop's name in the caller): its known start and end are the literals the argument
    /// writes, so every name in it must be fixed at module level or bound there not at all
    /// (unknown when folded there, as in the caller).
    fn shape_every_call_gives(&self, arguments: &[call_sites::Argument<'a>]) -> Option<Value<'a>> {
        let mut given: Option<(String, String)> = None;
        for argument in arguments {
            if !self
                .call_sites
                .reads_only_fixed_or_unbound_names(argument.expr, argument.at_module_level)
            {
                return None;
            }
            let [Folded::Shape { prefix, suffix }] = &self.fold_candidates(argument.expr)[..]
            else {
                return None;
            };
            let shape = (prefix.clone(), suffix.clone());
            if given.as_ref().is_some_and(|g| *g != shape) {
                return None;
            }
            given = Some(shape);
        }
        given.map(|(prefix, suffix)| Value::Shape {
            prefix: prefix.into(),
            suffix: suffix.into(),
        })
    }

    /// The module (or module member) each of a parameter's arguments resolves to, when they
    /// all name the same one (`build(importlib.import_module("distutils.spawn"))`,
    /// `build(tools())`).
    fn module_every_call_gives(&self, arguments: &[call_sites::Argument<'a>]) -> Option<Value<'a>> {
        let mut given: Option<Value<'a>> = None;
        for argument in arguments {
            if !self
                .call_sites
                .reads_only_fixed_names(argument.expr, argument.at_module_level)
            {
                return None;
            }
            let module = self.resolve(argument.expr);
            let named = matches!(module, Value::Qual { .. });
            if !named || given.as_ref().is_some_and(|g| *g != module) {
                return None;
            }
            given = Some(module);
        }
        given
    }

    /// Walks defaults and annotations (evaluated where the function is defined) and returns
    /// what each parameter is bound to when the body runs.
    fn arguments(&mut self, args: &'a ast::Parameters) -> Vec<(Cow<'a, str>, Value<'a>)> {
        let mut params = Vec::new();
        for arg in args.iter_non_variadic_params() {
            if let Some(annotation) = &arg.parameter.annotation {
                self.annotation(annotation);
            }
            let value = match &arg.default {
                Some(default) => {
                    let v = self.expr(default);
                    self.binding_value(default, v)
                }
                None => Value::Unknown,
            };
            let name = &arg.parameter.name;
            params.push((self.identifier(name.as_str(), name.range), value));
        }
        for arg in args.vararg.iter().chain(&args.kwarg) {
            if let Some(annotation) = &arg.annotation {
                self.annotation(annotation);
            }
            params.push((
                self.identifier(arg.name.as_str(), arg.name.range),
                Value::Unknown,
            ));
        }
        params
    }

    /// `@d` on a definition calls `d(definition)`: decorators that are `exec`, `eval` or
    /// `compile` run code, possibly produced by the decorator below them.
    fn apply_decorators(&mut self, decorators: &'a [ast::Decorator]) {
        let mut below: Option<&'a Expr> = None;
        for decorator in decorators.iter().rev() {
            let decorator = &decorator.expression;
            if let Value::Builtin(callee @ ("exec" | "eval" | "compile")) = self.resolve(decorator)
            {
                semantic::dynamic_code::check_decorator(
                    self,
                    span(decorator.range()),
                    callee,
                    below,
                );
            }
            below = Some(decorator);
        }
    }

    fn class_def(&mut self, class: &'a ast::StmtClassDef) {
        for decorator in &class.decorator_list {
            self.expr(&decorator.expression);
        }
        let outer = self.scope;
        self.type_params(class.type_params.as_deref());
        // An unpickler whose `find_class` lets only some globals through (the pickle
        // documentation's "Restricting Globals"): the base and the lookups it hands on
        // are not a use of unpickling's power.
        let gate = restricting_lookups(class);
        if let Some(arguments) = &class.arguments {
            for base in &*arguments.args {
                self.expr(base);
                let unpickler = matches!(
                    self.resolve(base).qualified_name(),
                    Some("pickle.Unpickler" | "_pickle.Unpickler")
                );
                if let (true, Some(lookups)) = (unpickler, &gate) {
                    self.gated_lookups.extend(lookups.iter().map(|r| span(*r)));
                    self.withdraw_finding(span(base.range()), Capability::CodeExec);
                }
            }
            for keyword in &arguments.keywords {
                self.expr(&keyword.value);
            }
        }
        let body_parent = self.scope;
        self.scope = outer;
        self.apply_decorators(&class.decorator_list);
        let name = self.identifier(class.name.as_str(), class.name.range);
        let outer_branch = self.branch;
        self.scope = self.scopes.push(ScopeKind::Class, body_parent);
        let body = self.scope;
        self.branch = 0;
        let outer_class = self.defining_class.replace(name.clone());
        self.stmts(&class.body);
        self.defining_class = outer_class;
        self.scope = outer;
        self.branch = outer_branch;
        let value = if class.decorator_list.is_empty() {
            Value::Class {
                plain: self.is_plain_class(class),
                body: Some(body),
            }
        } else {
            Value::Unknown
        };
        self.bind(name, value);
    }

    /// A class whose `isinstance` checks mean what they say: no metaclass or other
    /// keywords (a metaclass can redefine `__instancecheck__`), and bases only plain
    /// classes of this file or builtin data types (not abstract base classes, which any
    /// class can be registered with).
    fn is_plain_class(&self, class: &'a ast::StmtClassDef) -> bool {
        const DATA_BASES: &[&str] = &["object", "dict", "list", "tuple", "int", "str", "bytes"];
        let Some(arguments) = &class.arguments else {
            return true;
        };
        arguments.keywords.is_empty()
            && arguments.args.iter().all(|base| match self.resolve(base) {
                Value::Class { plain, .. } => plain,
                Value::Builtin(builtin) => DATA_BASES.contains(&builtin),
                _ => false,
            })
    }

    fn pattern(&mut self, pattern: &'a ast::Pattern) {
        if !self.enter(pattern.range()) {
            return;
        }
        match pattern {
            ast::Pattern::MatchValue(p) => {
                self.expr(&p.value);
            }
            ast::Pattern::MatchSingleton(_) => {}
            ast::Pattern::MatchSequence(p) => p.patterns.iter().for_each(|p| self.pattern(p)),
            ast::Pattern::MatchMapping(p) => {
                for key in &p.keys {
                    self.expr(key);
                }
                p.patterns.iter().for_each(|p| self.pattern(p));
                if let Some(rest) = &p.rest {
                    self.capture(rest);
                }
            }
            ast::Pattern::MatchClass(p) => {
                self.expr(&p.cls);
                for p in &p.arguments.patterns {
                    self.pattern(p);
                }
                // `case C(name=...)` reads the attribute `name` of the subject.
                for keyword in &p.arguments.keywords {
                    let range = span(keyword.attr.range);
                    let name = self.identifier(keyword.attr.as_str(), keyword.attr.range);
                    self.attribute_access(
                        &Value::Unknown,
                        &name,
                        (range, range),
                        Via::Direct,
                        Next::Nothing,
                    );
                    self.pattern(&keyword.pattern);
                }
            }
            ast::Pattern::MatchStar(p) => {
                if let Some(name) = &p.name {
                    self.capture(name);
                }
            }
            ast::Pattern::MatchAs(p) => {
                if let Some(inner) = &p.pattern {
                    self.pattern(inner);
                }
                if let Some(name) = &p.name {
                    self.capture(name);
                }
            }
            ast::Pattern::MatchOr(p) => p.patterns.iter().for_each(|p| self.pattern(p)),
        }
        self.leave();
    }

    /// A name a `case` pattern binds.
    fn capture(&mut self, name: &'a ast::Identifier) {
        let name = self.identifier(name.as_str(), name.range);
        self.bind(name, Value::Unknown);
    }

    // ---- expressions -----------------------------------------------------------------

    pub(crate) fn expr(&mut self, expr: &'a Expr) -> Value<'a> {
        self.expr_in(expr, Next::Nothing)
    }

    /// Walks an expression; `next` says what its parent does with it (used by rules that
    /// judge a step by the step after it).
    fn expr_in(&mut self, expr: &'a Expr, next: Next<'a>) -> Value<'a> {
        if !self.enter(expr.range()) {
            return Value::Unknown;
        }
        let value = self.expr_inner(expr, next);
        self.leave();
        value
    }

    /// A comprehension over outside text (`[n for n in dir(type) if ...]`) is outside text.
    fn listing_outside(&self, generators: &'a [ast::Comprehension]) -> Option<Value<'a>> {
        generators
            .iter()
            .any(|g| matches!(self.resolve(&g.iter), Value::Input))
            .then_some(Value::Input)
    }

    /// Whether `call` is `dir(x)` of something whose attributes include dangerous ones: a
    /// module some rule names members of, a builtin (`dir(type)` lists `__subclasses__`, a
    /// function's `__globals__`), a literal or this module's namespace. The names it lists
    /// are as unknown as input: an escape picks one by a predicate (`n.endswith("es__")`).
    /// The attributes of the program's own objects are its own.
    pub(crate) fn lists_dangerous_names(&self, call: &'a ast::ExprCall) -> bool {
        matches!(self.resolve(&call.func), Value::Builtin("dir"))
            && call
                .arguments
                .args
                .first()
                .is_none_or(|of| match self.resolve(of) {
                    Value::Qual { name, .. } => {
                        self.is_reported_name(&name)
                            || self.has_direct_members(&name)
                            || !self.is_harmless_module_name(&name)
                    }
                    Value::Builtin(_) | Value::Literal | Value::ThisModule | Value::Function(_) => {
                        true
                    }
                    _ => false,
                })
    }

    /// What a `for` loop over `iter` binds: text from outside stays so, and so do the names
    /// `dir()` lists (every attribute, dunders included).
    fn item_of(&self, iter: &'a Expr, items: Value<'a>) -> Value<'a> {
        if matches!(items, Value::Input) || matches!(self.resolve(iter), Value::Input) {
            return Value::Input;
        }
        // `for entry in Path("/proc").iterdir()`, `for p in glob.glob("/home/*/.ssh/*")`:
        // paths under the directory listed.
        if let Some(directory) = self.listed_directory(iter) {
            return Value::Shape {
                prefix: directory.into(),
                suffix: "".into(),
            };
        }
        // `for path in ("/etc/shadow", "/etc/passwd")`, `for k, v in TABLE.items()`: one of
        // the constants (not more than a few: beyond that, unknown). Only displays, names and
        // a dict's views are folded: `range(10**6)` is not worth building.
        let table = match iter {
            Expr::List(_) | Expr::Tuple(_) | Expr::Set(_) | Expr::Name(_) => true,
            Expr::Call(call) => matches!(call.func.as_ref(), Expr::Attribute(view)
                if matches!(view.attr.as_str(), "items" | "keys" | "values")),
            _ => false,
        };
        if !table {
            return Value::Unknown;
        }
        // A set display does not fold (its order is the hash's), but its loop takes each
        // element in turn.
        if let Expr::Set(set) = self.spelled_out(iter) {
            let items: Option<Vec<Const<'a>>> =
                set.elts.iter().map(|e| self.fold(e).known()).collect();
            return match items {
                Some(items) if !items.is_empty() && items.len() <= crate::fold::MAX_CANDIDATES => {
                    Value::consts(items)
                }
                _ => Value::Unknown,
            };
        }
        match self.fold(iter) {
            Folded::Known(Const::Seq(items))
                if !items.is_empty() && items.len() <= crate::fold::MAX_CANDIDATES =>
            {
                Value::consts(items.to_vec())
            }
            Folded::Known(Const::Dict(pairs))
                if !pairs.is_empty() && pairs.len() <= crate::fold::MAX_CANDIDATES =>
            {
                Value::consts(pairs.iter().map(|(key, _)| key.clone()).collect())
            }
            _ => Value::Unknown,
        }
    }

    /// The directory (ending in `/`) whose entries `iter` yields as full paths:
    /// `Path(d).iterdir()`, `Path(d).glob(...)`, `glob.glob("d/*...")`.
    fn listed_directory(&self, iter: &'a Expr) -> Option<String> {
        let Expr::Call(call) = iter else {
            return None;
        };
        let directory = match call.func.as_ref() {
            Expr::Attribute(attr) if matches!(attr.attr.as_str(), "iterdir" | "glob" | "rglob") => {
                match self.resolve(&call.func).qualified_name() {
                    Some(_) => None,
                    None => self.fold(&attr.value).known()?.as_str().map(str::to_string),
                }
            }
            _ => None,
        };
        let directory = match directory {
            Some(directory) => directory,
            None => {
                let qualified = self.resolve(&call.func);
                if !matches!(qualified.qualified_name(), Some("glob.glob" | "glob.iglob")) {
                    return None;
                }
                let pattern = self.fold(call.arguments.args.first()?).known()?;
                let pattern = pattern.as_str()?;
                let fixed = &pattern[..pattern.find(['*', '?', '[']).unwrap_or(pattern.len())];
                fixed[..fixed.rfind('/')?].to_string()
            }
        };
        (!directory.is_empty()).then(|| format!("{}/", directory.trim_end_matches('/')))
    }

    /// An annotation. A string annotation is code too: `typing.get_type_hints`,
    /// `inspect.get_annotations(eval_str=True)`, dataclasses and validation libraries
    /// `eval` it, so it is linted like code passed to `eval`.
    fn annotation(&mut self, annotation: &'a Expr) {
        // `ftp: FTP`, `Optional[socket.socket]`: naming a type reaches nothing it can do.
        let type_only = is_type_expression(annotation);
        if type_only {
            self.findings.mute();
        }
        self.expr(annotation);
        if type_only {
            self.findings.unmute();
        }
        if let Expr::StringLiteral(text) = annotation {
            // A string that is not Python is a plain forward reference as far as any
            // evaluator goes: it fails before running anything.
            let _ = self.lint_inner(
                text.value.to_str(),
                span(text.range),
                annotations::STRING_ANNOTATION,
            );
        }
    }

    fn exprs(&mut self, exprs: &'a [Expr]) {
        for e in exprs {
            self.expr(e);
        }
    }

    fn expr_inner(&mut self, expr: &'a Expr, next: Next<'a>) -> Value<'a> {
        match expr {
            Expr::BoolOp(op) => {
                self.exprs(&op.values);
                Value::Unknown
            }
            Expr::Named(named) => {
                let v = self.expr(&named.value);
                let v = self.binding_value(&named.value, v);
                self.assign(&named.target, v.clone());
                v
            }
            Expr::BinOp(op) => {
                self.expr(&op.left);
                self.expr(&op.right);
                Value::Unknown
            }
            Expr::UnaryOp(op) => {
                self.expr(&op.operand);
                Value::Unknown
            }
            Expr::Lambda(lambda) => {
                let params = match &lambda.parameters {
                    Some(parameters) => self.arguments(parameters),
                    None => Vec::new(),
                };
                let outer = self.scope;
                self.scope = self
                    .scopes
                    .push(ScopeKind::Function, self.scopes.function_parent(outer));
                for (name, value) in params {
                    self.bind(name, value);
                }
                self.expr(&lambda.body);
                self.scope = outer;
                Value::Function(value::Returns::of_lambda(lambda))
            }
            Expr::If(ifexp) => {
                self.expr(&ifexp.test);
                self.expr(&ifexp.body);
                self.expr(&ifexp.orelse);
                Value::Unknown
            }
            Expr::Dict(dict) => {
                for item in &dict.items {
                    if let Some(key) = &item.key {
                        self.expr(key);
                        semantic::dunder_slot_assignment::check_dict_entry(self, key, &item.value);
                        // `type("C", (), {"__annotations__": {...}})`: annotations written out.
                        if let (Expr::Dict(annotations), Folded::Known(Const::Str(key))) =
                            (&item.value, self.fold(key))
                        {
                            if key == "__annotations__" {
                                self.annotation_entries(annotations);
                            }
                        }
                    }
                    self.expr(&item.value);
                }
                Value::Literal
            }
            Expr::Set(set) => {
                self.exprs(&set.elts);
                Value::Literal
            }
            Expr::ListComp(comp) => {
                self.comprehension(&[&comp.elt], &comp.generators);
                self.listing_outside(&comp.generators)
                    .unwrap_or(Value::Literal)
            }
            Expr::SetComp(comp) => {
                self.comprehension(&[&comp.elt], &comp.generators);
                self.listing_outside(&comp.generators)
                    .unwrap_or(Value::Literal)
            }
            Expr::DictComp(comp) => {
                let key = comp.key.as_deref();
                let results: Vec<&'a Expr> = key.into_iter().chain([&*comp.value]).collect();
                self.comprehension(&results, &comp.generators);
                Value::Literal
            }
            Expr::Generator(comp) => {
                self.comprehension(&[&comp.elt], &comp.generators);
                self.listing_outside(&comp.generators)
                    .unwrap_or(Value::Unknown)
            }
            Expr::Await(e) => {
                self.expr(&e.value);
                Value::Unknown
            }
            Expr::Yield(e) => {
                if let Some(value) = &e.value {
                    self.expr(value);
                }
                Value::Unknown
            }
            Expr::YieldFrom(e) => {
                self.expr(&e.value);
                Value::Unknown
            }
            Expr::Compare(cmp) => {
                self.expr(&cmp.left);
                for (op, comparator) in cmp.ops.iter().zip(&cmp.comparators) {
                    // `"json" in sys.modules` asks a question of the table; it reaches
                    // none of its values.
                    if matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn)
                        && matches!(comparator, Expr::Name(_) | Expr::Attribute(_))
                    {
                        self.findings.mute();
                        self.expr(comparator);
                        self.findings.unmute();
                    } else {
                        self.expr(comparator);
                    }
                }
                Value::Unknown
            }
            Expr::Call(call) => self.call(call),
            Expr::FString(fstring) => {
                for part in fstring.value.iter() {
                    if let ast::FStringPart::FString(f) = part {
                        self.interpolations(&f.elements);
                    }
                }
                Value::Literal
            }
            Expr::TString(tstring) => {
                for t in tstring.value.iter() {
                    self.interpolations(&t.elements);
                }
                Value::Literal
            }
            Expr::StringLiteral(text) => {
                let text = text.value.to_str();
                semantic::pickle_payload::check(self, span(expr.range()), text.as_bytes());
                Value::Literal
            }
            Expr::BytesLiteral(bytes) => {
                let data: Vec<u8> = bytes.value.bytes().collect();
                semantic::pickle_payload::check(self, span(expr.range()), &data);
                Value::Literal
            }
            Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => Value::Literal,
            Expr::Attribute(attr) => self.attribute(attr, next),
            Expr::Subscript(sub) => self.subscript(sub),
            Expr::Starred(starred) => {
                self.expr(&starred.value);
                Value::Unknown
            }
            Expr::Name(name) => self.name(name),
            Expr::List(list) => {
                self.exprs(&list.elts);
                Value::Literal
            }
            Expr::Tuple(tuple) => {
                self.exprs(&tuple.elts);
                Value::Literal
            }
            Expr::Slice(slice) => {
                for bound in [&slice.lower, &slice.upper, &slice.step]
                    .into_iter()
                    .flatten()
                {
                    self.expr(bound);
                }
                Value::Unknown
            }
            Expr::IpyEscapeCommand(_) => Value::Unknown,
        }
    }

    /// The replacement fields of an f-string or t-string, format specs included (a spec
    /// holds fields of its own: `f"{x:{os.system('id')}}"`).
    fn interpolations(&mut self, elements: &'a ast::InterpolatedStringElements) {
        for element in elements {
            if let ast::InterpolatedStringElement::Interpolation(field) = element {
                if !self.enter(field.range) {
                    return;
                }
                self.expr(&field.expression);
                if let Some(spec) = &field.format_spec {
                    self.interpolations(&spec.elements);
                }
                self.leave();
            }
        }
    }

    fn comprehension(&mut self, results: &[&'a Expr], generators: &'a [ast::Comprehension]) {
        let outer = self.scope;
        semantic::bounded_heap_walk::check_comprehension(self, results, generators);
        // The first iterable is evaluated where the comprehension is.
        let first_items = generators.first().map(|first| {
            let items = self.expr(&first.iter);
            self.item_of(&first.iter, items)
        });
        self.scope = self
            .scopes
            .push(ScopeKind::Function, self.scopes.function_parent(outer));
        for (i, generator) in generators.iter().enumerate() {
            let item = match (i, &first_items) {
                (0, Some(item)) => item.clone(),
                _ => {
                    let items = self.expr(&generator.iter);
                    self.item_of(&generator.iter, items)
                }
            };
            semantic::dunder_slot_assignment::check(self, &generator.target, true);
            self.assign(&generator.target, item);
            self.exprs(&generator.ifs);
        }
        for result in results {
            self.expr(result);
        }
        self.scope = outer;
    }

    fn name(&mut self, name: &'a ast::ExprName) -> Value<'a> {
        let range = span(name.range);
        let raw = self.raw(name.range);
        let id = self.identifier(name.id.as_str(), name.range);
        if name.ctx != ExprContext::Load {
            return Value::Unknown;
        }
        let via = if id != raw {
            Via::Nfkc(raw)
        } else {
            Via::Direct
        };
        match self.scopes.lookup(self.scope, &id) {
            Lookup::Bound(value) => {
                let value = value.clone();
                if let Some(handle) = value.handle() {
                    self.own_pickles.read(handle);
                }
                if let Value::Qual {
                    name: module,
                    module: true,
                    ..
                } = &value
                {
                    self.module_loads.entry(module.clone()).or_default().0 += 1;
                }
                if let Value::Qual {
                    name: q,
                    module: false,
                    reported: false,
                } = &value
                {
                    if let Some(rule) = self.cx.patterns.qualified(q) {
                        let q = q.clone();
                        self.report_use(rule, range, &q, Via::Alias(raw));
                        return Value::member(&q, true);
                    }
                }
                value
            }
            Lookup::Free(stars) => {
                if let Some(rule) = self.cx.patterns.identifier(&id) {
                    self.report(rule, range, &id, via);
                }
                if id == "__builtins__" || names::builtin(&id).is_some() {
                    return self.value_of_name(&id);
                }
                for module in &stars {
                    let full = format!("{module}.{id}");
                    if let Some(rule) = self.cx.patterns.qualified(&full) {
                        self.report_use(rule, range, &full, Via::StarImport(module));
                        return Value::member(&full, true);
                    }
                }
                self.value_of_name(&id)
            }
        }
    }

    /// One read of `module`'s name was to reach a member written out in the code.
    pub(crate) fn count_visible_member(&mut self, module: &Rc<str>) {
        self.module_loads.entry(module.clone()).or_default().1 += 1;
    }

    fn attribute(&mut self, attr: &'a ast::ExprAttribute, next: Next<'a>) -> Value<'a> {
        let receiver = self.expr_in(&attr.value, Next::Attribute(normalize(attr.attr.as_str())));
        if let (
            Expr::Name(_),
            Value::Qual {
                name: module,
                module: true,
                ..
            },
        ) = (attr.value.as_ref(), &receiver)
        {
            self.count_visible_member(module);
        }
        let range = span(attr.attr.range);
        let raw = self.raw(attr.attr.range);
        let name = self.identifier(attr.attr.as_str(), attr.attr.range);
        let reached_as = self.reached_as(&attr.value);
        let via = match &reached_as {
            _ if name != raw => Via::Nfkc(raw),
            Some(path) => Via::ModuleAttribute(path),
            None => Via::Direct,
        };
        if attr.ctx != ExprContext::Load && receiver.is_builtins_module() {
            semantic::builtins_mutation::report(self, range, &name);
        }
        semantic::spec_loader::check(self, attr, &name, range);
        let reference = span(attr.range);
        // Reading the code object or closure of the file's own function is a look at the
        // program's own code (`f.__code__.co_varnames` in a lesson on bytecode); replacing
        // them, rebuilding the code, or reading another function's is not.
        let own_function_read = attr.ctx == ExprContext::Load
            && matches!(receiver, Value::Function(_))
            && OWN_FUNCTION_READS.contains(&name.as_ref())
            && !matches!(&next, Next::Attribute(onward) if onward == "replace");
        if own_function_read {
            self.findings.mute();
        }
        let value = self.attribute_access(&receiver, &name, (range, reference), via, next);
        if own_function_read {
            self.findings.unmute();
        }
        value
    }

    /// An attribute `name` read from (or written to) `receiver`, however it was written:
    /// `x.name`, `getattr(x, "na" + "me")`, `"{0.name}".format(x)`, `vars(x)["name"]`.
    /// `ranges`: where the name is, and where the whole reference is (`os.system`), for
    /// findings about the attribute and about the qualified name.
    pub(crate) fn attribute_access(
        &mut self,
        receiver: &Value<'a>,
        name: &str,
        (range, reference): ((usize, usize), (usize, usize)),
        via: Via,
        next: Next<'a>,
    ) -> Value<'a> {
        // A member the qualified patterns know (`socket.create_connection`) is reported
        // once, by its full name, below.
        let known_member = receiver.qualified_name().is_some_and(|base| {
            value::qualified_member(base, name)
                .is_some_and(|full| self.cx.patterns.qualified(&full).is_some())
        });
        // `Shape.__subclasses__()` of the program's own class lists the program's own
        // classes: a plugin registry, not a walk from `object`.
        let own_subclasses =
            name == "__subclasses__" && matches!(receiver, Value::Class { .. } | Value::Instance);
        // `obj.__self__` of a callback the program holds is its receiver; a builtin's or a
        // module function's is the module (below, and PJ415).
        let bound_self_of_variable =
            name == "__self__" && matches!(receiver, Value::Unknown | Value::Instance);
        if semantic::site_helpers::is_printer_state(name) {
            semantic::site_helpers::report(self, range, name);
        }
        if let Some(rule) = self
            .cx
            .patterns
            .attribute(name)
            .filter(|_| !known_member && !own_subclasses && !bound_self_of_variable)
        {
            self.report(rule, range, name, via);
        }
        // `print.__self__` is the builtins module itself.
        if let (Value::Builtin(builtin), "__self__") = (receiver, name) {
            if names::is_builtin_function(builtin) {
                if let Some((rule, _)) = self.cx.patterns.import("builtins") {
                    self.report(rule, reference, &format!("{builtin}.__self__"), via);
                }
                return Value::Qual {
                    name: Rc::from("builtins"),
                    module: true,
                    reported: true,
                };
            }
        }
        match name {
            "__class__" => semantic::class_step::check(self, receiver, range, via, next),
            "__getattribute__" => semantic::getattribute_on_type::check(self, receiver, range, via),
            "__dict__" => return semantic::namespace_dict::check(self, receiver, range, via),
            _ => {}
        }
        match receiver {
            Value::Qual {
                name: base,
                reported,
                ..
            } => {
                let Some(full) = value::qualified_member(base, name) else {
                    return Value::Unknown;
                };
                let mut reported = *reported;
                if !reported {
                    if let Some(rule) = self.cx.patterns.qualified(&full) {
                        self.report_use(rule, reference, &full, via);
                        reported = true;
                    }
                }
                let value = self.member_of(base, name, reported);
                if let Value::Qual { module: true, .. } = value {
                    self.newest_reexport = Some((reference, full));
                }
                value
            }
            _ => Value::Unknown,
        }
    }

    /// An attribute whose name is the value of `name_expr`, folded where possible.
    pub(crate) fn attribute_sink(
        &mut self,
        receiver: &Value<'a>,
        name_expr: &'a Expr,
        via: Via,
        computed_is_finding: bool,
    ) -> Value<'a> {
        let range = span(name_expr.range());
        let mut result = Value::Unknown;
        for candidate in self.fold_candidates(name_expr) {
            match candidate {
                Folded::Known(Const::Str(name)) => {
                    result =
                        self.attribute_access(receiver, &name, (range, range), via, Next::Nothing);
                    self.built_member_name(receiver, &name, name_expr, range);
                }
                Folded::Known(_) => {}
                Folded::Shape { prefix, suffix } => {
                    let on_printer = receiver.qualified_name() == Some("site._Printer");
                    if let Some(state) =
                        semantic::site_helpers::printer_state_shaped(&prefix, &suffix)
                            .filter(|_| on_printer)
                    {
                        semantic::site_helpers::report(self, range, state);
                    }
                    let module = receiver.qualified_name();
                    let extra = semantic::class_step::SENSITIVE_NAMES;
                    if computed_is_finding
                        && self
                            .cx
                            .patterns
                            .shape_could_match(&prefix, &suffix, module, extra)
                    {
                        semantic::computed_attribute::report(
                            self,
                            receiver,
                            name_expr,
                            via,
                            Some((&prefix, &suffix)),
                        );
                    }
                }
                Folded::Unknown => {
                    if computed_is_finding {
                        semantic::computed_attribute::report(self, receiver, name_expr, via, None);
                    }
                }
            }
        }
        result
    }

    /// `getattr(m, attr)` where `m` is found at run time and `attr` comes out as `popen`
    /// from a helper that decodes it: the name is reported as the member it names. Only
    /// names no ordinary object has (`Patterns::distinctive_member`), and only when the
    /// code builds them: a name the file writes out as a literal anywhere is a name it
    /// uses for its own objects.
    fn built_member_name(
        &mut self,
        receiver: &Value<'a>,
        name: &str,
        name_expr: &'a Expr,
        range: (usize, usize),
    ) {
        if !matches!(receiver, Value::Unknown | Value::Input) || name_expr.is_string_literal_expr()
        {
            return;
        }
        if let Some((qualified, rule)) = self.cx.patterns.distinctive_member(name) {
            let call_sites = &self.call_sites;
            if self
                .spelled
                .get_or_insert_with(|| call_sites.spelled())
                .contains(name)
            {
                return;
            }
            let qualified = qualified.to_string();
            self.report_use(rule, range, &qualified, Via::BuiltName(name));
        }
    }

    fn subscript(&mut self, sub: &'a ast::ExprSubscript) -> Value<'a> {
        // `sys.modules[__name__]`: the module being linted, registering or reading itself.
        if let Expr::Name(key) = sub.slice.as_ref() {
            if key.id.as_str() == "__name__"
                && matches!(self.scopes.lookup(self.scope, "__name__"), Lookup::Free(_))
                && self.resolve(&sub.value).qualified_name() == Some("sys.modules")
            {
                return Value::ThisModule;
            }
        }
        // `sys.modules["json"]`: that module, judged as an import of it.
        if sub.ctx == ExprContext::Load
            && self.resolve(&sub.value).qualified_name() == Some("sys.modules")
        {
            if let Folded::Known(Const::Str(module)) = self.fold(&sub.slice) {
                if self.is_harmless_module_name(&module) {
                    return Value::module(&module);
                }
            }
        }
        let container = self.expr(&sub.value);
        self.expr(&sub.slice);
        let store = sub.ctx != ExprContext::Load;
        let key_range = span(sub.slice.range());
        let namespace_of = match &container {
            Value::Namespace(inner) => Some(inner.as_ref().clone()),
            c if c.is_builtins_module() => Some(c.clone()),
            _ => None,
        };
        if let Some(inner) = namespace_of {
            if store && inner.is_builtins_module() {
                semantic::builtins_mutation::report(self, key_range, "a builtins entry");
            }
            // `self.__dict__[name]` is the object's own state.
            let computed_is_finding = !matches!(inner, Value::Instance);
            return self.attribute_sink(&inner, &sub.slice, Via::Subscript, computed_is_finding);
        }
        if matches!(container.qualified_name(), Some("sys.argv" | "os.environ"))
            || matches!(container, Value::Input)
        {
            return Value::Input;
        }
        let key = match self.fold(&sub.slice) {
            Folded::Known(Const::Str(key)) => key,
            _ => return Value::Unknown,
        };
        if container.qualified_name() == Some("sys.modules") {
            return Value::module(&key);
        }
        // A dictionary keyed by the name of a dangerous attribute (`d["__globals__"]`).
        if key.starts_with("__") {
            if let Some(rule) = self.cx.patterns.attribute(&key) {
                self.report(rule, key_range, &key, Via::Subscript);
            }
        }
        Value::Unknown
    }
}

impl<'a> Env<'a> for Checker<'a, '_> {
    fn lookup(&self, name: &str) -> Value<'a> {
        self.value_of_name(&normalize(name))
    }

    fn resolve(&self, expr: &'a Expr) -> Value<'a> {
        Checker::resolve(self, expr)
    }

    fn budget(&self) -> &Budget {
        &self.cx.budget
    }
}

/// An annotation made of names: `FTP`, `socket.socket`, `Optional[X]`, `X | None`, `"X"`
/// (whose text is linted on its own).
fn is_type_expression(expr: &Expr) -> bool {
    match expr {
        Expr::Name(_)
        | Expr::NoneLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::EllipsisLiteral(_) => true,
        Expr::Attribute(attr) => is_type_expression(&attr.value),
        Expr::Subscript(sub) => is_type_expression(&sub.value) && is_type_expression(&sub.slice),
        Expr::Tuple(tuple) => tuple.elts.iter().all(is_type_expression),
        Expr::List(list) => list.elts.iter().all(is_type_expression),
        Expr::BinOp(op) => {
            op.op == ast::Operator::BitOr
                && is_type_expression(&op.left)
                && is_type_expression(&op.right)
        }
        _ => false,
    }
}

/// When `class` defines `find_class` as a gate, the lookups it hands on: `if` statements
/// whose returns hand on the lookup (`super().find_class(...)`,
/// `Unpickler.find_class(self, ...)`, `getattr(module, name)`), then a `raise` for
/// everything else. Which globals the `if` lets through is not judged here: a global that is
/// not plain data still raises its `pickle.find_class` event at run time, and what it is
/// called for its own events.
fn restricting_lookups(class: &ast::StmtClassDef) -> Option<Vec<TextRange>> {
    let find_class = class.body.iter().find_map(|stmt| match stmt {
        Stmt::FunctionDef(def) if def.name.as_str() == "find_class" && !def.is_async => Some(def),
        _ => None,
    });
    let def = find_class?;
    let body: Vec<&Stmt> = def
        .body
        .iter()
        .filter(|stmt| !matches!(stmt, Stmt::Expr(e) if e.value.is_string_literal_expr()))
        .collect();
    let Some((Stmt::Raise(_), gates)) = body.split_last() else {
        return None;
    };
    let mut lookups = Vec::new();
    let gated = gates.iter().all(|stmt| match stmt {
        Stmt::If(gate) => returns_only_lookups(gate, &mut lookups),
        _ => false,
    });
    gated.then_some(lookups)
}

/// Whether every branch of `gate` only returns a global's lookup (noted in `lookups`),
/// raises, or gates further.
fn returns_only_lookups(gate: &ast::StmtIf, lookups: &mut Vec<TextRange>) -> bool {
    let mut branch = |body: &[Stmt]| {
        body.iter().all(|stmt| match stmt {
            Stmt::Return(ast::StmtReturn {
                value: Some(value), ..
            }) if is_lookup(value) => {
                lookups.push(value.range());
                true
            }
            Stmt::Raise(_) | Stmt::Pass(_) => true,
            Stmt::If(inner) => returns_only_lookups(inner, lookups),
            _ => false,
        })
    };
    branch(&gate.body) && gate.elif_else_clauses.iter().all(|c| branch(&c.body))
}

/// `super().find_class(...)`, `X.find_class(self, ...)` or `getattr(module, name)`.
fn is_lookup(value: &Expr) -> bool {
    let Expr::Call(call) = value else {
        return false;
    };
    match call.func.as_ref() {
        Expr::Attribute(attr) => attr.attr.as_str() == "find_class",
        Expr::Name(name) => name.id.as_str() == "getattr" && call.arguments.args.len() == 2,
        _ => false,
    }
}

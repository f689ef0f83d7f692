//! Calls: the places where names are computed (`getattr`, `attrgetter`, format templates,
//! namespace lookups), modules are imported at run time and code is run.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;
use std::borrow::Cow;
use std::rc::Rc;

use super::own_pickle;
use super::value::{self, Value};
use super::{span, Checker, Via};
use crate::capability::Capability;
use crate::fold::{format_fields, Const, FieldArg, FieldStep, Folded};
use crate::names::{self, normalize};
use crate::semantic::{self, class_step::Next};

const PARTIAL_GETATTR: &str = "functools.partial(getattr, ...)";

impl<'a> Checker<'a, '_> {
    pub(super) fn call(&mut self, call: &'a ast::ExprCall) -> Value<'a> {
        let value = self.call_inner(call);
        if !value.is_unknown() {
            return value;
        }
        // What is computed from outside text (`input().strip()`, `json.load(sys.stdin)`)
        // is outside text too.
        let from_outside = |v: &Value<'a>| {
            matches!(v, Value::Input)
                || matches!(v.qualified_name(), Some("sys.stdin" | "sys.argv"))
        };
        let receiver_outside = match call.func.as_ref() {
            Expr::Attribute(attr) => from_outside(&self.resolve(&attr.value)),
            _ => false,
        };
        if receiver_outside
            || call
                .arguments
                .args
                .iter()
                .any(|a| from_outside(&self.resolve(a)))
        {
            Value::Input
        } else {
            value
        }
    }

    /// `object.__getattribute__(self, ...)` (or `type.`, with `cls`): the lookup's receiver
    /// is the code's own object.
    fn is_own_getattribute(&mut self, call: &'a ast::ExprCall) -> bool {
        let Expr::Attribute(attr) = call.func.as_ref() else {
            return false;
        };
        attr.attr.as_str() == "__getattribute__"
            && attr.value.is_name_expr()
            && matches!(self.resolve(&attr.value), Value::Builtin("object" | "type"))
            && call
                .arguments
                .args
                .first()
                .is_some_and(|receiver| matches!(self.resolve(receiver), Value::Instance))
    }

    fn call_inner(&mut self, call: &'a ast::ExprCall) -> Value<'a> {
        semantic::bounded_heap_walk::check_call(self, call);
        self.dunder_key_read(call);
        if let Some(dunder) = self.constant_import(call) {
            // `from importlib import import_module` is used, harmlessly.
            if let Some(callee) = self.resolve(&call.func).qualified_name() {
                let callee = callee.to_string();
                self.mark_used(&callee);
            }
            // Judged like an import statement: by the module and by what is done with it.
            for arg in &call.arguments.args {
                self.expr(arg);
            }
            for keyword in &call.arguments.keywords {
                self.expr(&keyword.value);
            }
            return self.imported_module(call, dunder);
        }
        // `object.__getattribute__(self, name)` in a class's own method is how a class that
        // defines `__getattribute__` or `__getattr__` reads its own attributes (as the data
        // model advises); PJ209 is about walking past another object's guards.
        let own_lookup = self.is_own_getattribute(call);
        // XInclude with a loader of the program's own reads what that loader reads: the
        // default loader is the reach PJ439 is about.
        let own_loader = self.includes_with_own_loader(call);
        if own_lookup || own_loader {
            self.findings.mute();
        }
        let callee = self.expr_in(&call.func, Next::Call);
        if own_lookup || own_loader {
            self.findings.unmute();
        }
        let callee_reached_as = match call.func.as_ref() {
            Expr::Attribute(attr) => self.reached_as(&attr.value),
            _ => None,
        };
        let type_check = matches!(callee, Value::Builtin("isinstance" | "issubclass"));
        // `parser.setFeature(feature_external_ges, False)` turns off what is already off.
        let feature_off = matches!(call.func.as_ref(), Expr::Attribute(attr) if attr.attr.as_str() == "setFeature")
            && self.turns_off(call);
        let args: Vec<Value<'a>> = call
            .arguments
            .args
            .iter()
            .enumerate()
            .map(|(i, arg)| {
                // `isinstance(f, types.FunctionType)` compares with a type; it reaches
                // nothing the type can do.
                if (type_check && i == 1 && is_type_reference(arg)) || (feature_off && i == 0) {
                    self.findings.mute();
                    let value = self.expr(arg);
                    self.findings.unmute();
                    value
                } else {
                    self.expr(arg)
                }
            })
            .collect();
        for keyword in &call.arguments.keywords {
            self.expr(&keyword.value);
        }
        for argument in call.arguments.args.iter() {
            semantic::pickle_payload::check_argument(self, argument);
        }
        // A database connection's statements, whatever the analyzer makes of the connection.
        if matches!(call.func.as_ref(), Expr::Attribute(attr)
            if matches!(attr.attr.as_str(), "execute" | "executescript" | "executemany"))
        {
            semantic::file_target::check_sql_attach(self, call);
        }
        // A dangerous callable produced by a call (`type(lambda: 0)`) is reported when called.
        if let Value::Qual {
            name,
            module: false,
            reported: false,
        } = &callee
        {
            if let Some(rule) = self.cx.patterns.qualified(name) {
                let name = name.clone();
                self.report_use(rule, span(call.range()), &name, Via::Direct);
            }
        }
        match callee {
            Value::Getter { path, maker } => match args.first() {
                Some(receiver) => self.apply_getter(&path, maker, receiver, span(call.range())),
                None => Value::Unknown,
            },
            Value::BoundGetattr(receiver) => match call.arguments.args.first() {
                Some(name) => {
                    self.attribute_sink(&receiver, name, Via::Call(PARTIAL_GETATTR), true)
                }
                None => Value::Unknown,
            },
            Value::Builtin(builtin) => self.builtin_call(builtin, call, &args),
            Value::Function(Some(returns)) if returns.params.is_empty() => {
                self.returned_name(&returns)
            }
            Value::Qual { name, .. } => {
                let outer = std::mem::replace(&mut self.callee_reached_as, callee_reached_as);
                let value = self.qualified_call(&name, call, &args);
                self.callee_reached_as = outer;
                value
            }
            _ => match call.func.as_ref() {
                Expr::Attribute(attr) => self.method_call(attr, call, &args),
                _ => {
                    if matches!(callee, Value::Unknown | Value::Input) {
                        semantic::file_target::check_unresolved_call(self, call);
                    }
                    Value::Unknown
                }
            },
        }
    }

    /// `setFeature(feature, False)`: the feature's value folds to `False`.
    fn turns_off(&self, call: &'a ast::ExprCall) -> bool {
        call.arguments
            .args
            .get(1)
            .is_some_and(|value| matches!(self.fold(value), Folded::Known(Const::Bool(false))))
    }

    /// `ElementInclude.include(tree, loader=read_fragment)`, with a loader the file defines.
    /// Asked of every call: the callee is resolved only when it is spelled `include`.
    fn includes_with_own_loader(&self, call: &'a ast::ExprCall) -> bool {
        let spelled = match call.func.as_ref() {
            Expr::Attribute(attr) => attr.attr.as_str() == "include",
            Expr::Name(name) => name.id.as_str() == "include",
            _ => false,
        };
        let include = spelled
            && self.resolve(&call.func).qualified_name()
                == Some("xml.etree.ElementInclude.include");
        let loader = call
            .arguments
            .keywords
            .iter()
            .find(|k| k.arg.as_deref() == Some("loader"))
            .map(|k| &k.value)
            .or_else(|| call.arguments.args.get(1));
        include && loader.is_some_and(|loader| matches!(self.resolve(loader), Value::Function(_)))
    }

    /// `__import__("json")` or `importlib.import_module("json")` written plainly, of a
    /// module that is not dangerous to import: whether it is `__import__` (which returns
    /// the top package). Importing such a module by name is importing it; a
    /// module some rule is about (`os`, `ctypes`) stays reported as a dynamic import.
    fn constant_import(&self, call: &'a ast::ExprCall) -> Option<bool> {
        let dunder = match self.resolve(&call.func) {
            Value::Builtin("__import__") => true,
            Value::Qual { name, .. }
                if matches!(
                    name.as_ref(),
                    "importlib.import_module" | "importlib.__import__"
                ) =>
            {
                false
            }
            _ => return None,
        };
        // Disguised callee names are reported where they are walked.
        if !self.raw(call.func.range()).is_ascii() {
            return None;
        }
        // One name, or one of a few (`for name in ("orjson", "json")`): each judged.
        let candidates = self.fold_candidates(call.arguments.args.first()?);
        let harmless = |c: &Folded<'a>| match c {
            Folded::Known(Const::Str(name)) => self.is_harmless_module_name(name),
            _ => false,
        };
        (!candidates.is_empty() && candidates.iter().all(harmless)).then_some(dunder)
    }

    fn builtin_call(
        &mut self,
        builtin: &'static str,
        call: &'a ast::ExprCall,
        args: &[Value<'a>],
    ) -> Value<'a> {
        match builtin {
            "getattr" | "hasattr" | "setattr" | "delattr" => {
                let (Some(receiver), Some(name)) = (args.first(), call.arguments.args.get(1))
                else {
                    return Value::Unknown;
                };
                if matches!(builtin, "setattr" | "delattr") && receiver.is_builtins_module() {
                    semantic::builtins_mutation::report(self, span(call.range()), builtin);
                }
                if builtin == "setattr" {
                    semantic::dunder_slot_assignment::check_setattr(self, call);
                }
                // `hasattr(gc, "freeze")` reads a written-out member, like `gc.freeze`.
                if let (
                    "getattr" | "hasattr",
                    Some(Expr::Name(_)),
                    Value::Qual {
                        name: module,
                        module: true,
                        ..
                    },
                ) = (builtin, call.arguments.args.first(), receiver)
                {
                    if matches!(self.fold(name).known(), Some(Const::Str(_))) {
                        self.count_visible_member(module);
                    }
                }
                // `hasattr` answers only whether the member is there: the program gets a
                // bool, never the member (`hasattr(os, "fork")` probes for a feature).
                if builtin == "hasattr" {
                    return Value::Unknown;
                }
                let value = self.attribute_sink(receiver, name, Via::Call(builtin), true);
                // `getattr(shutil, "os")` reached the module `os` as the whole call.
                if let Some((at, _)) = &mut self.newest_reexport {
                    if *at == span(name.range()) {
                        *at = span(call.range());
                    }
                }
                if builtin == "getattr" {
                    value
                } else {
                    Value::Unknown
                }
            }
            "vars" => match args.first() {
                Some(receiver) => semantic::namespace_dict::check(
                    self,
                    receiver,
                    span(call.range()),
                    Via::Call("vars"),
                ),
                None => {
                    self.own_pickles.unseen_code();
                    Value::Namespace(Box::new(self.local_namespace()))
                }
            },
            "globals" => {
                self.own_pickles.unseen_code();
                Value::Namespace(Box::new(Value::ThisModule))
            }
            "locals" => {
                self.own_pickles.unseen_code();
                Value::Namespace(Box::new(self.local_namespace()))
            }
            "__import__" => self.imported_module(call, true),
            "open" => {
                semantic::file_target::check_call(self, "builtins.open", call);
                self.file_handle(call)
            }
            "input" => Value::Input,
            "dir" if self.lists_dangerous_names(call) => Value::Input,
            "help" => {
                if call.arguments.is_empty() {
                    semantic::site_helpers::report(self, span(call.range()), "help()");
                }
                Value::Unknown
            }
            "exec" | "eval" | "compile" => semantic::dynamic_code::check_call(self, call, builtin),
            "map" => {
                if let (Some(Value::Builtin("getattr")), Some(names)) =
                    (args.first(), call.arguments.args.get(2))
                {
                    self.mapped_getattr_names(names, false, "map(getattr, ...)");
                }
                // `map(reader, ["/etc/shadow"])`: each item is an argument of the callable.
                if let (Some(Value::Unknown | Value::Input), [function, items, ..]) =
                    (args.first(), &call.arguments.args[..])
                {
                    semantic::file_target::check_mapped_call(self, call, function, items, false);
                }
                Value::Unknown
            }
            "type" => match (args, &call.arguments.args[..]) {
                ([Value::Function(_)], _) => Value::member("types.FunctionType", false),
                (_, [Expr::Attribute(attr)])
                    if matches!(
                        normalize(attr.attr.as_str()).as_ref(),
                        "__code__" | "func_code"
                    ) =>
                {
                    Value::member("types.CodeType", false)
                }
                _ => Value::Unknown,
            },
            _ => Value::Unknown,
        }
    }

    /// The names `getattr` is mapped over: each that folds is read as an attribute, an
    /// element that does not is a computed name; `pairs`: the items are `(object, name)`.
    fn mapped_getattr_names(&mut self, items: &'a Expr, pairs: bool, how: &'static str) {
        let via = Via::Call(how);
        let range = span(items.range());
        if let Some(steps) = self.fold(items).known().and_then(|c| c.iterate()) {
            for step in steps {
                let name = match step {
                    Const::Str(name) if !pairs => name,
                    Const::Seq(pair) if pairs => match pair.get(1) {
                        Some(Const::Str(name)) => name.clone(),
                        _ => continue,
                    },
                    _ => continue,
                };
                self.attribute_access(&Value::Unknown, &name, (range, range), via, Next::Nothing);
            }
            return;
        }
        // A display, or a display repeated (`["name"] * len(rows)`): its elements.
        let display = match items {
            Expr::BinOp(op) if matches!(op.op, ast::Operator::Mult) => {
                match (op.left.as_ref(), op.right.as_ref()) {
                    (Expr::List(_) | Expr::Tuple(_), _) => op.left.as_ref(),
                    (_, Expr::List(_) | Expr::Tuple(_)) => op.right.as_ref(),
                    _ => items,
                }
            }
            _ => items,
        };
        let elements = match display {
            Expr::List(list) => &list.elts,
            Expr::Tuple(tuple) => &tuple.elts,
            _ => {
                semantic::computed_attribute::report(self, &Value::Unknown, items, via, None);
                return;
            }
        };
        for element in elements {
            let name = match (element, pairs) {
                (Expr::Tuple(pair), true) => match pair.elts.get(1) {
                    Some(name) => name,
                    None => continue,
                },
                (_, true) => {
                    semantic::computed_attribute::report(self, &Value::Unknown, element, via, None);
                    continue;
                }
                (name, false) => name,
            };
            self.attribute_sink(&Value::Unknown, name, via, true);
        }
    }

    fn local_namespace(&self) -> Value<'a> {
        if self.scope == 0 {
            Value::ThisModule
        } else {
            Value::Unknown
        }
    }

    fn qualified_call(
        &mut self,
        name: &str,
        call: &'a ast::ExprCall,
        args: &[Value<'a>],
    ) -> Value<'a> {
        if let Some(builtin) = name.strip_prefix("builtins.").and_then(names::builtin) {
            return self.builtin_call(builtin, call, args);
        }
        let in_place = matches!(name, "fileinput.input" | "fileinput.FileInput")
            && call
                .arguments
                .keywords
                .iter()
                .any(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "inplace"));
        if in_place || own_pickle::moves_files_unseen(name) {
            self.own_pickles.unseen_code();
        }
        if let Some(method) = semantic::command_environment::setting_method(name) {
            semantic::command_environment::check_method(self, method, call);
            return Value::Unknown;
        }
        match name {
            "doctest.testmod" | "doctest.DocTestSuite" => {
                semantic::dynamic_code::check_docstring_examples(self, call, name);
                Value::Unknown
            }
            "doctest.run_docstring_examples" => {
                if semantic::dynamic_code::check_named_docstring_examples(self, call, name) {
                    self.withdraw_finding(span(call.func.range()), Capability::CodeExec);
                }
                Value::Unknown
            }
            "copyreg.pickle" | "copy_reg.pickle" => {
                semantic::reduce_definition::check_registered_reducer(self, call);
                Value::Unknown
            }
            "pandas.eval" => {
                semantic::dynamic_code::check_frame_expression(self, call, name, false);
                Value::Unknown
            }
            "os.putenv" | "posix.putenv" => {
                semantic::command_environment::check_putenv(self, name, call);
                Value::Unknown
            }
            "operator.attrgetter" => {
                for arg in &call.arguments.args {
                    self.dotted_sink(arg);
                }
                self.getter(call)
            }
            "operator.methodcaller" => {
                if let Some(method) = call.arguments.args.first() {
                    self.attribute_sink(
                        &Value::Unknown,
                        method,
                        Via::Call("operator.methodcaller"),
                        true,
                    );
                }
                self.getter(call)
            }
            "inspect.getattr_static" => match (args.first(), call.arguments.args.get(1)) {
                (Some(receiver), Some(attr)) => {
                    self.attribute_sink(receiver, attr, Via::Call("inspect.getattr_static"), true)
                }
                _ => Value::Unknown,
            },
            // `functools.reduce(getattr, ["__globals__", ...], obj)`: a chain of attribute
            // reads with no attribute in the code.
            "functools.reduce" => {
                let [func, names, start, ..] = &call.arguments.args[..] else {
                    return Value::Unknown;
                };
                if !matches!(self.resolve(func), Value::Builtin("getattr")) {
                    return Value::Unknown;
                }
                let range = span(names.range());
                let start_value = self.resolve(start);
                // Each path the names may be (`dotted` a parameter given several constants).
                let candidates = self.fold_candidates(names);
                let paths: Option<Vec<Vec<Const<'a>>>> = (!candidates.is_empty())
                    .then(|| {
                        candidates
                            .into_iter()
                            .map(|c| c.known().and_then(|c| c.iterate()))
                            .collect()
                    })
                    .flatten();
                match paths {
                    Some(paths) => {
                        let walks = paths.len();
                        let mut receiver = Value::Unknown;
                        for steps in paths {
                            receiver = start_value.clone();
                            for step in steps {
                                let Const::Str(name) = step else {
                                    return Value::Unknown;
                                };
                                receiver = self.attribute_access(
                                    &receiver,
                                    &name,
                                    (range, range),
                                    Via::Call("functools.reduce(getattr, ...)"),
                                    Next::Nothing,
                                );
                            }
                        }
                        if walks == 1 {
                            receiver
                        } else {
                            Value::Unknown
                        }
                    }
                    None => {
                        // `reduce(getattr, dotted.split("."), obj)` walks a dotted path held
                        // in a variable: judged by that variable.
                        let path = match names {
                            Expr::Call(split) => match split.func.as_ref() {
                                Expr::Attribute(attr) if attr.attr.as_str() == "split" => {
                                    &attr.value
                                }
                                _ => names,
                            },
                            _ => names,
                        };
                        semantic::computed_attribute::report(
                            self,
                            &start_value,
                            path,
                            Via::Call("functools.reduce(getattr, ...)"),
                            None,
                        );
                        Value::Unknown
                    }
                }
            }
            "functools.partial" => match (args.first(), &call.arguments.args[..]) {
                (Some(Value::Builtin("getattr")), [_, receiver]) => {
                    Value::BoundGetattr(Box::new(self.resolve(receiver)))
                }
                (Some(Value::Builtin("getattr")), [_, receiver, name, ..]) => {
                    let receiver = self.resolve(receiver);
                    self.attribute_sink(&receiver, name, Via::Call(PARTIAL_GETATTR), true);
                    Value::Unknown
                }
                _ => Value::Unknown,
            },
            // `map(getattr, objects, names)`, `itertools.starmap(getattr, pairs)`: each
            // name is read with no attribute in the code. `starmap(Stream, [("/etc/shadow",)])`
            // with a callable the analyzer cannot resolve: each tuple holds a call's arguments.
            "itertools.starmap" => {
                match (args.first(), &call.arguments.args[..]) {
                    (Some(Value::Builtin("getattr")), [_, pairs, ..]) => {
                        self.mapped_getattr_names(pairs, true, "itertools.starmap(getattr, ...)");
                    }
                    (Some(Value::Unknown | Value::Input), [function, items, ..]) => {
                        semantic::file_target::check_mapped_call(self, call, function, items, true);
                    }
                    _ => {}
                }
                Value::Unknown
            }
            "functools.update_wrapper" | "functools.wraps" => {
                semantic::update_wrapper::check(self, call, name);
                Value::Unknown
            }
            "importlib.import_module" | "importlib.__import__" => self.imported_module(call, false),
            "pickle.dumps" | "_pickle.dumps" => Value::OwnPickle,
            // Optimising drops unused memo entries and calls nothing.
            "pickletools.optimize" => match call.arguments.args.first() {
                Some(data) if self.own_pickle(data) => Value::OwnPickle,
                _ => Value::Unknown,
            },
            // The same for compressed files, whose pickles are the same bytes compressed.
            "gzip.open" | "bz2.open" | "lzma.open" => self.file_handle(call),
            // A new file without a name: no other code can open it.
            "tempfile.TemporaryFile" => {
                let handle = call.range().start().into();
                self.own_pickles.buffer(handle);
                Value::Buffer { handle }
            }
            // An empty buffer, or one holding the program's own pickle (`own_pickle`).
            "io.BytesIO" | "_io.BytesIO"
                if call.arguments.keywords.is_empty()
                    && match &*call.arguments.args {
                        [] => true,
                        [data] => self.own_pickle(data),
                        _ => false,
                    } =>
            {
                let handle = call.range().start().into();
                self.own_pickles.buffer(handle);
                Value::Buffer { handle }
            }
            // `pickle.dump(x, open("state.pkl", "wb"))`: a file or buffer of the program's
            // own objects, and `pickle.load` of one (judged at the end of the file).
            "pickle.dump" | "_pickle.dump" => {
                if let Some(handle) =
                    super::argument(call, 1, "file").and_then(|file| self.file_value(file).handle())
                {
                    self.own_pickles.dumped(handle);
                }
                Value::Unknown
            }
            // pandas' own round trip through a file: only a pickle goes in.
            "pandas.to_pickle" => {
                let path =
                    super::argument(call, 1, "filepath_or_buffer").and_then(|p| self.known_text(p));
                self.own_pickles
                    .dumped_to(path.as_deref(), self.branch == 0);
                Value::Unknown
            }
            "pandas.read_pickle" => {
                let path =
                    super::argument(call, 0, "filepath_or_buffer").and_then(|p| self.known_text(p));
                self.own_pickles
                    .loaded_from(path.as_deref(), span(call.func.range()));
                Value::Unknown
            }
            "pickle.load" | "_pickle.load" => {
                if let Some(handle) =
                    super::argument(call, 0, "file").and_then(|file| self.file_value(file).handle())
                {
                    self.own_pickles.loaded(handle, span(call.func.range()));
                }
                Value::Unknown
            }
            // `pickle.loads(pickle.dumps(x))`: a copy of the program's own object.
            "pickle.loads" | "_pickle.loads" => {
                if call
                    .arguments
                    .args
                    .first()
                    .is_some_and(|data| self.own_pickle(data))
                {
                    self.withdraw_finding(span(call.func.range()), Capability::CodeExec);
                }
                Value::Unknown
            }
            // The names of the loaded modules, not the modules.
            "sys.modules.keys" | "sys.modules.__len__" | "sys.modules.__contains__" => {
                self.withdraw_finding(span(call.func.range()), Capability::Import);
                Value::Unknown
            }
            "sys.modules.get" | "sys.modules.pop" | "sys.modules.__getitem__" => {
                match call.arguments.args.first().map(|a| self.fold(a)) {
                    Some(Folded::Known(Const::Str(module))) => {
                        // Reading a harmless module by its constant name is importing it.
                        if name == "sys.modules.get" && self.is_harmless_module_name(&module) {
                            self.withdraw_finding(span(call.func.range()), Capability::Import);
                        }
                        Value::module(&module)
                    }
                    _ => Value::Unknown,
                }
            }
            "os.getenv" | "os.environ.get" | "sys.stdin.readline" | "sys.stdin.read" => {
                Value::Input
            }
            "cProfile.run"
            | "cProfile.runctx"
            | "profile.run"
            | "profile.runctx"
            | "cProfile.Profile.run"
            | "cProfile.Profile.runctx"
            | "profile.Profile.run"
            | "profile.Profile.runctx" => {
                semantic::dynamic_code::check_call(self, call, name);
                Value::Unknown
            }
            "timeit.timeit" | "timeit.repeat" | "timeit.Timer" => {
                self.code_arguments(name, call, args, &[(0, "stmt"), (1, "setup")]);
                Value::Unknown
            }
            // Evaluated by `get_type_hints` and the like.
            "typing.ForwardRef" | "typing_extensions.ForwardRef" | "annotationlib.ForwardRef" => {
                self.code_arguments(name, call, args, &[(0, "arg")]);
                Value::Unknown
            }
            "typing.get_type_hints" | "typing_extensions.get_type_hints" => {
                self.annotation_evaluation(name, call, false);
                Value::Unknown
            }
            "inspect.get_annotations" | "annotationlib.get_annotations" => {
                self.annotation_evaluation(name, call, true);
                Value::Unknown
            }
            // Objects some rule names a method of (`sqlite3.Connection.load_extension`,
            // `cProfile.Profile.runctx`): the call returns one, so the method is known.
            "sqlite3.connect" | "sqlite3.dbapi2.connect" => {
                semantic::file_target::check_call(self, name, call);
                Value::member("sqlite3.Connection", false)
            }
            "cProfile.Profile"
            | "profile.Profile"
            | "configparser.ConfigParser"
            | "configparser.RawConfigParser"
            | "configparser.SafeConfigParser" => Value::member(name, false),
            // A configurator resolves the `ext://` references of the dict it is given.
            "logging.config.BaseConfigurator" | "logging.config.DictConfigurator" => {
                if let Some(Folded::Known(config)) =
                    call.arguments.args.first().map(|a| self.fold(a))
                {
                    self.factories(name, &config, span(call.range()));
                }
                Value::member(name, false)
            }
            // `mock.patch("subprocess.getoutput")` imports the target's module and finds
            // the object by its dotted name, which `get_original()` (or `temp_original`)
            // hands back; a patch that only replaces it while a test runs reaches nothing.
            "unittest.mock.patch" | "mock.patch" if self.reads_patch_originals() => {
                let targets = call
                    .arguments
                    .args
                    .first()
                    .map(|a| self.fold_candidates(a))
                    .unwrap_or_default();
                for target in targets {
                    if let Folded::Known(Const::Str(target)) = target {
                        if let Some(rule) = self.cx.patterns.qualified(&target) {
                            let target = target.to_string();
                            self.report_use(rule, span(call.range()), &target, Via::Call(name));
                        }
                    }
                }
                Value::Unknown
            }
            "logging.config.dictConfigClass" => {
                Value::member("logging.config.DictConfigurator", false)
            }
            // The parser fetches only in `.read()`; `.parse(lines)` is local.
            "urllib.robotparser.RobotFileParser" => Value::member(name, false),
            "logging.config.dictConfig" => {
                if let Some(Folded::Known(config)) =
                    call.arguments.args.first().map(|a| self.fold(a))
                {
                    self.factories(name, &config, span(call.range()));
                }
                Value::Unknown
            }
            "fcntl.ioctl" => {
                semantic::terminal_ioctl::check(self, call);
                Value::Unknown
            }
            // What `tarfile.open` returns, so that `.extractall()` on it is known.
            "tarfile.open" | "tarfile.TarFile" | "tarfile.TarFile.open" => {
                semantic::file_target::check_call(self, name, call);
                Value::member("tarfile.TarFile", true)
            }
            "tarfile.TarFile.extractall" | "tarfile.TarFile.extract" => {
                semantic::file_target::check_extract(self, name, call);
                Value::Unknown
            }
            // What the socket constructors return, so that `.connect(address)` is known.
            "socket.socket" | "socket.create_connection" | "socket.fromfd" => {
                semantic::network_target::check(self, name, call);
                Value::member("socket.socket", true)
            }
            "socket.socket.connect" | "socket.socket.connect_ex" | "socket.socket.sendto" => {
                if let (Some(target), Some(rule)) = (
                    semantic::network_target::of_call(self, name, call),
                    self.cx.patterns.qualified("socket.socket"),
                ) {
                    let detail = format!(" to `{target}`");
                    self.report_target(rule, span(call.range()), name, &detail, target);
                }
                Value::Unknown
            }
            _ if semantic::signal_process::is_target(name) => {
                semantic::signal_process::check(self, name, call);
                Value::Unknown
            }
            _ if semantic::unsafe_load_option::is_target(name) => {
                semantic::unsafe_load_option::check(self, name, call);
                Value::Unknown
            }
            _ => {
                semantic::file_target::check_call(self, name, call);
                semantic::network_target::check(self, name, call);
                // `code.replace(co_code=...)` with `code` never bound: the `co_` keywords say
                // it is a code object, whatever module the name is assumed to be.
                if name.ends_with(".replace") {
                    semantic::code_replace::check(self, call);
                }
                Value::Unknown
            }
        }
    }

    /// Source strings a library function compiles and runs (`timeit.timeit(stmt, setup)`):
    /// linted like code passed to `exec`. Text from outside, or a string the folder could
    /// not finish, is code no one has seen (PJ419); anything else may well be a callable,
    /// unless a class body of the file bound it to text (`timeit.timeit(Job.stmt)`).
    fn code_arguments(
        &mut self,
        name: &str,
        call: &'a ast::ExprCall,
        args: &[Value<'a>],
        params: &[(usize, &str)],
    ) {
        for &(position, keyword) in params {
            let (arg, value) = match call.arguments.args.get(position) {
                Some(arg) => (arg, args.get(position).cloned().unwrap_or(Value::Unknown)),
                None => match call
                    .arguments
                    .keywords
                    .iter()
                    .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == keyword))
                {
                    Some(k) => (&k.value, self.resolve(&k.value)),
                    None => continue,
                },
            };
            let unseen_code = |checker: &mut Self| {
                checker.report(
                    semantic::Semantic::DynamicCode,
                    span(call.range()),
                    name,
                    Via::Direct,
                )
            };
            match self.fold(arg) {
                Folded::Known(Const::Str(code)) => self.statement(&code, call, name),
                Folded::Shape { .. } => unseen_code(self),
                _ if matches!(value, Value::Input) => unseen_code(self),
                _ => match self.class_attribute(arg) {
                    Some(Value::Const(Const::Str(code))) => self.statement(&code, call, name),
                    Some(Value::Consts(all)) => {
                        for constant in all {
                            if let Const::Str(code) = constant {
                                self.statement(&code, call, name);
                            }
                        }
                    }
                    Some(Value::Input | Value::Shape { .. }) => unseen_code(self),
                    // A name the file binds to text somewhere, whose text the folder could
                    // not finish (`stmt += part` in a loop): no callable.
                    _ if matches!(arg, Expr::Name(n) if self.call_sites.holds_text(n.id.as_str())) => {
                        unseen_code(self)
                    }
                    _ => {}
                },
            }
        }
    }

    /// A constant statement a library function compiles and runs, linted as code passed to
    /// `exec` is: what cannot be analysed (code this parser rejects, which CPython may
    /// still run; code past the file's budget) is code no one has seen.
    fn statement(&mut self, code: &str, call: &'a ast::ExprCall, name: &str) {
        if let Err(why) = self.lint_inner(code, span(call.range()), name) {
            self.report_detail(
                semantic::Semantic::DynamicCode,
                span(call.range()),
                name,
                &format!(" (its constant code could not be analysed: {why})"),
            );
        }
    }

    /// `logging.config.dictConfig` imports the dotted name under every `"()"` key, and
    /// under a handler's or formatter's `"class"`, and calls it with the other keys: each
    /// one is a use of that name.
    fn factories(&mut self, name: &str, config: &Const<'a>, range: (usize, usize)) {
        let Const::Dict(items) = config else {
            return;
        };
        for (key, value) in items.iter() {
            match (key.as_str(), value) {
                (Some("()" | "class"), Const::Str(target)) => {
                    let target = target.strip_prefix("ext://").unwrap_or(target);
                    if let Some(rule) = self.cx.patterns.qualified(target) {
                        self.report_use(rule, range, target, Via::Call(name));
                    }
                }
                (_, Const::Dict(_)) => self.factories(name, value, range),
                // Any value `ext://a.b` is resolved to that object when it is read.
                (_, Const::Str(target)) => {
                    if let Some(rule) = target
                        .strip_prefix("ext://")
                        .and_then(|target| self.cx.patterns.qualified(target))
                    {
                        let target = target.strip_prefix("ext://").unwrap_or(target).to_string();
                        self.report_use(rule, range, &target, Via::Call(name));
                    }
                }
                _ => {}
            }
        }
    }

    /// What `open(path, mode)` gives when its path is a constant: a file that reads, or
    /// writes when its mode has `w`, `a`, `x` or `+`.
    fn opened_file(&self, call: &'a ast::ExprCall) -> Value<'a> {
        let Some(Folded::Known(Const::Str(path))) =
            super::argument(call, 0, "file").map(|p| self.fold(p))
        else {
            return Value::Unknown;
        };
        let writes = match super::argument(call, 1, "mode").map(|m| self.fold(m)) {
            None => false,
            Some(Folded::Known(Const::Str(mode))) => mode.contains(['w', 'a', 'x', '+']),
            Some(_) => return Value::Unknown,
        };
        Value::OpenFile {
            path: Rc::from(path.as_ref()),
            writes,
            handle: call.range().start().into(),
        }
    }

    /// The file object `open(path, mode)` (or `gzip.open`, ...) gives, followed by
    /// `own_pickle`.
    fn file_handle(&mut self, call: &'a ast::ExprCall) -> Value<'a> {
        // An opener decides itself what the path opens.
        let opener = call
            .arguments
            .keywords
            .iter()
            .any(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "opener"));
        if opener {
            self.own_pickles.unseen_code();
            return Value::Unknown;
        }
        let file = self.opened_file(call);
        let mode = self.open_mode(call);
        match (&file, &mode) {
            (Value::OpenFile { path, handle, .. }, Some(mode)) => {
                let certain = self.branch == 0;
                self.own_pickles.file(*handle, path, *mode, certain);
            }
            (_, Some(mode)) if !mode.writes => {}
            // A path it does not show opened for writing, or a mode it does not show: it
            // may write any file.
            _ => self.own_pickles.wrote(None),
        }
        match (file, mode) {
            (Value::Unknown, Some(mode)) if mode.writes => super::argument(call, 0, "file")
                .and_then(|path| semantic::file_target::written_file_name(self, path))
                .map_or(Value::Unknown, |name| Value::WrittenFile {
                    name: name.into(),
                }),
            (file, _) => file,
        }
    }

    /// What the mode of `open(path, mode)` says, when it is known.
    fn open_mode(&self, call: &'a ast::ExprCall) -> Option<own_pickle::Mode> {
        let mode = match super::argument(call, 1, "mode").map(|m| self.fold(m)) {
            None => Cow::Borrowed("r"),
            Some(Folded::Known(Const::Str(mode))) => Cow::Owned(mode.to_string()),
            Some(_) => return None,
        };
        Some(own_pickle::Mode {
            writes: mode.contains(['w', 'a', 'x', '+']),
            truncates: mode.contains(['w', 'x']),
            updates: mode.contains('+'),
        })
    }

    /// The file `expr` is: a name bound to one, or `open(...)` in place.
    fn file_value(&self, expr: &'a Expr) -> Value<'a> {
        let Expr::Call(call) = expr else {
            return self.resolve(expr);
        };
        match self.resolve(&call.func) {
            Value::Builtin("open") => self.opened_file(call),
            callee => match callee.qualified_name() {
                Some("gzip.open" | "bz2.open" | "lzma.open") => self.opened_file(call),
                // Followed only if the walk took it for one (`own_pickle`).
                Some("io.BytesIO" | "_io.BytesIO" | "tempfile.TemporaryFile") => Value::Buffer {
                    handle: call.range().start().into(),
                },
                _ => Value::Unknown,
            },
        }
    }

    /// `d.get("__builtins__")` (or `pop`, `setdefault`): the mapping read by a dangerous
    /// dunder's name, as `d["__builtins__"]` is (`subscript`).
    fn dunder_key_read(&mut self, call: &'a ast::ExprCall) {
        let Expr::Attribute(method) = call.func.as_ref() else {
            return;
        };
        if !matches!(method.attr.as_str(), "get" | "pop" | "setdefault") {
            return;
        }
        let Some(key_expr) = call.arguments.args.first() else {
            return;
        };
        let Folded::Known(Const::Str(key)) = self.fold(key_expr) else {
            return;
        };
        if key.starts_with("__") {
            if let Some(rule) = self.cx.patterns.attribute(&key) {
                self.report(rule, span(key_expr.range()), &key, Via::Subscript);
            }
        }
    }

    /// Bytes the program pickled itself: `pickle.dumps(x)` in place, or a
    /// name holding them.
    fn own_pickle(&self, data: &'a Expr) -> bool {
        if self.registers_reducers() {
            return false;
        }
        match data {
            Expr::Call(inner) => matches!(
                self.resolve(&inner.func).qualified_name(),
                Some("pickle.dumps" | "_pickle.dumps")
            ),
            data => matches!(self.resolve(data), Value::OwnPickle),
        }
    }

    /// A method of a buffer or file `own_pickle` follows that leaves its stream as it was,
    /// or puts it back at the start, where `pickle.dump` began.
    fn stream_method(
        &mut self,
        attr: &'a ast::ExprAttribute,
        call: &'a ast::ExprCall,
        method: &str,
    ) {
        if !matches!(method, "getvalue" | "tell" | "flush" | "close" | "seek") {
            return;
        }
        let Some(handle) = self.resolve(&attr.value).handle() else {
            return;
        };
        let harmless = match method {
            "getvalue" | "tell" | "flush" | "close" => call.arguments.is_empty(),
            "seek" => {
                call.arguments.keywords.is_empty()
                    && match &*call.arguments.args {
                        [offset] => self.fold(offset).known() == Some(Const::Int(0)),
                        [offset, whence] => {
                            self.fold(offset).known() == Some(Const::Int(0))
                                && self.fold(whence).known() == Some(Const::Int(0))
                        }
                        _ => false,
                    }
            }
            _ => false,
        };
        if harmless {
            self.own_pickles.kept(handle);
        }
    }

    /// The getter `attrgetter(path)`/`methodcaller(name)` returns, when its name is known.
    fn getter(&self, call: &'a ast::ExprCall) -> Value<'a> {
        let methodcaller = matches!(
            self.resolve(&call.func).qualified_name(),
            Some("operator.methodcaller")
        );
        let maker = match methodcaller {
            true => "operator.methodcaller",
            false => "operator.attrgetter",
        };
        match (
            &call.arguments.args[..],
            call.arguments.args.first().map(|a| self.fold(a)),
        ) {
            ([_], Some(Folded::Known(Const::Str(path))))
            | ([_, ..], Some(Folded::Known(Const::Str(path))))
                if call.arguments.args.len() == 1 || methodcaller =>
            {
                Value::Getter {
                    path: Rc::from(path.as_ref()),
                    maker,
                }
            }
            _ => Value::Unknown,
        }
    }

    /// Calling a getter on a module: `attrgetter("system")(os)` is `os.system`. (The names
    /// themselves were checked where the getter was made.)
    fn apply_getter(
        &mut self,
        path: &str,
        maker: &'static str,
        receiver: &Value<'a>,
        range: (usize, usize),
    ) -> Value<'a> {
        let mut value = receiver.clone();
        for part in path.split('.') {
            value = match &value {
                Value::Qual { name, reported, .. } => {
                    let Some(full) = value::qualified_member(name, part) else {
                        return Value::Unknown;
                    };
                    let mut reported = *reported;
                    if !reported {
                        if let Some(rule) = self.cx.patterns.qualified(&full) {
                            self.report_use(rule, range, &full, Via::Call(maker));
                            reported = true;
                        }
                    }
                    self.member_of(name, part, reported)
                }
                _ => return Value::Unknown,
            };
        }
        value
    }

    /// `operator.attrgetter("a.b.c")` reads each dotted part.
    fn dotted_sink(&mut self, arg: &'a Expr) {
        let range = span(arg.range());
        let via = Via::Call("operator.attrgetter");
        for candidate in self.fold_candidates(arg) {
            match candidate {
                Folded::Known(Const::Str(path)) => {
                    let mut receiver = Value::Unknown;
                    for part in path.split('.') {
                        receiver = self.attribute_access(
                            &receiver,
                            part,
                            (range, range),
                            via,
                            Next::Nothing,
                        );
                    }
                }
                Folded::Known(_) => {}
                _ => {
                    self.attribute_sink(&Value::Unknown, arg, via, true);
                    return;
                }
            }
        }
    }

    fn method_call(
        &mut self,
        attr: &'a ast::ExprAttribute,
        call: &'a ast::ExprCall,
        args: &[Value<'a>],
    ) -> Value<'a> {
        let method = normalize(attr.attr.as_str());
        self.stream_method(attr, call, &method);
        // `open("plugin.py", "w").write(code)`: code a later import may run.
        if let (true, Some(content)) = (method == "write", call.arguments.args.first()) {
            let file_name = match self.resolve(&attr.value) {
                Value::OpenFile {
                    path, writes: true, ..
                } => path.rsplit('/').next().map(str::to_string),
                Value::WrittenFile { name } => Some(name.to_string()),
                _ => None,
            };
            if let Some(file_name) = file_name {
                semantic::dynamic_code::check_written_code(
                    self,
                    &file_name,
                    content,
                    span(call.range()),
                );
            }
        }
        match method.as_ref() {
            // `Registry.__subclasses__(object)` is `type.__subclasses__` of what it is
            // given: the program's own class (exempt when called bare) only names it.
            "__subclasses__"
                if !call.arguments.args.is_empty()
                    && matches!(
                        self.resolve(&attr.value),
                        Value::Class { .. } | Value::Instance
                    ) =>
            {
                if let Some(rule) = self.cx.patterns.attribute("__subclasses__") {
                    self.report(rule, span(call.range()), "__subclasses__", Via::Direct);
                }
                Value::Unknown
            }
            // `parser.setFeature("http://xml.org/sax/features/external-general-entities", True)`:
            // a SAX feature spelled as its URI is the constant of `xml.sax.handler` it names
            // (turned off, it is the default and reaches nothing).
            "setFeature" => {
                let turned_off = self.turns_off(call);
                let named = call
                    .arguments
                    .args
                    .first()
                    .filter(|_| !turned_off)
                    .and_then(|feature| {
                        let Folded::Known(Const::Str(uri)) = self.fold(feature) else {
                            return None;
                        };
                        let constant = match uri.as_ref() {
                            "http://xml.org/sax/features/external-general-entities" => {
                                "xml.sax.handler.feature_external_ges"
                            }
                            "http://xml.org/sax/features/external-parameter-entities" => {
                                "xml.sax.handler.feature_external_pes"
                            }
                            _ => return None,
                        };
                        Some((constant, self.cx.patterns.qualified(constant)?))
                    });
                if let (Some((constant, rule)), Some(feature)) =
                    (named, call.arguments.args.first())
                {
                    self.report_use(rule, span(feature.range()), constant, Via::Direct);
                }
                Value::Unknown
            }
            "format" | "format_map" => {
                let is_map = method == "format_map";
                if let Folded::Known(Const::Str(text)) = self.fold(&attr.value) {
                    if text.contains('{') {
                        self.format_fields_of(&text, span(attr.value.range()), args, is_map);
                    }
                } else if let Some(template) = call.arguments.args.first() {
                    // str.format(template, *args), string.Formatter().format(template, *args)
                    self.format_template(template, &args[1..], is_map);
                }
                Value::Unknown
            }
            // string.Formatter().vformat(template, args, kwargs): the arguments are a
            // sequence and a mapping, whose items are not followed.
            "vformat" => {
                if let Some(template) = call.arguments.args.first() {
                    self.format_template(template, &[], false);
                }
                Value::Unknown
            }
            // string.Formatter().get_field("0.__class__", args, kwargs): one field's path,
            // without its braces.
            "get_field" => {
                if let Some(path) = call.arguments.args.first() {
                    if let Folded::Known(Const::Str(path)) = self.fold(path) {
                        let field = format!("{{{path}}}");
                        self.format_fields_of(&field, span(call.range()), &[], false);
                    }
                }
                Value::Unknown
            }
            "__getattribute__" => match (
                self.resolve(&attr.value),
                args.first(),
                &call.arguments.args[..],
            ) {
                (Value::Builtin("object" | "type"), Some(receiver), [_, name, ..]) => {
                    self.attribute_sink(receiver, name, Via::Call("__getattribute__"), true)
                }
                (receiver, _, [name, ..]) => {
                    self.attribute_sink(&receiver, name, Via::Call("__getattribute__"), true)
                }
                _ => Value::Unknown,
            },
            // `frame.query(expr)`, `frame.eval(expr)`: pandas evaluates the expression, and
            // `@name` in it reads the caller's variables, attribute chains included
            // (`@pd.compat.os.system(...)`, CVE-2024-9880). Text with such a reference is
            // linted as code.
            "query" | "eval" => {
                semantic::dynamic_code::check_frame_expression(self, call, &method, true);
                Value::Unknown
            }
            // `frame.to_pickle(path)` (a pandas DataFrame or Series).
            "to_pickle" => {
                let path = super::argument(call, 0, "path").and_then(|p| self.known_text(p));
                self.own_pickles
                    .dumped_to(path.as_deref(), self.branch == 0);
                Value::Unknown
            }
            "replace" => {
                semantic::code_replace::check(self, call);
                semantic::file_target::check_method(self, attr, call);
                Value::Unknown
            }
            "get" | "pop" | "setdefault" | "__getitem__" => {
                let inner = match self.resolve(&attr.value) {
                    Value::Namespace(inner) => *inner,
                    receiver if receiver.is_builtins_module() => receiver,
                    _ => return Value::Unknown,
                };
                match call.arguments.args.first() {
                    Some(key) => {
                        let computed_is_finding = !matches!(inner, Value::Instance);
                        self.attribute_sink(&inner, key, Via::Subscript, computed_is_finding)
                    }
                    None => Value::Unknown,
                }
            }
            "__setitem__" | "update" | "__delitem__" => {
                let target = match self.resolve(&attr.value) {
                    Value::Namespace(inner) => *inner,
                    receiver => receiver,
                };
                if target.is_builtins_module() {
                    semantic::builtins_mutation::report(self, span(call.range()), &method);
                }
                Value::Unknown
            }
            _ => {
                semantic::file_target::check_method(self, attr, call);
                Value::Unknown
            }
        }
    }

    /// Attribute and item access inside the replacement fields of a format template:
    /// `"{0.__class__.__base__}".format(x)` walks the object graph with no attribute in the
    /// code.
    fn format_template(&mut self, template: &'a Expr, args: &[Value<'a>], is_map: bool) {
        let Folded::Known(Const::Str(text)) = self.fold(template) else {
            return;
        };
        if !text.contains('{') {
            return;
        }
        self.format_fields_of(&text, span(template.range()), args, is_map);
    }

    /// The replacement fields of `text`, reported at `range`.
    fn format_fields_of(
        &mut self,
        text: &str,
        range: (usize, usize),
        args: &[Value<'a>],
        is_map: bool,
    ) {
        for field in format_fields(text) {
            let mut receiver = match (&field.arg, is_map) {
                (FieldArg::Position(i), false) => args.get(*i).cloned().unwrap_or(Value::Unknown),
                _ => Value::Unknown,
            };
            for (i, step) in field.steps.iter().enumerate() {
                let next = match field.steps.get(i + 1) {
                    Some(FieldStep::Attribute(name)) => {
                        Next::Attribute(std::borrow::Cow::Owned(name.clone()))
                    }
                    _ => Next::Nothing,
                };
                receiver = match step {
                    FieldStep::Attribute(name) => self.attribute_access(
                        &receiver,
                        name,
                        (range, range),
                        Via::FormatString,
                        next,
                    ),
                    FieldStep::Item(key) => match &receiver {
                        Value::Namespace(inner) => {
                            let inner = inner.as_ref().clone();
                            self.attribute_access(
                                &inner,
                                key,
                                (range, range),
                                Via::FormatString,
                                next,
                            )
                        }
                        _ => {
                            if key.starts_with("__") {
                                if let Some(rule) = self.cx.patterns.attribute(key) {
                                    self.report(rule, range, key, Via::FormatString);
                                }
                            }
                            Value::Unknown
                        }
                    },
                };
            }
        }
    }
}

/// A name, a dotted name or a tuple of them: what `isinstance` compares with.
fn is_type_reference(expr: &Expr) -> bool {
    match expr {
        Expr::Name(_) => true,
        Expr::Attribute(attr) => is_type_reference(&attr.value),
        Expr::Tuple(tuple) => tuple.elts.iter().all(is_type_reference),
        _ => false,
    }
}

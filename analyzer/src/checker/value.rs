//! What an expression is known to refer to.

use std::rc::Rc;

use crate::fold::Const;

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value<'a> {
    Unknown,
    /// Text from outside the program: `input()`, `sys.argv`, the environment, stdin.
    Input,
    /// A module or a member of one, by qualified name (`os`, `os.system`).
    /// `reported`: a finding for this name was already made where the value came from.
    Qual {
        name: Rc<str>,
        module: bool,
        reported: bool,
    },
    /// An unshadowed builtin (or an alias of one: `g = getattr`).
    Builtin(&'static str),
    /// A function defined in this file (`def`, `lambda`); with its result when that is one
    /// expression of its parameters, which calls of it fold through.
    Function(Option<Rc<Returns<'a>>>),
    /// `self` or `cls` in a method: the code's own object.
    Instance,
    /// A class defined in this file (without decorators, which may replace it).
    /// `plain`: without a metaclass or keywords, and its bases only plain classes of the
    /// file or builtin data and exception types, so `isinstance` means what it says.
    /// `body`: the scope of its body, whose names are its attributes (none when the name
    /// may be one of several classes).
    Class {
        plain: bool,
        body: Option<usize>,
    },
    /// Bytes the program pickled itself (`pickle.dumps(x)`): unpickling them rebuilds its
    /// own objects.
    OwnPickle,
    /// A file `open` gave, of a constant path: `writes` when its mode writes; `handle`,
    /// the offset of that call, which tells this file object from others (`own_pickle`).
    OpenFile {
        path: Rc<str>,
        writes: bool,
        handle: usize,
    },
    /// A file opened for writing at a path the code does not show whole, whose last part it
    /// does (`open(os.path.join(tmp, "plugin.py"), "w")`): what is written there is judged
    /// by that name (`dynamic_code::check_written_code`).
    WrittenFile {
        name: Rc<str>,
    },
    /// An `io.BytesIO` made empty or from the program's own pickle, made by the call at
    /// offset `handle` (`own_pickle`).
    Buffer {
        handle: usize,
    },
    /// What `operator.attrgetter(path)` or `methodcaller(name)` returns: calling it reads
    /// the (dotted) attribute from its argument.
    /// `maker` is the function that made it (`operator.attrgetter`, `...methodcaller`).
    Getter {
        path: Rc<str>,
        maker: &'static str,
    },
    /// What `functools.partial(getattr, obj)` returns: calling it with a name reads that
    /// attribute of `obj`.
    BoundGetattr(Box<Value<'a>>),
    /// The attribute namespace of a value: `vars(x)`, `x.__dict__`, `globals()`.
    Namespace(Box<Value<'a>>),
    /// The module being linted (what `globals()` is the namespace of).
    ThisModule,
    /// A literal display (`''`, `()`, `[]`, `{}`): the usual first step of a graph walk.
    Literal,
    /// A name bound to a constant.
    Const(Const<'a>),
    /// A name bound to one of several constants (assigned in branches).
    Consts(Vec<Const<'a>>),
    /// A name bound to a string whose start and end are known
    /// (`"/proc/%d/cwd" % pid`, `home + "/.ssh/id_rsa"`).
    Shape {
        prefix: Rc<str>,
        suffix: Rc<str>,
    },
}

/// A function whose body is `return <expression>` of positional parameters
/// (`def dunder(w): return "__%s__" % w`, `lambda w: "__" + w + "__"`).
#[derive(Debug, PartialEq)]
pub(crate) struct Returns<'a> {
    pub params: Vec<&'a str>,
    pub body: &'a ruff_python_ast::Expr,
}

impl<'a> Returns<'a> {
    /// The parameters when they are positional only, without defaults or `*`/`**`.
    fn plain_params(params: &'a ruff_python_ast::Parameters) -> Option<Vec<&'a str>> {
        if !params.kwonlyargs.is_empty() || params.vararg.is_some() || params.kwarg.is_some() {
            return None;
        }
        params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .map(|p| p.default.is_none().then(|| p.parameter.name.as_str()))
            .collect()
    }

    pub(crate) fn of_def(def: &'a ruff_python_ast::StmtFunctionDef) -> Option<Rc<Returns<'a>>> {
        use ruff_python_ast::Stmt;
        let body = match &def.body[..] {
            [Stmt::Return(ret)] => ret.value.as_deref()?,
            [Stmt::Expr(doc), Stmt::Return(ret)] if doc.value.is_string_literal_expr() => {
                ret.value.as_deref()?
            }
            _ => return None,
        };
        if !def.decorator_list.is_empty() {
            return None;
        }
        Some(Rc::new(Returns {
            params: Self::plain_params(&def.parameters)?,
            body,
        }))
    }

    pub(crate) fn of_lambda(lambda: &'a ruff_python_ast::ExprLambda) -> Option<Rc<Returns<'a>>> {
        let params = match lambda.parameters.as_deref() {
            Some(params) => Self::plain_params(params)?,
            None => Vec::new(),
        };
        Some(Rc::new(Returns {
            params,
            body: &lambda.body,
        }))
    }
}

/// Longest qualified name the name model follows, far longer than any module member the
/// rules or the standard library name. A chain of attribute reads (`x = x.a` on thousands of
/// lines, `attrgetter("a.a.a...")`) or a megabyte attribute name would otherwise cost its
/// whole length again at every step; past this length the value is unknown.
const MAX_QUALIFIED_LEN: usize = 512;

/// `base.name`, unless that is longer than a qualified name the name model follows.
pub(crate) fn qualified_member(base: &str, name: &str) -> Option<String> {
    (base.len() + 1 + name.len() <= MAX_QUALIFIED_LEN).then(|| format!("{base}.{name}"))
}

impl<'a> Value<'a> {
    pub(crate) fn module(name: &str) -> Value<'a> {
        Value::Qual {
            name: Rc::from(name),
            module: true,
            reported: false,
        }
    }

    pub(crate) fn member(name: &str, reported: bool) -> Value<'a> {
        Value::Qual {
            name: Rc::from(name),
            module: false,
            reported,
        }
    }

    pub(crate) fn qualified_name(&self) -> Option<&str> {
        match self {
            Value::Qual { name, .. } => Some(name),
            _ => None,
        }
    }

    pub(crate) fn is_module(&self) -> bool {
        matches!(self, Value::Qual { module: true, .. })
    }

    pub(crate) fn is_builtins_module(&self) -> bool {
        matches!(self.qualified_name(), Some("builtins" | "__builtin__"))
    }

    pub(crate) fn is_unknown(&self) -> bool {
        matches!(self, Value::Unknown)
    }

    /// The file object or buffer this is, as `own_pickle` follows it.
    pub(crate) fn handle(&self) -> Option<usize> {
        match self {
            Value::OpenFile { handle, .. } | Value::Buffer { handle } => Some(*handle),
            _ => None,
        }
    }

    /// Combines what a name may be after an assignment in a branch: known beats unknown,
    /// constants accumulate.
    pub(crate) fn merge(old: Value<'a>, new: Value<'a>) -> Value<'a> {
        match (old, new) {
            // A class name rebound in a branch (`cls = cls.__bases__[0]` in a loop) may be
            // any class, `object` included.
            (
                Value::Class { plain: a, body },
                Value::Class {
                    plain: b,
                    body: other,
                },
            ) => Value::Class {
                plain: a && b,
                body: body.filter(|&body| Some(body) == other),
            },
            (Value::Class { .. }, _) | (_, Value::Class { .. }) => Value::Unknown,
            // A handle vouches for a load of the program's own pickle, so it must hold on
            // every path. `own_pickle` follows only a name bound once, which has no earlier
            // value for a handle bound in a branch to replace.
            (Value::Unknown, new) if new.handle().is_some() => new,
            (old, new) if old.handle().is_some() || new.handle().is_some() => {
                match (old.handle(), new.handle()) {
                    (Some(a), Some(b)) if a == b => new,
                    _ => Value::Unknown,
                }
            }
            (old, Value::Unknown) => old,
            (Value::Unknown, new) => new,
            (Value::Const(a), Value::Const(b)) => Value::consts(vec![a, b]),
            (Value::Consts(mut all), Value::Const(b)) => {
                all.push(b);
                Value::consts(all)
            }
            (Value::Const(a), Value::Consts(mut all)) => {
                all.insert(0, a);
                Value::consts(all)
            }
            (Value::Consts(mut all), Value::Consts(more)) => {
                all.extend(more);
                Value::consts(all)
            }
            (_, new) => new,
        }
    }

    pub(crate) fn consts(mut all: Vec<Const<'a>>) -> Value<'a> {
        all.dedup();
        all.truncate(16);
        if all.len() == 1 {
            Value::Const(all.pop().expect("one element"))
        } else {
            Value::Consts(all)
        }
    }
}

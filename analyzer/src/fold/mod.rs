//! Constant folding: what string (or bytes, int, list) an expression certainly evaluates to.
//!
//! Obfuscated escapes build dangerous names at run time: `'__glo' + 'bals__'`, `'%c' % 95`,
//! `'__slabolg__'[::-1]`, `bytes.fromhex('5f5f...').decode()`, `codecs.decode(s, 'rot13')`.
//! The folder evaluates the side-effect-free subset of Python those tricks use. What it cannot
//! decide it reports as unknown, never as a guess; for strings it keeps the known prefix and
//! suffix, so that `'visit_' + kind` is known to be harmless while `'__' + x` is not.
//!
//! Work is bounded: every step costs fuel, and strings, byte strings and lists are capped.

mod codecs;
mod compression;
mod format;
mod methods;
mod paths;
mod shared;

use std::borrow::Cow;
use std::rc::Rc;

use ruff_python_ast::visitor::{walk_expr, Visitor};
use ruff_python_ast::{self as ast, Expr, Number, Operator, UnaryOp};

pub(crate) use format::{format_fields, FieldArg, FieldStep};
pub(crate) use shared::Shared;

use crate::budget::Budget;
use crate::checker::value::Value;

/// Most bytes a folded value holds: a string's, or a collection's with its items'
/// ([`Const::size_within`]).
const MAX_LEN: usize = 1 << 20;
/// Most items of a list the folder builds by repetition, `range` or `split`: as many as
/// [`MAX_LEN`] holds (each item is a value of its own, and names or code are not built from
/// longer ones).
pub(crate) const MAX_ITEMS: usize = MAX_LEN / ITEM_BYTES;
/// Most bytes kept of either known end of a string known only by its ends: more than any path
/// or name it is matched against, and keeping less of an end only makes it match more.
const SHAPE_END: usize = 1 << 12;
/// Bytes an item of a folded collection takes in memory, whatever it holds besides.
const ITEM_BYTES: usize = std::mem::size_of::<Const>();
/// Steps one folding may take.
const FUEL: u32 = 200_000;

/// Most values [`Folder::candidates`] gives for one expression.
pub(crate) const MAX_CANDIDATES: usize = 16;

/// How deep calls of the file's own functions are folded.
const MAX_INLINED: usize = 8;

/// A value known at analysis time.
#[derive(Debug, Clone)]
pub(crate) enum Const<'a> {
    Str(Shared<'a, str>),
    Bytes(Shared<'a, [u8]>),
    Int(i64),
    Bool(bool),
    None,
    // Shared: names bound to constants are cloned at every use.
    Seq(Rc<[Const<'a>]>),
    Dict(Rc<[(Const<'a>, Const<'a>)]>),
    /// A code object compiled from a constant string (whose code was linted where it was compiled).
    Code,
}

impl PartialEq for Const<'_> {
    /// The same collection is equal without reading it: a name's collection is compared
    /// with itself wherever the values a name may have merge. The match on `self` has no
    /// catch-all, so a new variant must be given its equality here.
    fn eq(&self, other: &Self) -> bool {
        use Const::{Bool, Bytes, Code, Dict, Int, None, Seq, Str};
        match self {
            Str(a) => matches!(other, Str(b) if a == b),
            Bytes(a) => matches!(other, Bytes(b) if a == b),
            Int(a) => matches!(other, Int(b) if a == b),
            Bool(a) => matches!(other, Bool(b) if a == b),
            None => matches!(other, None),
            Code => matches!(other, Code),
            Seq(a) => matches!(other, Seq(b) if Rc::ptr_eq(a, b) || a == b),
            Dict(a) => matches!(other, Dict(b) if Rc::ptr_eq(a, b) || a == b),
        }
    }
}

impl<'a> Const<'a> {
    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Const::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The bytes the value holds, [`ITEM_BYTES`] per item of a collection (a key and its
    /// value are two) and the text the items hold, when at most `limit`. Parts shared between items count at each use, as
    /// joining or printing the value would copy them.
    fn size_within(&self, limit: usize) -> Option<usize> {
        let size = match self {
            Const::Str(s) => s.len(),
            Const::Bytes(b) => b.len(),
            Const::Seq(items) => size_of_items(items.iter(), items.len(), limit)?,
            Const::Dict(items) => size_of_items(
                items.iter().flat_map(|(k, v)| [k, v]),
                items.len() * 2,
                limit,
            )?,
            // Held in the item itself.
            _ => 0,
        };
        (size <= limit).then_some(size)
    }

    /// What reading the value may cost, without walking it: a string's bytes, a
    /// collection's items at their size in memory.
    fn shallow_size(&self) -> usize {
        match self {
            Const::Str(s) => s.len(),
            Const::Bytes(b) => b.len(),
            Const::Seq(items) => items.len().saturating_mul(ITEM_BYTES),
            Const::Dict(items) => items.len().saturating_mul(2 * ITEM_BYTES),
            _ => 1,
        }
    }

    /// Elements when iterated, as Python would: characters, byte values, items, keys. None
    /// for a string whose elements as a list would hold more than [`MAX_LEN`] bytes.
    pub(crate) fn iterate(&self) -> Option<Vec<Const<'a>>> {
        let as_list_within = |len: usize| len.checked_mul(2).is_some_and(|size| size <= MAX_LEN);
        match self {
            Const::Str(s) if !as_list_within(s.len()) => None,
            Const::Bytes(b) if !as_list_within(b.len()) => None,
            Const::Str(s) => Some(
                s.chars()
                    .map(|c| Const::Str(Shared::from(c.to_string())))
                    .collect(),
            ),
            Const::Bytes(b) => Some(b.iter().map(|&v| Const::Int(v.into())).collect()),
            Const::Seq(items) => Some(items.to_vec()),
            Const::Dict(items) => Some(items.iter().map(|(k, _)| k.clone()).collect()),
            _ => None,
        }
    }

    /// `str(value)`, for the kinds of values that have an obvious text.
    fn to_text(&self) -> Option<String> {
        match self {
            Const::Str(s) => Some(s.to_string()),
            Const::Int(v) => Some(v.to_string()),
            Const::Bool(true) => Some("True".into()),
            Const::Bool(false) => Some("False".into()),
            Const::None => Some("None".into()),
            _ => None,
        }
    }

    /// `repr(value)` for strings and numbers.
    fn to_repr(&self) -> Option<String> {
        match self {
            Const::Str(s) => {
                let quote = if s.contains('\'') && !s.contains('"') {
                    '"'
                } else {
                    '\''
                };
                let mut out = String::with_capacity(s.len() + 2);
                out.push(quote);
                for c in s.chars() {
                    match c {
                        '\\' => out.push_str("\\\\"),
                        '\n' => out.push_str("\\n"),
                        '\r' => out.push_str("\\r"),
                        '\t' => out.push_str("\\t"),
                        c if c == quote => {
                            out.push('\\');
                            out.push(c);
                        }
                        c => out.push(c),
                    }
                }
                out.push(quote);
                Some(out)
            }
            other => other.to_text(),
        }
    }
}

/// What folding an expression found out.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Folded<'a> {
    Known(Const<'a>),
    /// A string of which only the start and the end are known.
    Shape {
        prefix: String,
        suffix: String,
    },
    Unknown,
}

impl<'a> Folded<'a> {
    /// A string known by its start and end, each cut to [`SHAPE_END`] bytes (a chain of
    /// concatenations with an unknown part would otherwise grow them without bound).
    pub(crate) fn shape(prefix: &str, suffix: &str) -> Self {
        Folded::Shape {
            prefix: start_of(&[prefix]),
            suffix: end_of(&[suffix]),
        }
    }

    pub(crate) fn known(self) -> Option<Const<'a>> {
        match self {
            Folded::Known(c) => Some(c),
            _ => None,
        }
    }

    /// Known start and end of a string result (empty when nothing is known).
    fn known_ends(&self) -> Option<(Cow<'_, str>, Cow<'_, str>)> {
        match self {
            Folded::Known(Const::Str(s)) => Some((Cow::Borrowed(s), Cow::Borrowed(s))),
            Folded::Shape { prefix, suffix } => Some((
                Cow::Borrowed(prefix.as_str()),
                Cow::Borrowed(suffix.as_str()),
            )),
            _ => None,
        }
    }
}

/// Names and callees the folder needs resolved by the surrounding scope.
pub(crate) trait Env<'a> {
    /// The value a name is bound to (constants included), or `Value::Unknown`.
    fn lookup(&self, name: &str) -> Value<'a>;
    /// What a callee expression refers to (`base64.b64decode`, `chr`, ...).
    fn resolve(&self, expr: &'a Expr) -> Value<'a>;
    /// The budget of the file being linted.
    fn budget(&self) -> &Budget;
}

pub(crate) struct Folder<'e, 'a> {
    env: &'e dyn Env<'a>,
    fuel: u32,
    /// Comprehension and lambda variables, innermost last.
    locals: Vec<(&'a str, Const<'a>)>,
    /// Calls of the file's own functions being folded, innermost last (recursion ends at
    /// [`MAX_INLINED`]).
    inlined: usize,
}

impl<'e, 'a> Folder<'e, 'a> {
    /// Folds as though `name` held `value` (one value a loop gives it).
    pub(crate) fn binding(mut self, name: &'a str, value: Const<'a>) -> Self {
        self.locals.push((name, value));
        self
    }

    pub(crate) fn new(env: &'e dyn Env<'a>) -> Self {
        Folder {
            env,
            fuel: FUEL,
            locals: Vec::new(),
            inlined: 0,
        }
    }

    /// Every value `expr` may have: several when it uses variables that hold one of several
    /// constants (assigned in branches, loop variables over constant collections) or is a
    /// conditional expression; one per combination, at most [`MAX_CANDIDATES`] (beyond
    /// that, the single fold, which treats such variables as unknown).
    pub(crate) fn candidates(&mut self, expr: &'a Expr) -> Vec<Folded<'a>> {
        if let Expr::If(ifexp) = expr {
            let mut all = self.candidates(&ifexp.body);
            all.extend(self.candidates(&ifexp.orelse));
            return all;
        }
        // `os.environ.get("XDG_CONFIG_HOME") or "~/.config"`: the values that are known.
        if let Expr::BoolOp(ast::ExprBoolOp {
            op: ast::BoolOp::Or,
            values,
            ..
        }) = expr
        {
            let known: Vec<Folded<'a>> = values
                .iter()
                .flat_map(|value| self.candidates(value))
                .filter(|c| !matches!(c, Folded::Unknown))
                .collect();
            return if known.is_empty() {
                vec![Folded::Unknown]
            } else {
                known
            };
        }
        // `TABLE[key]` with the key unknown: one of the table's values.
        if let Expr::Subscript(sub) = expr {
            if let (Some(Const::Dict(pairs)), Folded::Unknown) =
                (self.fold(&sub.value).known(), self.fold(&sub.slice))
            {
                if !pairs.is_empty() && pairs.len() <= MAX_CANDIDATES {
                    return pairs
                        .iter()
                        .map(|(_, v)| Folded::Known(v.clone()))
                        .collect();
                }
            }
        }
        let mut choices = ChoiceNames {
            env: self.env,
            locals: &self.locals,
            found: Vec::new(),
        };
        choices.visit_expr(expr);
        let mut combinations: Vec<Vec<(&'a str, Const<'a>)>> = vec![Vec::new()];
        for (name, values) in choices.found {
            if combinations.len() * values.len() > MAX_CANDIDATES {
                return vec![self.fold(expr)];
            }
            combinations = combinations
                .into_iter()
                .flat_map(|chosen| {
                    values.iter().map(move |value| {
                        let mut chosen = chosen.clone();
                        chosen.push((name, value.clone()));
                        chosen
                    })
                })
                .collect();
        }
        combinations
            .into_iter()
            .map(|chosen| {
                let outer = self.locals.len();
                self.locals.extend(chosen);
                let folded = self.fold(expr);
                self.locals.truncate(outer);
                folded
            })
            .collect()
    }

    pub(crate) fn fold(&mut self, expr: &'a Expr) -> Folded<'a> {
        if self.fuel == 0 || self.env.budget().folding_spent() {
            return Folded::Unknown;
        }
        self.fuel -= 1;
        let folded = match expr {
            Expr::StringLiteral(s) => Folded::Known(Const::Str(Shared::Borrowed(s.value.to_str()))),
            Expr::BytesLiteral(b) => Folded::Known(Const::Bytes(match b.value.as_slice() {
                [single] => Shared::Borrowed(single.as_slice()),
                _ => Shared::from(b.value.bytes().collect::<Vec<u8>>()),
            })),
            Expr::NumberLiteral(n) => match &n.value {
                Number::Int(v) => v.as_i64().map(Const::Int).into(),
                _ => Folded::Unknown,
            },
            Expr::BooleanLiteral(b) => Folded::Known(Const::Bool(b.value)),
            Expr::NoneLiteral(_) => Folded::Known(Const::None),
            Expr::Name(name) => self.name(name.id.as_str()),
            // Checked and counted by `binop`, which `+=` uses too.
            Expr::BinOp(op) => {
                let left = self.fold(&op.left);
                let right = self.fold(&op.right);
                return self.binop(op.op, left, right);
            }
            Expr::UnaryOp(op) => match self.fold(&op.operand).known() {
                Some(Const::Int(v)) => match op.op {
                    UnaryOp::USub => v.checked_neg().map(Const::Int).into(),
                    UnaryOp::UAdd => Folded::Known(Const::Int(v)),
                    UnaryOp::Invert => Folded::Known(Const::Int(!v)),
                    UnaryOp::Not => Folded::Known(Const::Bool(v == 0)),
                },
                Some(Const::Bool(b)) if op.op == UnaryOp::Not => Folded::Known(Const::Bool(!b)),
                _ => Folded::Unknown,
            },
            Expr::FString(fstring) => self.fstring(&fstring.value),
            Expr::Attribute(_) => match self.env.resolve(expr) {
                Value::Qual { name, .. } => module_constant(&name),
                _ => Folded::Unknown,
            },
            Expr::Subscript(sub) => self.subscript(sub),
            Expr::Call(call) => self.call(call),
            Expr::List(list) => self.sequence(&list.elts),
            Expr::Tuple(tuple) => self.sequence(&tuple.elts),
            Expr::Dict(dict) => self.dict(dict),
            Expr::ListComp(comp) => self.comprehension(&comp.elt, &comp.generators),
            Expr::Generator(comp) => self.comprehension(&comp.elt, &comp.generators),
            Expr::If(ifexp) => match self.fold(&ifexp.test).known() {
                Some(Const::Bool(true)) => self.fold(&ifexp.body),
                Some(Const::Bool(false)) => self.fold(&ifexp.orelse),
                _ => Folded::Unknown,
            },
            _ => Folded::Unknown,
        };
        // A literal or a name's value is the source's or shared: folding built nothing.
        let built = !matches!(
            expr,
            Expr::StringLiteral(_)
                | Expr::NumberLiteral(_)
                | Expr::BooleanLiteral(_)
                | Expr::NoneLiteral(_)
                | Expr::Name(_)
        );
        self.within_limits(folded, built)
    }

    /// `folded`, if it is within [`MAX_LEN`] and, when folding `built` it, the file's budget
    /// (which it is counted against); otherwise unknown.
    fn within_limits(&self, folded: Folded<'a>, built: bool) -> Folded<'a> {
        match folded {
            // A name's value was checked when it was built; a literal is text or a number.
            // (Sizing a collection walks it: at every use of a name, that would cost the
            // file the collection's size again.) Reading it is counted: what it is given to
            // may scan or copy it (`s.strip()`, `[d for _ in range(n)]`).
            Folded::Known(c) if !built => match &c {
                Const::Str(s) if s.len() > MAX_LEN => Folded::Unknown,
                Const::Bytes(b) if b.len() > MAX_LEN => Folded::Unknown,
                _ if !self.env.budget().fold(c.shallow_size()) => Folded::Unknown,
                _ => Folded::Known(c),
            },
            Folded::Known(c) => match c.size_within(MAX_LEN) {
                Some(size) if self.env.budget().fold(size) => Folded::Known(c),
                _ => Folded::Unknown,
            },
            other => other,
        }
    }

    fn name(&mut self, id: &str) -> Folded<'a> {
        if let Some((_, value)) = self.locals.iter().rev().find(|(name, _)| *name == id) {
            return Folded::Known(value.clone());
        }
        match self.env.lookup(id) {
            Value::Const(c) => Folded::Known(c),
            Value::Qual { name, .. } => module_constant(&name),
            Value::Shape { prefix, suffix } => Folded::shape(&prefix, &suffix),
            _ => Folded::Unknown,
        }
    }

    /// `left op right`, within the limits of any folded value.
    pub(crate) fn binop(&self, op: Operator, left: Folded<'a>, right: Folded<'a>) -> Folded<'a> {
        let combined = combine(op, left, right);
        self.within_limits(combined, true)
    }

    /// An f-string, implicitly concatenated parts included.
    fn fstring(&mut self, value: &'a ast::FStringValue) -> Folded<'a> {
        let mut pieces = Vec::new();
        for part in value.iter() {
            match part {
                ast::FStringPart::Literal(literal) => {
                    pieces.push(Folded::Known(Const::Str(Shared::Borrowed(&literal.value))));
                }
                ast::FStringPart::FString(f) => pieces.push(self.elements(&f.elements)),
            }
        }
        joined(pieces)
    }

    /// The text of f-string elements (of the string, or of a format spec).
    fn elements(&mut self, elements: &'a ast::InterpolatedStringElements) -> Folded<'a> {
        let pieces = elements
            .iter()
            .map(|element| match element {
                ast::InterpolatedStringElement::Literal(text) => {
                    Folded::Known(Const::Str(Shared::Borrowed(&text.value)))
                }
                ast::InterpolatedStringElement::Interpolation(field) => self.interpolation(field),
            })
            .collect();
        joined(pieces)
    }

    /// One replacement field: `{value!conversion:spec}`; `{value=}` also shows its own text.
    fn interpolation(&mut self, field: &'a ast::InterpolatedElement) -> Folded<'a> {
        let Some(inner) = self.fold(&field.expression).known() else {
            return Folded::Unknown;
        };
        let spec = match &field.format_spec {
            None => String::new(),
            Some(spec) => match self.elements(&spec.elements).known() {
                Some(Const::Str(s)) => s.to_string(),
                _ => return Folded::Unknown,
            },
        };
        // `f"{x=}"` converts with `repr` unless a conversion or a spec is given.
        let conversion = match (&field.debug_text, field.conversion) {
            (Some(_), ast::ConversionFlag::None) if field.format_spec.is_none() => {
                ast::ConversionFlag::Repr
            }
            (_, conversion) => conversion,
        };
        let converted = match conversion {
            ast::ConversionFlag::Repr | ast::ConversionFlag::Ascii => match inner.to_repr() {
                Some(text) => Const::Str(Shared::from(text)),
                None => return Folded::Unknown,
            },
            ast::ConversionFlag::Str => match inner.to_text() {
                Some(text) => Const::Str(Shared::from(text)),
                None => return Folded::Unknown,
            },
            ast::ConversionFlag::None => inner,
        };
        let Some(text) = format::apply_spec(&converted, &spec) else {
            return Folded::Unknown;
        };
        let shown = field.debug_text.as_ref().map_or("", |debug| debug.as_str());
        Folded::Known(Const::Str(Shared::from(format!("{shown}{text}"))))
    }

    fn subscript(&mut self, sub: &'a ast::ExprSubscript) -> Folded<'a> {
        let Some(value) = self.fold(&sub.value).known() else {
            // `os.environ["HOME"]`
            if let Value::Qual { name, .. } = self.env.resolve(&sub.value) {
                if let Some(key) = self.fold(&sub.slice).known() {
                    return paths::module_call(&format!("{name}.__getitem__"), &[key]).into();
                }
            }
            return Folded::Unknown;
        };
        if let Expr::Slice(slice) = sub.slice.as_ref() {
            let mut bound = |e: &'a Option<Box<Expr>>| -> Result<Option<i64>, ()> {
                match e {
                    None => Ok(None),
                    Some(e) => match self.fold(e).known() {
                        Some(Const::Int(v)) => Ok(Some(v)),
                        Some(Const::None) => Ok(None),
                        _ => Err(()),
                    },
                }
            };
            let (Ok(lower), Ok(upper), Ok(step)) =
                (bound(&slice.lower), bound(&slice.upper), bound(&slice.step))
            else {
                return Folded::Unknown;
            };
            return methods::slice(&value, lower, upper, step).into();
        }
        let Some(key) = self.fold(&sub.slice).known() else {
            return Folded::Unknown;
        };
        methods::index(&value, &key).into()
    }

    fn sequence(&mut self, elts: &'a [Expr]) -> Folded<'a> {
        let mut items = Vec::with_capacity(elts.len());
        for elt in elts {
            if let Expr::Starred(starred) = elt {
                match self.fold(&starred.value).known().and_then(|c| c.iterate()) {
                    Some(inner) => items.extend(inner),
                    None => return Folded::Unknown,
                }
                continue;
            }
            match self.fold(elt).known() {
                Some(c) => items.push(c),
                None => return Folded::Unknown,
            }
        }
        Folded::Known(Const::Seq(items.into()))
    }

    fn dict(&mut self, dict: &'a ast::ExprDict) -> Folded<'a> {
        let mut items = Vec::with_capacity(dict.items.len());
        for item in &dict.items {
            let (Some(Some(k)), Some(v)) = (
                item.key.as_ref().map(|k| self.fold(k).known()),
                self.fold(&item.value).known(),
            ) else {
                return Folded::Unknown;
            };
            items.push((k, v));
        }
        Folded::Known(Const::Dict(items.into()))
    }

    fn comprehension(&mut self, elt: &'a Expr, generators: &'a [ast::Comprehension]) -> Folded<'a> {
        let [generator] = generators else {
            return Folded::Unknown;
        };
        let Expr::Name(target) = &generator.target else {
            return Folded::Unknown;
        };
        if generator.is_async {
            return Folded::Unknown;
        }
        let Some(items) = self.fold(&generator.iter).known().and_then(|c| c.iterate()) else {
            return Folded::Unknown;
        };
        let per_item = 1 + weight(elt) + generator.ifs.iter().map(weight).sum::<u32>();
        if !self.can_afford(items.len(), per_item) {
            return Folded::Unknown;
        }
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            if self.fuel == 0 {
                return Folded::Unknown;
            }
            self.fuel -= 1;
            self.locals.push((target.id.as_str(), item));
            let mut keep = true;
            for cond in &generator.ifs {
                match self.fold(cond).known() {
                    Some(Const::Bool(b)) => keep &= b,
                    Some(Const::Int(v)) => keep &= v != 0,
                    _ => {
                        self.locals.pop();
                        return Folded::Unknown;
                    }
                }
            }
            let value = if keep {
                self.fold(elt).known()
            } else {
                Some(Const::None)
            };
            self.locals.pop();
            match value {
                Some(v) if keep => out.push(v),
                Some(_) => {}
                None => return Folded::Unknown,
            }
        }
        Folded::Known(Const::Seq(out.into()))
    }

    /// Whether `items` steps of at least `per_item` fuel each fit in what is left: a loop
    /// that would run out of fuel half-way is given up before it does the work.
    fn can_afford(&self, items: usize, per_item: u32) -> bool {
        (items as u64).saturating_mul(u64::from(per_item)) <= u64::from(self.fuel)
    }

    /// Applies a one-argument lambda or builtin to a value (for `map`).
    fn apply(&mut self, func: &'a Expr, arg: Const<'a>) -> Option<Const<'a>> {
        if let Expr::Lambda(lambda) = func {
            let params = lambda.parameters.as_deref()?;
            let [param] = params.args.as_slice() else {
                return None;
            };
            if !params.posonlyargs.is_empty()
                || !params.kwonlyargs.is_empty()
                || params.vararg.is_some()
                || params.kwarg.is_some()
            {
                return None;
            }
            self.locals.push((param.parameter.name.as_str(), arg));
            let result = self.fold(&lambda.body).known();
            self.locals.pop();
            return result;
        }
        match self.env.resolve(func) {
            Value::Builtin(name) => methods::builtin_call(name, &[arg]),
            _ => None,
        }
    }

    fn call(&mut self, call: &'a ast::ExprCall) -> Folded<'a> {
        if !call.arguments.keywords.is_empty()
            && !call.arguments.keywords.iter().all(|k| k.arg.is_some())
        {
            return Folded::Unknown;
        }
        // Method calls on a constant receiver: 'x'.join(...), b'..'.decode(), ...
        if let Expr::Attribute(attr) = call.func.as_ref() {
            let method = attr.attr.as_str();
            if let Some(receiver) = self.fold(&attr.value).known() {
                return self.method_call(receiver, method, call);
            }
            // str.maketrans(...), bytes.fromhex(...), str.join(sep, items), ...
            if let Value::Builtin(owner @ ("str" | "bytes" | "bytearray")) =
                self.env.resolve(&attr.value)
            {
                return match self.args(call) {
                    Some(args) => methods::static_call(owner, method, &args).into(),
                    None => Folded::Unknown,
                };
            }
        }
        let callee = self.env.resolve(&call.func);
        match callee {
            // `dunder("class")` with `def dunder(w): return "__%s__" % w`.
            Value::Function(Some(returns)) => {
                let Some(args) = self.args(call) else {
                    return Folded::Unknown;
                };
                if args.len() != returns.params.len()
                    || !call.arguments.keywords.is_empty()
                    || self.inlined >= MAX_INLINED
                {
                    return Folded::Unknown;
                }
                let outer = self.locals.len();
                self.locals.extend(returns.params.iter().copied().zip(args));
                self.inlined += 1;
                let folded = self.fold(returns.body);
                self.inlined -= 1;
                self.locals.truncate(outer);
                folded
            }
            Value::Builtin("map") => {
                let [func, iterable] = &call.arguments.args[..] else {
                    return Folded::Unknown;
                };
                let Some(items) = self.fold(iterable).known().and_then(|c| c.iterate()) else {
                    return Folded::Unknown;
                };
                if !self.can_afford(items.len(), 1 + weight(func)) {
                    return Folded::Unknown;
                }
                let mut out = Vec::with_capacity(items.len());
                for item in items {
                    match self.apply(func, item) {
                        Some(v) => out.push(v),
                        None => return Folded::Unknown,
                    }
                }
                Folded::Known(Const::Seq(out.into()))
            }
            Value::Builtin("compile") => match call.arguments.args.first().map(|a| self.fold(a)) {
                Some(Folded::Known(Const::Str(_) | Const::Bytes(_))) => Folded::Known(Const::Code),
                _ => Folded::Unknown,
            },
            Value::Builtin(name) => match self.args(call) {
                Some(args) => methods::builtin_call(name, &args).into(),
                None if name == "str" => call
                    .arguments
                    .args
                    .first()
                    .map_or(Folded::Unknown, |a| self.fold(a)),
                None => Folded::Unknown,
            },
            Value::Qual { name, .. } => match self.args(call) {
                Some(args) => {
                    let keywords = self.keywords(call);
                    paths::module_call(&name, &args)
                        .or_else(|| codecs::module_call(&name, &args, &keywords))
                        .or_else(|| {
                            compression::module_call(&name, &args, &keywords, self.env.budget())
                        })
                        .into()
                }
                None if paths::is_join(&name) => {
                    let parts: Vec<Folded<'a>> =
                        call.arguments.args.iter().map(|a| self.fold(a)).collect();
                    paths::join_shape(&parts)
                }
                None => Folded::Unknown,
            },
            _ => Folded::Unknown,
        }
    }

    fn method_call(
        &mut self,
        receiver: Const<'a>,
        method: &str,
        call: &'a ast::ExprCall,
    ) -> Folded<'a> {
        if method == "format" || method == "format_map" {
            if let Const::Str(template) = &receiver {
                let args = call
                    .arguments
                    .args
                    .iter()
                    .map(|a| self.fold(a))
                    .collect::<Vec<_>>();
                let keywords = call
                    .arguments
                    .keywords
                    .iter()
                    .filter_map(|k| Some((k.arg.as_ref()?.as_str(), self.fold(&k.value))))
                    .collect::<Vec<_>>();
                return format::str_format(template, method == "format_map", args, keywords);
            }
        }
        if method == "join" {
            if let [items] = &call.arguments.args[..] {
                return match self.fold(items).known() {
                    Some(items) => methods::join(&receiver, &items).into(),
                    None => Folded::Unknown,
                };
            }
        }
        match self.args(call) {
            Some(args) => paths::method(&receiver, method, &args)
                .or_else(|| methods::method(&receiver, method, &args))
                .into(),
            None => Folded::Unknown,
        }
    }

    fn args(&mut self, call: &'a ast::ExprCall) -> Option<Vec<Const<'a>>> {
        let mut args =
            Vec::with_capacity(call.arguments.args.len() + call.arguments.keywords.len());
        for arg in &call.arguments.args {
            match arg {
                // `Path(*parts)`: the items, in place.
                Expr::Starred(starred) => {
                    args.extend(self.fold(&starred.value).known()?.iterate()?)
                }
                _ => args.push(self.fold(arg).known()?),
            }
        }
        for keyword in &call.arguments.keywords {
            args.push(self.fold(&keyword.value).known()?);
        }
        Some(args)
    }

    fn keywords(&mut self, call: &'a ast::ExprCall) -> Vec<&'a str> {
        call.arguments
            .keywords
            .iter()
            .filter_map(|k| k.arg.as_ref().map(|a| a.as_str()))
            .collect()
    }
}

impl<'a> From<Option<Const<'a>>> for Folded<'a> {
    fn from(value: Option<Const<'a>>) -> Self {
        value.map_or(Folded::Unknown, Folded::Known)
    }
}

/// A lower bound of the fuel folding `expr` takes (the nodes folding it visits at least),
/// counted up to 16.
fn weight(expr: &Expr) -> u32 {
    fn walk(expr: &Expr, left: &mut u32) {
        if *left == 0 {
            return;
        }
        *left -= 1;
        match expr {
            Expr::BinOp(op) => {
                walk(&op.left, left);
                walk(&op.right, left);
            }
            Expr::UnaryOp(op) => walk(&op.operand, left),
            Expr::Call(call) => call.arguments.args.iter().for_each(|a| walk(a, left)),
            Expr::FString(fstring) => {
                for part in fstring.value.iter() {
                    if let ast::FStringPart::FString(f) = part {
                        f.elements
                            .interpolations()
                            .for_each(|field| walk(&field.expression, left));
                    }
                }
            }
            Expr::List(list) => list.elts.iter().for_each(|e| walk(e, left)),
            Expr::Tuple(tuple) => tuple.elts.iter().for_each(|e| walk(e, left)),
            _ => {}
        }
    }
    let mut left = 16;
    walk(expr, &mut left);
    16 - left
}

/// The concatenation of string pieces: known as a whole, or by its known start and end.
fn joined(pieces: Vec<Folded<'_>>) -> Folded<'_> {
    let mut known = String::new();
    let mut prefix: Option<String> = None;
    for piece in pieces {
        match piece {
            Folded::Known(Const::Str(s)) => known.push_str(&s),
            Folded::Shape {
                prefix: start,
                suffix: end,
            } => {
                if prefix.is_none() {
                    known.push_str(&start);
                    prefix = Some(std::mem::take(&mut known));
                }
                known = end;
            }
            _ if prefix.is_none() => prefix = Some(std::mem::take(&mut known)),
            _ => known.clear(),
        }
        if known.len() > MAX_LEN {
            return Folded::Unknown;
        }
    }
    match prefix {
        None => Folded::Known(Const::Str(Shared::from(known))),
        Some(prefix) => Folded::shape(&prefix, &known),
    }
}

/// [`Const::size_within`] of a collection of `count` items (or pairs).
fn size_of_items<'c, 'a: 'c>(
    items: impl Iterator<Item = &'c Const<'a>>,
    count: usize,
    limit: usize,
) -> Option<usize> {
    let mut size = count.checked_mul(ITEM_BYTES)?;
    for item in items {
        size = size.checked_add(item.size_within(limit.checked_sub(size)?)?)?;
    }
    (size <= limit).then_some(size)
}

/// `left op right` on what is known of each side.
fn combine<'a>(op: Operator, left: Folded<'a>, right: Folded<'a>) -> Folded<'a> {
    if op == Operator::Div {
        // No string supports `/`: string operands are folded `pathlib` paths.
        return match (&left, &right) {
            (Folded::Known(Const::Str(l)), Folded::Known(Const::Str(r))) => {
                Folded::Known(Const::Str(Shared::from(paths::join(l, r))))
            }
            (Folded::Shape { prefix, .. }, Folded::Known(Const::Str(r))) => Folded::Shape {
                prefix: prefix.clone(),
                suffix: end_of(&["/", r]),
            },
            (Folded::Unknown, Folded::Known(Const::Str(r))) => Folded::Shape {
                prefix: String::new(),
                suffix: end_of(&["/", r]),
            },
            (Folded::Known(l), Folded::Known(r)) => binop_const(op, l, r).into(),
            _ => Folded::Unknown,
        };
    }
    if let (Folded::Known(l), Folded::Known(r)) = (&left, &right) {
        // Strings too long to join together are still known by their ends.
        let both_strings = matches!((l, r), (Const::Str(_), Const::Str(_)));
        match binop_const(op, l, r) {
            Some(c) => return Folded::Known(c),
            None if op == Operator::Add && both_strings => {}
            None => return Folded::Unknown,
        }
    }
    if op != Operator::Add {
        if op == Operator::Mod {
            if let Some((prefix, suffix)) = left.known_ends() {
                return printf_shape(&prefix, &suffix);
            }
        }
        return Folded::Unknown;
    }
    // A string concatenation with an unknown side keeps what is known of each end (only
    // as much of it as a shape keeps).
    let prefix = match &left {
        Folded::Known(Const::Str(s)) => match &right {
            Folded::Shape { prefix, .. } => start_of(&[s, prefix]),
            _ => start_of(&[s]),
        },
        Folded::Shape { prefix, .. } => prefix.clone(),
        _ => String::new(),
    };
    let suffix = match &right {
        Folded::Known(Const::Str(s)) => match &left {
            Folded::Shape { suffix, .. } => end_of(&[suffix, s]),
            _ => end_of(&[s]),
        },
        Folded::Shape { suffix, .. } => suffix.clone(),
        _ => String::new(),
    };
    let string_like = |f: &Folded| matches!(f, Folded::Known(Const::Str(_)) | Folded::Shape { .. });
    if string_like(&left) || string_like(&right) {
        Folded::Shape { prefix, suffix }
    } else {
        Folded::Unknown
    }
}

fn binop_const<'a>(op: Operator, left: &Const<'a>, right: &Const<'a>) -> Option<Const<'a>> {
    use Const::{Bytes, Int, Seq, Str};
    let repeat = |n: i64, len: usize| -> Option<usize> {
        let n = usize::try_from(n.max(0)).ok()?;
        (n.checked_mul(len)? <= MAX_LEN).then_some(n)
    };
    // A concatenation past the limits is not built only to be dropped.
    let fits = |a: usize, b: usize, limit: usize| a.checked_add(b).is_some_and(|n| n <= limit);
    Some(match (op, left, right) {
        (Operator::Add, Str(a), Str(b)) if fits(a.len(), b.len(), MAX_LEN) => {
            Str(Shared::from(format!("{a}{b}")))
        }
        (Operator::Add, Bytes(a), Bytes(b)) if fits(a.len(), b.len(), MAX_LEN) => {
            Bytes(Shared::from([a.as_ref(), b.as_ref()].concat()))
        }
        (Operator::Add, Seq(a), Seq(b)) if fits(a.len(), b.len(), MAX_ITEMS) => {
            Seq(a.iter().chain(b.iter()).cloned().collect())
        }
        (Operator::Mult, Str(s), Int(n)) | (Operator::Mult, Int(n), Str(s)) => {
            Str(Shared::from(s.repeat(repeat(*n, s.len())?)))
        }
        (Operator::Mult, Bytes(s), Int(n)) | (Operator::Mult, Int(n), Bytes(s)) => {
            Bytes(Shared::from(s.repeat(repeat(*n, s.len())?)))
        }
        (Operator::Mult, Seq(s), Int(n)) | (Operator::Mult, Int(n), Seq(s)) => {
            let n = usize::try_from((*n).max(0)).ok()?;
            let size = size_of_items(s.iter(), s.len(), MAX_LEN)?;
            if n.checked_mul(s.len())? > MAX_ITEMS || n.checked_mul(size)? > MAX_LEN {
                return None;
            }
            Seq(std::iter::repeat_n(s.iter().cloned(), n)
                .flatten()
                .collect())
        }
        (Operator::Mod, Str(template), args) => Str(Shared::from(format::printf(template, args)?)),
        (op, Int(a), Int(b)) => Int(int_op(op, *a, *b)?),
        (op, Const::Bool(a), b) => return binop_const(op, &Int(i64::from(*a)), b),
        (op, a, Const::Bool(b)) => return binop_const(op, a, &Int(i64::from(*b))),
        _ => return None,
    })
}

fn int_op(op: Operator, a: i64, b: i64) -> Option<i64> {
    match op {
        Operator::Add => a.checked_add(b),
        Operator::Sub => a.checked_sub(b),
        Operator::Mult => a.checked_mul(b),
        Operator::FloorDiv if b != 0 => {
            Some(a.div_euclid(b) - i64::from(a.rem_euclid(b) != 0 && b < 0))
        }
        Operator::Mod if b != 0 => Some(((a % b) + b) % b),
        Operator::Pow => u32::try_from(b).ok().and_then(|b| a.checked_pow(b)),
        Operator::BitXor => Some(a ^ b),
        Operator::BitAnd => Some(a & b),
        Operator::BitOr => Some(a | b),
        Operator::LShift => u32::try_from(b)
            .ok()
            .filter(|&b| b < 63)
            .and_then(|b| a.checked_shl(b)),
        Operator::RShift => u32::try_from(b).ok().map(|b| a >> b.min(63)),
        _ => None,
    }
}

/// The first [`SHAPE_END`] bytes (or fewer, at a character boundary) of `parts` joined,
/// without joining more of them.
fn start_of(parts: &[&str]) -> String {
    let mut start = String::new();
    for part in parts {
        let room = SHAPE_END - start.len();
        start.push_str(&part[..part.floor_char_boundary(room)]);
        if part.len() > room {
            break;
        }
    }
    start
}

/// The last [`SHAPE_END`] bytes (or fewer, at a character boundary) of `parts` joined,
/// without joining more of them.
fn end_of(parts: &[&str]) -> String {
    let mut pieces = Vec::new();
    let mut room = SHAPE_END;
    for part in parts.iter().rev() {
        let cut = part.ceil_char_boundary(part.len().saturating_sub(room));
        pieces.push(&part[cut..]);
        room -= part.len() - cut;
        if cut > 0 {
            break;
        }
    }
    pieces.reverse();
    pieces.concat()
}

/// What is known of `template % args` when the arguments are not: the text before the first
/// and after the last conversion.
fn printf_shape<'a>(prefix: &str, suffix: &str) -> Folded<'a> {
    let head = prefix.split('%').next().unwrap_or("");
    let tail = suffix.rsplit_once('%').map_or("", |(_, rest)| {
        rest.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || "#0- +.()".contains(c))
    });
    Folded::shape(head, tail)
}

/// Whether a string known only by its ends could be `name`.
pub(crate) fn shape_matches(prefix: &str, suffix: &str, name: &str) -> bool {
    name.len() >= prefix.len().max(suffix.len())
        && name.starts_with(prefix)
        && name.ends_with(suffix)
}

#[cfg(test)]
mod tests;

/// The variables in an expression that hold one of several constants, each once.
struct ChoiceNames<'e, 'a> {
    env: &'e dyn Env<'a>,
    locals: &'e [(&'a str, Const<'a>)],
    found: Vec<(&'a str, Vec<Const<'a>>)>,
}

impl<'a> Visitor<'a> for ChoiceNames<'_, 'a> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(name) => {
                let id = name.id.as_str();
                let known = self.locals.iter().any(|(local, _)| *local == id)
                    || self.found.iter().any(|(found, _)| *found == id);
                if !known {
                    if let Value::Consts(all) = self.env.lookup(id) {
                        self.found.push((id, all));
                    }
                }
            }
            // Their variables are their own.
            Expr::Lambda(_)
            | Expr::ListComp(_)
            | Expr::SetComp(_)
            | Expr::DictComp(_)
            | Expr::Generator(_) => {}
            _ => walk_expr(self, expr),
        }
    }
}

/// Module attributes that are constants on the platform pyjail runs on (Linux).
fn module_constant<'a>(name: &str) -> Folded<'a> {
    let text = match name {
        "os.sep" | "os.path.sep" | "posixpath.sep" => "/",
        "os.curdir" | "os.path.curdir" | "os.extsep" => ".",
        "os.pardir" | "os.path.pardir" => "..",
        "os.linesep" => "\n",
        "string.ascii_lowercase" => "abcdefghijklmnopqrstuvwxyz",
        "string.ascii_uppercase" => "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "string.ascii_letters" => "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "string.digits" => "0123456789",
        "string.hexdigits" => "0123456789abcdefABCDEF",
        "string.octdigits" => "01234567",
        "string.punctuation" => "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
        "string.whitespace" => " \t\n\r\x0b\x0c",
        _ => return Folded::Unknown,
    };
    Folded::Known(Const::Str(Shared::Borrowed(text)))
}

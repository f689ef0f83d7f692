//! Folding of the obfuscations seen in real escapes.

use super::*;
use crate::checker::value::Value;

/// Resolves only builtins and a few module names, like an empty module would.
struct Builtins(Budget);

impl<'a> Env<'a> for Builtins {
    fn lookup(&self, name: &str) -> Value<'a> {
        crate::names::builtin(name).map_or(Value::Unknown, Value::Builtin)
    }

    fn budget(&self) -> &Budget {
        &self.0
    }

    fn resolve(&self, expr: &'a Expr) -> Value<'a> {
        match expr {
            Expr::Name(n) => match n.id.as_str() {
                "base64" | "codecs" | "binascii" => Value::module(n.id.as_str()),
                other => self.lookup(other),
            },
            Expr::Attribute(a) => match self.resolve(&a.value) {
                Value::Qual { name, .. } => Value::member(&format!("{name}.{}", a.attr), false),
                _ => Value::Unknown,
            },
            _ => Value::Unknown,
        }
    }
}

fn fold(source: &str) -> Folded<'static> {
    let expr = Box::leak(Box::new(
        ruff_python_parser::parse_expression(source)
            .unwrap()
            .into_expr(),
    ));
    let folded = Folder::new(&Builtins(Budget::default())).fold(expr);
    match folded {
        Folded::Known(Const::Str(s)) => Folded::Known(Const::Str(Shared::from(s.to_string()))),
        Folded::Known(Const::Bytes(b)) => Folded::Known(Const::Bytes(Shared::from(b.to_vec()))),
        Folded::Known(Const::Int(v)) => Folded::Known(Const::Int(v)),
        Folded::Shape { prefix, suffix } => Folded::Shape { prefix, suffix },
        _ => Folded::Unknown,
    }
}

fn name(source: &str) -> String {
    match fold(source) {
        Folded::Known(Const::Str(s)) => s.to_string(),
        other => panic!("{source} folded to {other:?}"),
    }
}

#[test]
fn obfuscations_fold_to_the_hidden_name() {
    for source in [
        "'__glo' + 'bals__'",
        "'%s%s' % ('__glo', 'bals__')",
        "'{}{}'.format('__glo', 'bals__')",
        "'{a}{b}'.format_map({'a': '__glo', 'b': 'bals__'})",
        "f\"{'__glo'}{'bals__'}\"",
        "''.join(['__', 'glo', 'bals', '__'])",
        "'__slabolg__'[::-1]",
        "'x__globals__y'[1:-1]",
        "''.join(chr(c) for c in [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95])",
        "''.join(map(chr, [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]))",
        "''.join([chr(ord(c) - 1) for c in '``hmpcbmt``'])",
        "chr(95) * 2 + 'globals' + chr(0x5f) + chr(0x5e ^ 1)",
        "bytes.fromhex('5f5f676c6f62616c735f5f').decode()",
        "base64.b64decode('X19nbG9iYWxzX18=').decode()",
        "base64.b64decode(b'X19nbG9iYWxzX18').decode('utf-8')",
        "codecs.decode('__tybonyf__', 'rot13')",
        "codecs.decode(b'5f5f676c6f62616c735f5f', 'hex').decode()",
        "'__GLOBALS__'.lower()",
        "'__gXobaXs__'.replace('X', 'l')",
        "'__gl0ba1s__'.translate(str.maketrans('01', 'ol'))",
        "'__gl0ba1s__'.translate({48: 'o', 49: 108})",
        "bytes([95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]).decode()",
        "'%c%c' % (95, 95) + 'globals' + '%c%c' % (95, 95)",
        "'{:c}{:c}globals__'.format(95, 95)",
        "str(b'__globals__', 'ascii')",
        "' __globals__ '.strip()",
        "'__glo bals__'.split()[0] + '__glo bals__'.split()[1]",
        "binascii.unhexlify('5f5f676c6f62616c735f5f').decode()",
    ] {
        assert_eq!(name(source), "__globals__", "{source}");
    }
}

#[test]
fn partial_strings_keep_their_known_ends() {
    assert_eq!(
        fold("'visit_' + kind"),
        Folded::Shape {
            prefix: "visit_".into(),
            suffix: String::new()
        }
    );
    assert_eq!(
        fold("f'on_{event}_done'"),
        Folded::Shape {
            prefix: "on_".into(),
            suffix: "_done".into()
        }
    );
    assert_eq!(
        fold("'get_%s' % field"),
        Folded::Shape {
            prefix: "get_".into(),
            suffix: String::new()
        }
    );
    assert_eq!(
        fold("prefix + '__'"),
        Folded::Shape {
            prefix: String::new(),
            suffix: "__".into()
        }
    );
    assert_eq!(fold("name"), Folded::Unknown);
    assert_eq!(fold("input()"), Folded::Unknown);
}

#[test]
fn work_is_bounded() {
    assert_eq!(fold("'a' * 10**9"), Folded::Unknown);
    assert_eq!(
        fold("'a' * -3"),
        Folded::Known(Const::Str(Shared::from(String::new())))
    );
    assert_eq!(
        fold("''.join(str(i) for i in range(10**12))"),
        Folded::Unknown
    );
    assert_eq!(fold("2 ** 200"), Folded::Unknown);
    // A loop that cannot finish within the fuel is given up (before it starts).
    assert_eq!(
        fold("''.join([f'x{i}' for i in range(100_000)])"),
        Folded::Unknown
    );
    let Folded::Known(Const::Str(small)) = fold("''.join([f'{i}' for i in range(1000)])") else {
        panic!("a loop that fits is folded");
    };
    assert_eq!(small.len(), 2890);
    assert_eq!(fold("1 // 0"), Folded::Unknown);
}

/// A collection is bounded by the bytes it holds, its items' included, not only by its
/// length; and one file's folding by the bytes it builds in all.
#[test]
fn collections_are_bounded_by_what_they_hold() {
    let Folded::Known(Const::Bytes(fits)) = fold("b''.join([b'x' * 2**10] * 2**9)") else {
        panic!("half a megabyte in 512 items is folded");
    };
    assert_eq!(fits.len(), 1 << 19);
    assert_eq!(
        name("'-'.join(('a' * 2**10,) * 2**9)").len(),
        (1 << 19) + 511
    );
    assert_eq!(name("('a' * 2**10).translate({97: 'bb'})").len(), 1 << 11);
    for source in [
        // Two gigabytes: 32,768 items of 64 KiB each.
        "b''.join([b'x' * 2**16] * 2**15)",
        "b''.join([b'x' * 2**16] * 2**4 * 2**11)",
        "str([b'v' * 2**19] * 2**16)",
        // A megabyte's characters as a list of strings.
        "''.join([*('y' * 2**20)])",
        "''.join(reversed('y' * 2**20))",
        "('%s' * 2**10) % (('x' * 2**10,) * 2**10)",
        "f'{\"x\" * 2**19}{\"x\" * 2**19}{\"x\" * 2**19}'",
        // A megabyte of separator or of replacement, many times.
        "('#' * 2**20).join(('y',) * 2**13)",
        "('a' * 2**20).translate({97: 'b' * 2**20})",
        // Over `MAX_ITEMS` items of a byte or two.
        "('a/' * 300000).split('/')",
        "('a ' * 300000).split()",
        // Each item fits, all of them are past the file's budget.
        "b''.join([b'x' * 2**16 for _ in range(2**15)])",
        "''.join(map(lambda c: c * 2**20, ['a'] * 2**12))",
    ] {
        let folded = fold(source);
        assert!(!matches!(folded, Folded::Known(_)), "{source}: {folded:?}");
    }
    // A template formatted with itself squares its fields at every step: 12.9 GB at the
    // fourth.
    let mut template = "'{0}{0}{0}{0}'".to_string();
    for _ in 0..4 {
        template = format!("({template}).format({template})");
    }
    assert_eq!(fold(&template), Folded::Unknown);
}

/// A string known only by its ends keeps at most [`SHAPE_END`] bytes of each, cut at a
/// character; a concatenation too long to build is still known by its ends.
#[test]
fn the_known_ends_of_a_string_are_bounded() {
    let ends = |source: &str| match fold(source) {
        Folded::Shape { prefix, suffix } => (prefix, suffix),
        other => panic!("{source} folded to {other:?}"),
    };
    let (prefix, suffix) = ends("'a' * 2**20 + 'b' * 2**20");
    assert_eq!(prefix, "a".repeat(SHAPE_END));
    assert_eq!(suffix, "b".repeat(SHAPE_END));
    let (prefix, suffix) = ends("'\u{20ac}' * 2**12 + unknown + 'x' + '\u{e9}' * 2**12");
    assert_eq!(prefix, "\u{20ac}".repeat(SHAPE_END / 3));
    assert_eq!(suffix, "\u{e9}".repeat(SHAPE_END / 2));
    assert_eq!(
        ends("'/etc/' + unknown + '/passwd'"),
        ("/etc/".into(), "/passwd".into())
    );
}

/// `r += s` combines through [`Folder::binop`] outside `fold`: it is held to the same size
/// and the same budget.
#[test]
fn augmented_assignments_are_held_to_the_limits() {
    let env = Builtins(Budget::default());
    let folder = Folder::new(&env);
    let text = |len: usize| Folded::Known(Const::Str(Shared::from("t".repeat(len))));
    assert!(matches!(
        folder.binop(Operator::Add, text(MAX_LEN), text(1)),
        Folded::Shape { .. }
    ));
    let mut total = Folded::Known(Const::Str(Shared::Borrowed("")));
    let mut steps = 0;
    while matches!(total, Folded::Known(_)) {
        total = folder.binop(Operator::Add, total, text(MAX_LEN / 4));
        steps += 1;
    }
    assert_eq!(steps, 5);
    let spent = Builtins(Budget::default());
    assert!(!spent.0.fold(crate::budget::FOLDED_BYTES + 1));
    let after = Folder::new(&spent).binop(Operator::Add, text(1), text(1));
    assert_eq!(after, Folded::Unknown);
}

/// A collection's items count at their size in memory, so no folded list holds more than
/// `MAX_ITEMS` of them however small they are.
#[test]
fn items_count_at_their_size_in_memory() {
    let fold_all = |source: &str| {
        let expr = Box::leak(Box::new(
            ruff_python_parser::parse_expression(source)
                .unwrap()
                .into_expr(),
        ));
        Folder::new(&Builtins(Budget::default())).fold(expr)
    };
    let Folded::Known(Const::Seq(items)) = fold_all(&format!("list(range({MAX_ITEMS}))")) else {
        panic!("{MAX_ITEMS} items fit");
    };
    assert_eq!(items.len(), MAX_ITEMS);
    for source in [
        format!("list(range({}))", MAX_ITEMS + 1),
        format!("[0] * {}", MAX_ITEMS + 1),
        format!("[[0]] * {}", MAX_ITEMS / 2 + 1),
    ] {
        assert_eq!(fold_all(&source), Folded::Unknown, "{source}");
    }
}

/// Reading a value costs the budget its size: a megabyte literal read 64 times spends it.
#[test]
fn reading_a_value_is_counted() {
    let literal = Box::leak(Box::new(
        ruff_python_parser::parse_expression(&format!("'{}'", "a".repeat(MAX_LEN)))
            .unwrap()
            .into_expr(),
    ));
    let env = Builtins(Budget::default());
    for _ in 0..crate::budget::FOLDED_BYTES / MAX_LEN {
        assert!(matches!(Folder::new(&env).fold(literal), Folded::Known(_)));
    }
    assert_eq!(Folder::new(&env).fold(literal), Folded::Unknown);
}

//! `str.format` templates, `%` formatting and format specs.
//!
//! Format templates matter twice: folding `'{}{}'.format('__glo', 'bals__')` to a name, and
//! finding attribute access *inside* a template (`'{0.__class__.__base__}'.format(x)` walks
//! the object graph without any attribute in the code).

use std::borrow::Cow;

use super::{Const, Folded, Shared, MAX_LEN};

/// One replacement field of a template: which argument, then attribute and item accesses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FormatField {
    pub arg: FieldArg,
    pub steps: Vec<FieldStep>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FieldArg {
    Position(usize),
    Name(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FieldStep {
    Attribute(String),
    Item(String),
}

/// A parsed template: literal text and fields, in order.
enum Piece<'t> {
    Text(Cow<'t, str>),
    Field {
        field: FormatField,
        conversion: Option<char>,
        spec: &'t str,
    },
}

fn parse_field_name(name: &str, auto: &mut usize) -> Option<FormatField> {
    let split = name.find(['.', '[']).unwrap_or(name.len());
    let (head, mut rest) = name.split_at(split);
    let arg = if head.is_empty() {
        *auto += 1;
        FieldArg::Position(*auto - 1)
    } else if let Ok(index) = head.parse() {
        FieldArg::Position(index)
    } else {
        FieldArg::Name(head.to_string())
    };
    let mut steps = Vec::new();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            steps.push(FieldStep::Attribute(after[..end].to_string()));
            rest = &after[end..];
        } else if let Some(after) = rest.strip_prefix('[') {
            let end = after.find(']')?;
            steps.push(FieldStep::Item(after[..end].to_string()));
            rest = &after[end + 1..];
        } else {
            return None;
        }
    }
    Some(FormatField { arg, steps })
}

/// Splits a template into pieces; `None` when it is not a valid template.
fn parse(template: &str) -> Option<Vec<Piece<'_>>> {
    let mut pieces = Vec::new();
    let mut auto = 0;
    let mut text_start = 0;
    let bytes = template.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' if bytes.get(i + 1) == Some(&b'{') => {
                pieces.push(Piece::Text(Cow::Borrowed(&template[text_start..=i])));
                i += 2;
                text_start = i;
            }
            b'}' if bytes.get(i + 1) == Some(&b'}') => {
                pieces.push(Piece::Text(Cow::Borrowed(&template[text_start..=i])));
                i += 2;
                text_start = i;
            }
            b'{' => {
                pieces.push(Piece::Text(Cow::Borrowed(&template[text_start..i])));
                // Find the matching brace; the spec may hold nested fields.
                let mut depth = 1;
                let mut j = i + 1;
                let mut in_item = false;
                while j < bytes.len() {
                    match bytes[j] {
                        b'[' => in_item = true,
                        b']' => in_item = false,
                        b'{' if !in_item => depth += 1,
                        b'}' if !in_item => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                if depth != 0 {
                    return None;
                }
                let inner = &template[i + 1..j];
                let name_end = field_name_end(inner);
                let field = parse_field_name(&inner[..name_end], &mut auto)?;
                let rest = &inner[name_end..];
                let (conversion, spec) = match rest.strip_prefix('!') {
                    Some(conv) => {
                        let c = conv.chars().next()?;
                        (
                            Some(c),
                            conv[c.len_utf8()..].strip_prefix(':').unwrap_or(""),
                        )
                    }
                    None => (None, rest.strip_prefix(':').unwrap_or("")),
                };
                pieces.push(Piece::Field {
                    field,
                    conversion,
                    spec,
                });
                i = j + 1;
                text_start = i;
            }
            b'}' => return None,
            _ => i += 1,
        }
    }
    pieces.push(Piece::Text(Cow::Borrowed(&template[text_start..])));
    Some(pieces)
}

fn field_name_end(inner: &str) -> usize {
    let mut in_item = false;
    for (i, c) in inner.char_indices() {
        match c {
            '[' => in_item = true,
            ']' => in_item = false,
            '!' | ':' if !in_item => return i,
            _ => {}
        }
    }
    inner.len()
}

/// Every replacement field of a template, nested spec fields included.
pub(crate) fn format_fields(template: &str) -> Vec<FormatField> {
    let mut out = Vec::new();
    collect_fields(template, &mut out, 0);
    out
}

fn collect_fields(template: &str, out: &mut Vec<FormatField>, depth: usize) {
    let Some(pieces) = parse(template) else {
        return;
    };
    for piece in pieces {
        if let Piece::Field { field, spec, .. } = piece {
            out.push(field);
            if depth < 2 && spec.contains('{') {
                collect_fields(spec, out, depth + 1);
            }
        }
    }
}

/// Formats one value with a spec, for the specs obfuscators use (`c`, `x`, `d`, `s`).
pub(crate) fn apply_spec(value: &Const<'_>, spec: &str) -> Option<String> {
    match (value, spec) {
        (value, "") => value.to_text(),
        (Const::Str(s), "s") => Some(s.to_string()),
        (Const::Int(v), "c") => Some(char::from_u32(u32::try_from(*v).ok()?)?.to_string()),
        (Const::Int(v), "d" | "n") => Some(v.to_string()),
        (Const::Int(v), "x") => Some(format!("{v:x}")),
        (Const::Int(v), "X") => Some(format!("{v:X}")),
        (Const::Int(v), "o") => Some(format!("{v:o}")),
        (Const::Int(v), "b") => Some(format!("{v:b}")),
        _ => None,
    }
}

/// Applies a `!s`, `!r` or `!a` conversion.
fn convert(value: &Const<'_>, conversion: char) -> Option<Const<'static>> {
    let converted = match conversion {
        's' => value.to_text()?,
        'r' | 'a' => value.to_repr()?,
        _ => return None,
    };
    Some(Const::Str(Shared::from(converted)))
}

/// `template.format(*args, **keywords)` (or `format_map` with the mapping as only argument).
pub(crate) fn str_format<'a>(
    template: &str,
    is_map: bool,
    args: Vec<Folded<'a>>,
    keywords: Vec<(&str, Folded<'a>)>,
) -> Folded<'a> {
    let Some(pieces) = parse(template) else {
        return Folded::Unknown;
    };
    let mapping = match (is_map, args.first()) {
        (true, Some(Folded::Known(Const::Dict(items)))) => Some(items.clone()),
        (true, _) => None,
        (false, _) => Some(std::rc::Rc::from([])),
    };
    let lookup = |arg: &FieldArg| -> Option<Folded<'a>> {
        match arg {
            FieldArg::Position(i) if !is_map => args.get(*i).cloned(),
            FieldArg::Name(name) if !is_map => keywords
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone()),
            FieldArg::Name(name) => mapping.as_ref()?.iter().find_map(|(k, v)| {
                (k.as_str() == Some(name.as_str())).then(|| Folded::Known(v.clone()))
            }),
            FieldArg::Position(_) => None,
        }
    };
    let mut known = String::new();
    let mut prefix: Option<String> = None;
    for piece in pieces {
        let text = match piece {
            Piece::Text(t) => Some(t.into_owned()),
            Piece::Field {
                field,
                conversion,
                spec,
            } if field.steps.is_empty() && !spec.contains('{') => match lookup(&field.arg) {
                Some(Folded::Known(value)) => match conversion {
                    None => apply_spec(&value, spec),
                    Some(c) => convert(&value, c).and_then(|v| apply_spec(&v, spec)),
                },
                _ => None,
            },
            Piece::Field { .. } => None,
        };
        match text {
            Some(t) => known.push_str(&t),
            None if prefix.is_none() => prefix = Some(std::mem::take(&mut known)),
            None => known.clear(),
        }
        // Each field may be a megabyte: a template with many fields formatted with itself
        // grows by the square at every step.
        if known.len() > MAX_LEN {
            return Folded::Unknown;
        }
    }
    match prefix {
        None => Folded::Known(Const::Str(Shared::from(known))),
        Some(prefix) => Folded::shape(&prefix, &known),
    }
}

/// `template % args` with `%s`, `%r`, `%c`, `%d`, `%i`, `%x`, `%o`, `%%` and `%(name)s`.
pub(crate) fn printf(template: &str, args: &Const<'_>) -> Option<String> {
    let positional: Vec<&Const> = match args {
        Const::Seq(items) => items.iter().collect(),
        Const::Dict(_) => Vec::new(),
        single => vec![single],
    };
    let mut next = positional.into_iter();
    let mut out = String::with_capacity(template.len());
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let value = if chars.peek() == Some(&'(') {
            chars.next();
            let key: String = chars.by_ref().take_while(|&c| c != ')').collect();
            let Const::Dict(items) = args else {
                return None;
            };
            items
                .iter()
                .find(|(k, _)| k.as_str() == Some(key.as_str()))
                .map(|(_, v)| v)
        } else {
            None
        };
        let conversion = chars.next()?;
        if conversion == '%' {
            out.push('%');
            continue;
        }
        let value = match value {
            Some(v) => v,
            None => next.next()?,
        };
        let piece = match (conversion, value) {
            ('s', v) => v.to_text()?,
            ('r' | 'a', v) => v.to_repr()?,
            ('c', Const::Int(v)) => char::from_u32(u32::try_from(*v).ok()?)?.to_string(),
            ('c', Const::Str(s)) if s.chars().count() == 1 => s.to_string(),
            ('d' | 'i' | 'u', Const::Int(v)) => v.to_string(),
            ('x', Const::Int(v)) => format!("{v:x}"),
            ('X', Const::Int(v)) => format!("{v:X}"),
            ('o', Const::Int(v)) => format!("{v:o}"),
            _ => return None,
        };
        out.push_str(&piece);
        if out.len() > MAX_LEN {
            return None;
        }
    }
    if next.next().is_some() {
        return None; // "not all arguments converted"
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Const<'static> {
        Const::Str(Shared::from(v.to_string()))
    }

    #[test]
    fn fields_with_attributes_and_items() {
        let fields = format_fields("{0.__class__.__base__} and {x[k]!r:>{1.__dict__}} {{not}}");
        assert_eq!(fields.len(), 3);
        assert_eq!(
            fields[0].steps,
            vec![
                FieldStep::Attribute("__class__".into()),
                FieldStep::Attribute("__base__".into())
            ]
        );
        assert_eq!(fields[1].arg, FieldArg::Name("x".into()));
        assert_eq!(
            fields[2].steps,
            vec![FieldStep::Attribute("__dict__".into())]
        );
    }

    #[test]
    fn str_format_folds() {
        let out = str_format(
            "{}{}",
            false,
            vec![Folded::Known(s("__glo")), Folded::Known(s("bals__"))],
            vec![],
        );
        assert_eq!(out, Folded::Known(s("__globals__")));
        let out = str_format(
            "{0}{n:c}",
            false,
            vec![Folded::Known(s("__"))],
            vec![("n", Folded::Known(Const::Int(95)))],
        );
        assert_eq!(out, Folded::Known(s("___")));
        let out = str_format("visit_{}", false, vec![Folded::Unknown], vec![]);
        assert_eq!(
            out,
            Folded::Shape {
                prefix: "visit_".into(),
                suffix: String::new()
            }
        );
    }

    #[test]
    fn printf_folds() {
        assert_eq!(
            printf("%s%s", &Const::Seq(vec![s("__glo"), s("bals__")].into())),
            Some("__globals__".into())
        );
        assert_eq!(
            printf(
                "%c%c",
                &Const::Seq(vec![Const::Int(95), Const::Int(95)].into())
            ),
            Some("__".into())
        );
        assert_eq!(printf("%s", &Const::Seq(vec![s("a"), s("b")].into())), None);
        assert_eq!(
            printf("%(a)s!", &Const::Dict(vec![(s("a"), s("x"))].into())),
            Some("x!".into())
        );
    }
}

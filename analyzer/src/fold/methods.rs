//! Builtin functions and `str`/`bytes` methods on known values.

use std::collections::HashMap;

use super::{codecs, Const, Shared, MAX_ITEMS, MAX_LEN};

fn text(s: String) -> Option<Const<'static>> {
    (s.len() <= MAX_LEN).then_some(Const::Str(Shared::from(s)))
}

fn bytes(b: Vec<u8>) -> Option<Const<'static>> {
    (b.len() <= MAX_LEN).then_some(Const::Bytes(Shared::from(b)))
}

/// Python's index normalisation: negative counts from the end.
fn normalize_index(index: i64, len: usize) -> Option<usize> {
    let len = i64::try_from(len).ok()?;
    let index = if index < 0 { index + len } else { index };
    (0..len).contains(&index).then_some(index as usize)
}

/// The positions `seq[lower:upper:step]` selects, as CPython computes them.
fn slice_positions(
    len: usize,
    lower: Option<i64>,
    upper: Option<i64>,
    step: Option<i64>,
) -> Option<Vec<usize>> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return None;
    }
    let len = i64::try_from(len).ok()?;
    let clamp = |v: i64, low: i64, high: i64| v.max(low).min(high);
    let adjust = |v: i64, low: i64, high: i64| clamp(if v < 0 { v + len } else { v }, low, high);
    let mut out = Vec::new();
    if step > 0 {
        let start = lower.map_or(0, |v| adjust(v, 0, len));
        let stop = upper.map_or(len, |v| adjust(v, 0, len));
        let mut i = start;
        while i < stop {
            out.push(i as usize);
            i += step;
        }
    } else {
        let start = lower.map_or(len - 1, |v| adjust(v, -1, len - 1));
        let stop = upper.map_or(-1, |v| adjust(v, -1, len - 1));
        let mut i = start;
        while i > stop {
            out.push(i as usize);
            i += step;
        }
    }
    Some(out)
}

pub(super) fn slice<'a>(
    value: &Const<'a>,
    lower: Option<i64>,
    upper: Option<i64>,
    step: Option<i64>,
) -> Option<Const<'a>> {
    match value {
        Const::Str(s) => {
            let chars: Vec<char> = s.chars().collect();
            let picked = slice_positions(chars.len(), lower, upper, step)?;
            text(picked.into_iter().map(|i| chars[i]).collect())
        }
        Const::Bytes(b) => {
            let picked = slice_positions(b.len(), lower, upper, step)?;
            bytes(picked.into_iter().map(|i| b[i]).collect())
        }
        Const::Seq(items) => {
            let picked = slice_positions(items.len(), lower, upper, step)?;
            Some(Const::Seq(
                picked.into_iter().map(|i| items[i].clone()).collect(),
            ))
        }
        _ => None,
    }
}

pub(super) fn index<'a>(value: &Const<'a>, key: &Const<'a>) -> Option<Const<'a>> {
    match (value, key) {
        (Const::Str(s), Const::Int(i)) => {
            let i = normalize_index(*i, s.chars().count())?;
            text(s.chars().nth(i)?.to_string())
        }
        (Const::Bytes(b), Const::Int(i)) => {
            Some(Const::Int(b[normalize_index(*i, b.len())?].into()))
        }
        (Const::Seq(items), Const::Int(i)) => {
            Some(items[normalize_index(*i, items.len())?].clone())
        }
        (Const::Dict(items), key) => items
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone()),
        _ => None,
    }
}

pub(super) fn join<'a>(separator: &Const<'a>, items: &Const<'a>) -> Option<Const<'a>> {
    let items = items.iterate()?;
    // Checked before joining: a megabyte separator between ten thousand items is ten
    // gigabytes.
    let joined_len = |sep: usize, parts: usize, lens: usize| {
        sep.checked_mul(parts.saturating_sub(1))?
            .checked_add(lens)
            .filter(|&len| len <= MAX_LEN)
    };
    match separator {
        Const::Str(sep) => {
            let parts: Vec<&str> = items.iter().map(Const::as_str).collect::<Option<_>>()?;
            joined_len(sep.len(), parts.len(), parts.iter().map(|p| p.len()).sum())?;
            text(parts.join(sep))
        }
        Const::Bytes(sep) => {
            let parts: Vec<&[u8]> = items
                .iter()
                .map(|c| match c {
                    Const::Bytes(b) => Some(b.as_ref()),
                    _ => None,
                })
                .collect::<Option<_>>()?;
            joined_len(sep.len(), parts.len(), parts.iter().map(|p| p.len()).sum())?;
            bytes(parts.join(sep.as_ref()))
        }
        _ => None,
    }
}

fn str_arg<'c>(args: &'c [Const<'_>], i: usize) -> Option<&'c str> {
    args.get(i)?.as_str()
}

/// `receiver.method(*args)` for `str` and `bytes` receivers.
pub(super) fn method<'a>(
    receiver: &Const<'a>,
    method: &str,
    args: &[Const<'a>],
) -> Option<Const<'a>> {
    match receiver {
        Const::Str(s) => str_method(s, method, args),
        Const::Bytes(b) => bytes_method(b, method, args),
        Const::Int(v) if method == "__str__" || method == "__repr__" => text(v.to_string()),
        Const::Dict(pairs) => dict_method(pairs, method, args),
        _ => None,
    }
}

/// `TABLE.items()`, `.keys()`, `.values()`, `.get(key)` of a constant dict.
fn dict_method<'a>(
    pairs: &[(Const<'a>, Const<'a>)],
    method: &str,
    args: &[Const<'a>],
) -> Option<Const<'a>> {
    let seq = |items: Vec<Const<'a>>| Some(Const::Seq(items.into()));
    match (method, args) {
        ("items", []) => seq(pairs
            .iter()
            .map(|(k, v)| Const::Seq(vec![k.clone(), v.clone()].into()))
            .collect()),
        ("keys", []) => seq(pairs.iter().map(|(k, _)| k.clone()).collect()),
        ("values", []) => seq(pairs.iter().map(|(_, v)| v.clone()).collect()),
        ("get" | "__getitem__", [key, rest @ ..]) => pairs
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .or_else(|| rest.first().cloned()),
        _ => None,
    }
}

fn strip_chars<'s>(s: &'s str, args: &[Const<'_>], left: bool, right: bool) -> Option<&'s str> {
    let chars: Vec<char> = match args.first() {
        None | Some(Const::None) => {
            return Some(match (left, right) {
                (true, true) => s.trim(),
                (true, false) => s.trim_start(),
                _ => s.trim_end(),
            })
        }
        Some(Const::Str(c)) => c.chars().collect(),
        _ => return None,
    };
    let mut out = s;
    if left {
        out = out.trim_start_matches(chars.as_slice());
    }
    if right {
        out = out.trim_end_matches(chars.as_slice());
    }
    Some(out)
}

fn str_method<'a>(s: &str, method: &str, args: &[Const<'a>]) -> Option<Const<'a>> {
    match (method, args.len()) {
        ("lower" | "casefold", 0) => text(s.to_lowercase()),
        ("upper", 0) => text(s.to_uppercase()),
        ("swapcase", 0) => text(
            s.chars()
                .flat_map(|c| {
                    if c.is_lowercase() {
                        c.to_uppercase().collect::<Vec<_>>()
                    } else {
                        c.to_lowercase().collect()
                    }
                })
                .collect(),
        ),
        ("capitalize", 0) => {
            let mut chars = s.chars();
            let first = chars
                .next()
                .map(|c| c.to_uppercase().to_string())
                .unwrap_or_default();
            text(first + &chars.as_str().to_lowercase())
        }
        ("strip", 0 | 1) => text(strip_chars(s, args, true, true)?.to_string()),
        ("lstrip", 0 | 1) => text(strip_chars(s, args, true, false)?.to_string()),
        ("rstrip", 0 | 1) => text(strip_chars(s, args, false, true)?.to_string()),
        ("removeprefix", 1) => text(s.strip_prefix(str_arg(args, 0)?).unwrap_or(s).to_string()),
        ("removesuffix", 1) => text(s.strip_suffix(str_arg(args, 0)?).unwrap_or(s).to_string()),
        ("replace", 2 | 3) => {
            let (from, to) = (str_arg(args, 0)?, str_arg(args, 1)?);
            let count = match args.get(2) {
                Some(Const::Int(n)) if *n >= 0 => usize::try_from(*n).ok()?,
                Some(Const::Int(_)) | None => usize::MAX,
                Some(_) => return None,
            };
            if from.is_empty() {
                return None;
            }
            let estimate = s
                .len()
                .saturating_add(s.matches(from).count().saturating_mul(to.len()));
            (estimate <= MAX_LEN).then(|| Const::Str(Shared::from(s.replacen(from, to, count))))
        }
        ("split", 0) => split_items(s.split_whitespace()),
        ("split", 1) => {
            let sep = str_arg(args, 0)?;
            if sep.is_empty() {
                return None;
            }
            split_items(s.split(sep))
        }
        ("encode", 0..=2) => {
            codecs::encode_text(s, args.first().and_then(Const::as_str).unwrap_or("utf-8"))
        }
        ("translate", 1) => translate_str(s, &args[0]),
        _ => None,
    }
}

fn bytes_method<'a>(b: &[u8], method: &str, args: &[Const<'a>]) -> Option<Const<'a>> {
    match (method, args.len()) {
        ("decode", 0..=2) => {
            codecs::decode_bytes(b, args.first().and_then(Const::as_str).unwrap_or("utf-8"))
        }
        ("lower", 0) => bytes(b.to_ascii_lowercase()),
        ("upper", 0) => bytes(b.to_ascii_uppercase()),
        // Twice as long as the bytes: not built past the limit.
        ("hex", 0) if b.len() <= MAX_LEN / 2 => {
            const DIGITS: &[u8; 16] = b"0123456789abcdef";
            text(
                b.iter()
                    .flat_map(|&v| [v >> 4, v & 15])
                    .map(|d| char::from(DIGITS[usize::from(d)]))
                    .collect(),
            )
        }
        ("translate", 1) => match &args[0] {
            Const::Bytes(table) if table.len() == 256 => {
                bytes(b.iter().map(|&v| table[v as usize]).collect())
            }
            _ => None,
        },
        ("replace", 2) => match (&args[0], &args[1]) {
            (Const::Bytes(from), Const::Bytes(to)) if !from.is_empty() => {
                let s = String::from_utf8_lossy(b);
                let (from, to) = (String::from_utf8_lossy(from), String::from_utf8_lossy(to));
                b.is_ascii()
                    .then(|| bytes(s.replace(from.as_ref(), &to).into_bytes()))?
            }
            _ => None,
        },
        _ => None,
    }
}

/// `str.translate(table)` with a table mapping code points to code points, strings or None.
fn translate_str<'a>(s: &str, table: &Const<'a>) -> Option<Const<'a>> {
    let Const::Dict(entries) = table else {
        return None;
    };
    // The last entry of a key wins, as in a dict display.
    let table: HashMap<i64, &Const<'a>> = entries
        .iter()
        .filter_map(|(k, v)| match k {
            Const::Int(k) => Some((*k, v)),
            _ => None,
        })
        .collect();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match table.get(&(c as i64)) {
            None => out.push(c),
            Some(Const::None) => {}
            Some(Const::Int(v)) => out.push(char::from_u32(u32::try_from(*v).ok()?)?),
            Some(Const::Str(r)) => out.push_str(r),
            Some(_) => return None,
        }
        // Each character may become a megabyte.
        if out.len() > MAX_LEN {
            return None;
        }
    }
    text(out)
}

/// The parts of a split as a list, unless there are more than [`MAX_ITEMS`].
fn split_items<'a, 's>(parts: impl Iterator<Item = &'s str>) -> Option<Const<'a>> {
    let items: Vec<Const<'a>> = parts
        .take(MAX_ITEMS + 1)
        .map(|p| Const::Str(Shared::from(p.to_string())))
        .collect();
    (items.len() <= MAX_ITEMS).then(|| Const::Seq(items.into()))
}

/// `str.maketrans(...)`, `bytes.fromhex(...)`, `str.join(sep, items)`, `bytes.maketrans(...)`.
pub(super) fn static_call<'a>(owner: &str, method: &str, args: &[Const<'a>]) -> Option<Const<'a>> {
    match (owner, method, args) {
        ("str", "maketrans", [Const::Dict(items)]) => Some(Const::Dict(
            items
                .iter()
                .map(|(k, v)| {
                    let key = match k {
                        Const::Str(s) if s.chars().count() == 1 => {
                            Const::Int(s.chars().next()? as i64)
                        }
                        Const::Int(v) => Const::Int(*v),
                        _ => return None,
                    };
                    Some((key, v.clone()))
                })
                .collect::<Option<Vec<_>>>()?
                .into(),
        )),
        ("str", "maketrans", [Const::Str(from), Const::Str(to), rest @ ..]) => {
            if from.chars().count() != to.chars().count() {
                return None;
            }
            let mut items: Vec<(Const, Const)> = from
                .chars()
                .zip(to.chars())
                .map(|(a, b)| (Const::Int(a as i64), Const::Int(b as i64)))
                .collect();
            match rest {
                [] => {}
                [Const::Str(delete)] => {
                    items.extend(delete.chars().map(|c| (Const::Int(c as i64), Const::None)))
                }
                _ => return None,
            }
            Some(Const::Dict(items.into()))
        }
        ("bytes", "maketrans", [Const::Bytes(from), Const::Bytes(to)])
            if from.len() == to.len() =>
        {
            let mut table: Vec<u8> = (0..=255).collect();
            for (a, b) in from.iter().zip(to.iter()) {
                table[*a as usize] = *b;
            }
            bytes(table)
        }
        ("bytes" | "bytearray", "fromhex", [Const::Str(hex)]) => bytes(codecs::unhex(hex)?),
        ("str" | "bytes" | "bytearray", "join", [sep, items]) => join(sep, items),
        (_, method, [receiver, rest @ ..]) => self::method(receiver, method, rest),
        _ => None,
    }
}

/// Builtin functions on known arguments.
pub(super) fn builtin_call<'a>(name: &str, args: &[Const<'a>]) -> Option<Const<'a>> {
    match (name, args) {
        ("chr", [Const::Int(v)]) => text(char::from_u32(u32::try_from(*v).ok()?)?.to_string()),
        ("ord", [Const::Str(s)]) if s.chars().count() == 1 => {
            Some(Const::Int(s.chars().next()? as i64))
        }
        ("ord", [Const::Bytes(b)]) if b.len() == 1 => Some(Const::Int(b[0].into())),
        ("str", []) => text(String::new()),
        ("str", [value]) => text(value.to_text()?),
        ("str" | "bytes", [Const::Bytes(b), Const::Str(encoding), ..]) => {
            codecs::decode_bytes(b, encoding)
        }
        ("str" | "bytes" | "bytearray", [Const::Str(s), Const::Str(encoding), ..]) => {
            codecs::encode_text(s, encoding)
        }
        ("repr" | "ascii", [value]) => text(value.to_repr()?),
        ("format", [value]) => text(value.to_text()?),
        ("format", [value, Const::Str(spec)]) => text(super::format::apply_spec(value, spec)?),
        ("int", [Const::Int(v)]) => Some(Const::Int(*v)),
        ("int", [Const::Str(s)]) => s.trim().replace('_', "").parse().ok().map(Const::Int),
        ("int", [Const::Str(s), Const::Int(base)]) => {
            let digits = s.trim().to_ascii_lowercase().replace('_', "");
            let digits = match base {
                16 => digits.trim_start_matches("0x").to_string(),
                8 => digits.trim_start_matches("0o").to_string(),
                2 => digits.trim_start_matches("0b").to_string(),
                _ => digits,
            };
            i64::from_str_radix(
                &digits,
                u32::try_from(*base).ok().filter(|b| (2..=36).contains(b))?,
            )
            .ok()
            .map(Const::Int)
        }
        ("hex", [Const::Int(v)]) => text(if *v < 0 {
            format!("-0x{:x}", v.unsigned_abs())
        } else {
            format!("0x{v:x}")
        }),
        ("oct", [Const::Int(v)]) => text(if *v < 0 {
            format!("-0o{:o}", v.unsigned_abs())
        } else {
            format!("0o{v:o}")
        }),
        ("bytes" | "bytearray", [Const::Seq(items)]) => bytes(
            items
                .iter()
                .map(|c| match c {
                    Const::Int(v) => u8::try_from(*v).ok(),
                    _ => None,
                })
                .collect::<Option<Vec<u8>>>()?,
        ),
        ("bytes" | "bytearray", [Const::Bytes(b)]) => bytes(b.to_vec()),
        ("list" | "tuple", [value]) => Some(Const::Seq(value.iterate()?.into())),
        ("reversed", [value]) => {
            let mut items = value.iterate()?;
            items.reverse();
            Some(Const::Seq(items.into()))
        }
        ("range", bounds) => {
            let ints: Option<Vec<i64>> = bounds
                .iter()
                .map(|c| match c {
                    Const::Int(v) => Some(*v),
                    _ => None,
                })
                .collect();
            let (start, stop, step) = match ints?.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] if *step != 0 => (*start, *stop, *step),
                _ => return None,
            };
            let count = if step > 0 {
                (stop - start).max(0) / step
            } else {
                (start - stop).max(0) / -step
            };
            if count > MAX_ITEMS as i64 {
                return None;
            }
            let mut out = Vec::new();
            let mut v = start;
            while (step > 0 && v < stop) || (step < 0 && v > stop) {
                out.push(Const::Int(v));
                v += step;
            }
            Some(Const::Seq(out.into()))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Const<'static> {
        Const::Str(Shared::from(v.to_string()))
    }

    #[test]
    fn slices_follow_python() {
        assert_eq!(
            slice(&s("__slabolg__"), None, None, Some(-1)),
            Some(s("__globals__"))
        );
        assert_eq!(
            slice(&s("abcdef"), Some(1), Some(-1), Some(2)),
            Some(s("bd"))
        );
        assert_eq!(slice(&s("abcdef"), Some(-2), None, None), Some(s("ef")));
        assert_eq!(slice(&s("abc"), None, None, Some(0)), None);
    }

    #[test]
    fn builtins_fold() {
        assert_eq!(builtin_call("chr", &[Const::Int(95)]), Some(s("_")));
        assert_eq!(
            builtin_call("int", &[s("5f"), Const::Int(16)]),
            Some(Const::Int(95))
        );
        assert_eq!(
            builtin_call("range", &[Const::Int(3)]),
            Some(Const::Seq(
                vec![Const::Int(0), Const::Int(1), Const::Int(2)].into()
            ))
        );
        let bytes = |b: &'static [u8]| Const::Bytes(Shared::Borrowed(b));
        assert_eq!(
            method(&bytes(b"\x01\xab\xff"), "hex", &[]),
            Some(s("01abff"))
        );
        let megabyte = Const::Bytes(Shared::from(vec![0; MAX_LEN]));
        assert_eq!(method(&megabyte, "hex", &[]), None);
    }

    #[test]
    fn translate_with_maketrans() {
        let table = static_call("str", "maketrans", &[s("xy"), s("_g")]).unwrap();
        assert_eq!(
            method(&s("xxylobalsxx"), "translate", &[table]),
            Some(s("__globals__"))
        );
    }
}

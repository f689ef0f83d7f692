//! Decoders that obfuscated code runs on literals: hex, base64 family, rot13, text encodings.

use std::borrow::Cow;

use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;

use super::{Const, Shared, MAX_LEN};

fn text(s: String) -> Option<Const<'static>> {
    (s.len() <= MAX_LEN).then_some(Const::Str(Shared::from(s)))
}

fn bytes(b: Vec<u8>) -> Option<Const<'static>> {
    (b.len() <= MAX_LEN).then_some(Const::Bytes(Shared::from(b)))
}

fn codec_name(name: &str) -> String {
    name.trim().to_ascii_lowercase().replace('-', "_")
}

pub(super) fn unhex(hex: &str) -> Option<Vec<u8>> {
    let digits: Vec<u8> = hex.bytes().filter(|c| !c.is_ascii_whitespace()).collect();
    if !digits.len().is_multiple_of(2) {
        return None;
    }
    digits
        .chunks(2)
        .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok())
        .collect()
}

fn rot13(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'a'..='z' => (((c as u8 - b'a') + 13) % 26 + b'a') as char,
            'A'..='Z' => (((c as u8 - b'A') + 13) % 26 + b'A') as char,
            c => c,
        })
        .collect()
}

/// Like Python's `b64decode(validate=False)`: characters outside the alphabet are dropped
/// and padding is optional.
fn base64_decode(input: &[u8], url_safe: bool) -> Option<Vec<u8>> {
    let (plus, slash) = if url_safe { (b'-', b'_') } else { (b'+', b'/') };
    let cleaned: Vec<u8> = input
        .iter()
        .copied()
        .filter(|&c| c.is_ascii_alphanumeric() || c == plus || c == slash)
        .collect();
    let alphabet = if url_safe {
        &alphabet::URL_SAFE
    } else {
        &alphabet::STANDARD
    };
    let config = GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true);
    GeneralPurpose::new(alphabet, config).decode(cleaned).ok()
}

fn base32_decode(input: &[u8]) -> Option<Vec<u8>> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = Vec::new();
    let (mut buffer, mut bits) = (0u64, 0u32);
    for &c in input
        .iter()
        .filter(|c| **c != b'=' && !c.is_ascii_whitespace())
    {
        let value = ALPHABET.iter().position(|&a| a == c.to_ascii_uppercase())? as u64;
        buffer = (buffer << 5) | value;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// `bytes.decode(encoding)` and `codecs.decode(bytes, encoding)`.
pub(super) fn decode_bytes(b: &[u8], encoding: &str) -> Option<Const<'static>> {
    match codec_name(encoding).as_str() {
        "utf_8" | "utf8" | "u8" | "ascii" | "us_ascii" => text(String::from_utf8(b.to_vec()).ok()?),
        "latin_1" | "latin1" | "iso_8859_1" | "l1" => text(b.iter().map(|&v| v as char).collect()),
        "hex" | "hex_codec" => bytes(unhex(std::str::from_utf8(b).ok()?)?),
        "base64" | "base64_codec" | "base_64" => bytes(base64_decode(b, false)?),
        "unicode_escape" => text(unicode_escape(std::str::from_utf8(b).ok()?)?),
        _ => None,
    }
}

/// `str.encode(encoding)`.
pub(super) fn encode_text(s: &str, encoding: &str) -> Option<Const<'static>> {
    match codec_name(encoding).as_str() {
        "utf_8" | "utf8" | "u8" => bytes(s.as_bytes().to_vec()),
        "ascii" | "us_ascii" if s.is_ascii() => bytes(s.as_bytes().to_vec()),
        "latin_1" | "latin1" | "iso_8859_1" | "l1" => bytes(
            s.chars()
                .map(|c| u8::try_from(c as u32).ok())
                .collect::<Option<Vec<u8>>>()?,
        ),
        _ => None,
    }
}

/// The `unicode_escape` codec for the escapes obfuscators use.
fn unicode_escape(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let take_hex = |chars: &mut std::str::Chars, n: usize| -> Option<char> {
            let digits: String = chars.by_ref().take(n).collect();
            char::from_u32(u32::from_str_radix(&digits, 16).ok()?)
        };
        match chars.next()? {
            'x' => out.push(take_hex(&mut chars, 2)?),
            'u' => out.push(take_hex(&mut chars, 4)?),
            'U' => out.push(take_hex(&mut chars, 8)?),
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            '0' => out.push('\0'),
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Some(out)
}

fn as_bytes<'c>(value: &'c Const<'_>) -> Option<Cow<'c, [u8]>> {
    match value {
        Const::Bytes(b) => Some(Cow::Borrowed(b.as_ref())),
        Const::Str(s) if s.is_ascii() => Some(Cow::Borrowed(s.as_bytes())),
        _ => None,
    }
}

/// Calls into `base64`, `binascii` and `codecs` with known arguments.
pub(super) fn module_call<'a>(
    qualified: &str,
    args: &[Const<'a>],
    keywords: &[&str],
) -> Option<Const<'a>> {
    let encoding = || -> Option<String> {
        let position = keywords.iter().position(|k| *k == "encoding");
        let index = position.map_or(1, |p| args.len() - keywords.len() + p);
        args.get(index)?.as_str().map(str::to_string)
    };
    match qualified {
        // `json.loads("""{...}""")`: a configuration written as JSON text.
        "json.loads" => json_value(&serde_json::from_str(args.first()?.as_str()?).ok()?),
        "base64.b64decode"
        | "base64.standard_b64decode"
        | "base64.decodebytes"
        | "base64.decodestring"
        | "binascii.a2b_base64" => bytes(base64_decode(&as_bytes(args.first()?)?, false)?),
        "base64.urlsafe_b64decode" => bytes(base64_decode(&as_bytes(args.first()?)?, true)?),
        "base64.b32decode" => bytes(base32_decode(&as_bytes(args.first()?)?)?),
        "base64.b16decode" | "binascii.unhexlify" | "binascii.a2b_hex" => {
            bytes(unhex(std::str::from_utf8(&as_bytes(args.first()?)?).ok()?)?)
        }
        "codecs.decode" => {
            let encoding = encoding().unwrap_or_else(|| "utf-8".into());
            match args.first()? {
                Const::Str(s) if matches!(codec_name(&encoding).as_str(), "rot13" | "rot_13") => {
                    text(rot13(s))
                }
                Const::Bytes(b) => decode_bytes(b, &encoding),
                _ => None,
            }
        }
        "codecs.encode" => {
            let encoding = encoding().unwrap_or_else(|| "utf-8".into());
            match args.first()? {
                Const::Str(s) if matches!(codec_name(&encoding).as_str(), "rot13" | "rot_13") => {
                    text(rot13(s))
                }
                Const::Str(s) => encode_text(s, &encoding),
                _ => None,
            }
        }
        _ => None,
    }
}

/// A JSON value as the constant Python builds from it (`true` is `True`, objects are
/// dicts); numbers that are not integers are not folded.
fn json_value<'a>(value: &serde_json::Value) -> Option<Const<'a>> {
    use serde_json::Value as Json;
    Some(match value {
        Json::Null => Const::None,
        Json::Bool(b) => Const::Bool(*b),
        Json::Number(n) => Const::Int(n.as_i64()?),
        Json::String(s) => Const::Str(s.clone().into()),
        Json::Array(items) => Const::Seq(
            items
                .iter()
                .map(json_value)
                .collect::<Option<Vec<_>>>()?
                .into(),
        ),
        Json::Object(map) => Const::Dict(
            map.iter()
                .map(|(k, v)| Some((Const::Str(k.clone().into()), json_value(v)?)))
                .collect::<Option<Vec<_>>>()?
                .into(),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Const<'static> {
        Const::Str(Shared::from(v.to_string()))
    }

    #[test]
    fn decoders() {
        assert_eq!(
            module_call("base64.b64decode", &[s("X19nbG9iYWxzX18=")], &[]),
            bytes(b"__globals__".to_vec())
        );
        assert_eq!(
            module_call("base64.b64decode", &[s("X19nbG9iYWxzX18")], &[]),
            bytes(b"__globals__".to_vec())
        );
        assert_eq!(
            module_call("base64.b32decode", &[s("L5PWO3DPMJQWY427L4======")], &[]),
            bytes(b"__globals__".to_vec())
        );
        assert_eq!(
            module_call("codecs.decode", &[s("__tybonyf__"), s("rot13")], &[]),
            Some(s("__globals__"))
        );
        assert_eq!(
            module_call(
                "codecs.decode",
                &[s("__tybonyf__"), s("rot_13")],
                &["encoding"]
            ),
            Some(s("__globals__"))
        );
        assert_eq!(
            decode_bytes(b"\\x5f\\x5fimport\\x5f\\x5f", "unicode_escape"),
            Some(s("__import__"))
        );
        assert_eq!(unhex("5f5f"), Some(b"__".to_vec()));
    }
}

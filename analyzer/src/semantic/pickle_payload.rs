//! PJ437 `pickle-payload`: a constant that is a pickle calling something other than data.
//!
//! **What it does.** Reads every bytes or string constant of the code, and every call
//! argument that folds to one (joined, decoded from hex or base64, sliced), as a pickle
//! stream: when it is one, from its first opcode to `STOP`, and it names a global that is
//! not plain data (`GLOBAL`, `INST`, `STACK_GLOBAL`, or an extension code), the constant is
//! reported with the global it names.
//!
//! **Why is this bad?** Unpickling calls the globals a pickle names, so a pickle written by
//! hand is a program: `cos\nsystem\n(S'id'\ntR.` runs `os.system("id")` on `pickle.loads`,
//! on `Connection.recv()`, on a shelf's read. Written as bytes it hides the call from every
//! rule that reads names; what it calls is in its opcodes.
//!
//! **Example.**
//! ```python
//! import pickle
//! pickle.loads(b"cos\nsystem\n(S'id'\ntR.")
//! ```

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::Meta;
use crate::capability::Capability;
use crate::checker::{span, Checker};
use crate::fold::{Const, Folded};
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ437",
    name: "pickle-payload",
    severity: Severity::High,
    category: "obfuscation",
    capability: Capability::CodeExec,
    message: "a pickle in this constant calls `{name}` when it is loaded",
    description: "Reads bytes and string constants, and call arguments that fold to one, as pickle streams: a complete stream that names a global other than plain data (GLOBAL, INST, STACK_GLOBAL, an extension code) is reported with that global.",
    rationale: "Unpickling calls the globals a pickle names, so a hand-written pickle is a program: `cos\\nsystem\\n(S'id'\\ntR.` runs `os.system(\"id\")` when `pickle.loads`, `Connection.recv()` or a shelf reads it. As bytes it hides the call from every rule that reads names.",
    example: "import pickle\npickle.loads(b\"cos\\nsystem\\n(S'id'\\ntR.\")",
    fix: "Pickle objects with `pickle.dumps` instead of writing the stream. Suppress with `# pyjail: ignore[PJ437]`.",
    references: &["https://docs.python.org/3/library/pickle.html#restricting-globals", "https://docs.python.org/3/library/pickletools.html"],
};

/// Longest constant read as a pickle.
const MAX_PICKLE: usize = 1 << 16;

/// Reports `data` (the bytes of a constant at `range`) when it is a pickle naming a global
/// other than plain data, unless the same stream was reported already.
pub(crate) fn check(checker: &mut Checker<'_, '_>, range: (usize, usize), data: &[u8]) {
    let Some(global) = foreign_global(data) else {
        return;
    };
    let key = {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        data.hash(&mut hasher);
        hasher.finish()
    };
    if checker.pickle_payloads.insert(key) {
        checker.report(
            super::Semantic::PicklePayload,
            range,
            &global,
            crate::checker::Via::Direct,
        );
    }
}

/// Reports a call argument that folds to a pickle naming a global other than plain data
/// (`b"".join(parts)`, `bytes.fromhex(text)`, `base64.b64decode(b"...")`); literals are
/// read where they stand.
pub(crate) fn check_argument<'a>(checker: &mut Checker<'a, '_>, argument: &'a ast::Expr) {
    if matches!(
        argument,
        ast::Expr::StringLiteral(_) | ast::Expr::BytesLiteral(_) | ast::Expr::NumberLiteral(_)
    ) {
        return;
    }
    match checker.fold(argument) {
        Folded::Known(Const::Bytes(data)) => check(checker, span(argument.range()), &data),
        Folded::Known(Const::Str(text)) => check(checker, span(argument.range()), text.as_bytes()),
        _ => {}
    }
}

/// The first global a complete pickle stream names that is not plain data, as
/// `module.name` (or `extension code N`); None when `data` is not a pickle, or names only
/// plain data.
pub(crate) fn foreign_global(data: &[u8]) -> Option<String> {
    if data.len() > MAX_PICKLE || data.last() != Some(&b'.') {
        return None;
    }
    let mut reader = Reader { data, at: 0 };
    // Strings pushed, in order (what STACK_GLOBAL pops), and strings memoised.
    let mut strings: Vec<String> = Vec::new();
    let mut memo: std::collections::HashMap<u64, String> = std::collections::HashMap::new();
    let mut top: Option<String> = None;
    // Globals named (module, name), and the first extension code used.
    let mut named: Vec<(String, String)> = Vec::new();
    let mut extension: Option<u64> = None;
    loop {
        let op = reader.byte()?;
        let mut pushed: Option<String> = None;
        match op {
            b'.' => break,
            // No argument.
            b'(' | b'0' | b'1' | b'2' | b'N' | b'R' | b'b' | b'd' | b'}' | b'e' | b'l' | b']'
            | b'o' | b's' | b't' | b')' | b'u' | b'a' | b'Q' | 0x81 | 0x85 | 0x86 | 0x87 | 0x88
            | 0x89 | 0x8f | 0x90 | 0x91 | 0x92 | 0x97 | 0x98 => {}
            0x93 => {
                let global = strings.pop()?;
                let module = strings.pop()?;
                named.push((module, global));
            }
            0x94 => {
                if let Some(text) = &top {
                    memo.insert(memo.len() as u64, text.clone());
                }
            }
            // A line.
            b'I' | b'L' | b'F' => number(reader.line()?).then_some(())?,
            b'P' => reader.line().map(drop)?,
            b'S' => pushed = Some(unquote(reader.line()?)?),
            b'V' => pushed = Some(String::from_utf8_lossy(reader.line()?).into_owned()),
            b'g' => pushed = memo.get(&decimal(reader.line()?)?).cloned(),
            b'p' => {
                let key = decimal(reader.line()?)?;
                if let Some(text) = &top {
                    memo.insert(key, text.clone());
                }
            }
            // Two lines: module and name.
            b'c' | b'i' => {
                let module = dotted_name(reader.line()?)?;
                let global = dotted_name(reader.line()?)?;
                named.push((module, global));
            }
            // Fixed sizes.
            b'K' | 0x80 => reader.take(1).map(drop)?,
            b'M' => reader.take(2).map(drop)?,
            b'J' => reader.take(4).map(drop)?,
            b'G' | 0x95 => reader.take(8).map(drop)?,
            b'h' => pushed = memo.get(&reader.uint(1)?).cloned(),
            b'j' => pushed = memo.get(&reader.uint(4)?).cloned(),
            b'q' | b'r' => {
                let key = reader.uint(if op == b'q' { 1 } else { 4 })?;
                if let Some(text) = &top {
                    memo.insert(key, text.clone());
                }
            }
            // The extension registry maps codes to globals; it is empty unless the program
            // filled it (`copyreg.add_extension`).
            0x82..=0x84 => {
                let code = reader.uint(match op {
                    0x82 => 1,
                    0x83 => 2,
                    _ => 4,
                })?;
                extension = extension.or(Some(code));
            }
            // Length-prefixed strings.
            b'T' | b'U' | b'X' | 0x8c | 0x8d => {
                let width = match op {
                    b'U' | 0x8c => 1,
                    b'T' | b'X' => 4,
                    _ => 8,
                };
                let len = reader.uint(width)?;
                let bytes = reader.take(usize::try_from(len).ok()?)?;
                pushed = Some(String::from_utf8_lossy(bytes).into_owned());
            }
            // Length-prefixed bytes and numbers.
            b'B' | b'C' | 0x8e | 0x96 | 0x8a | 0x8b => {
                let width = match op {
                    b'C' | 0x8a => 1,
                    b'B' | 0x8b => 4,
                    _ => 8,
                };
                let len = reader.uint(width)?;
                reader.take(usize::try_from(len).ok()?)?;
            }
            _ => return None,
        }
        top = pushed.clone();
        if let Some(text) = pushed {
            strings.push(text);
        }
    }
    // A complete stream: STOP is its last byte.
    (reader.at == data.len()).then_some(())?;
    named
        .iter()
        .find(|(module, global)| !crate::plain_data::is_plain_data_global(module, global))
        .map(|(module, global)| format!("{module}.{global}"))
        .or_else(|| extension.map(|code| format!("extension code {code}")))
}

struct Reader<'d> {
    data: &'d [u8],
    at: usize,
}

impl<'d> Reader<'d> {
    fn byte(&mut self) -> Option<u8> {
        let byte = *self.data.get(self.at)?;
        self.at += 1;
        Some(byte)
    }

    fn take(&mut self, n: usize) -> Option<&'d [u8]> {
        let end = self.at.checked_add(n)?;
        let bytes = self.data.get(self.at..end)?;
        self.at = end;
        Some(bytes)
    }

    /// Little-endian unsigned, `width` bytes.
    fn uint(&mut self, width: usize) -> Option<u64> {
        let bytes = self.take(width)?;
        Some(
            bytes
                .iter()
                .rev()
                .fold(0u64, |n, &b| n.wrapping_shl(8) | u64::from(b)),
        )
    }

    /// Up to the next newline, which is consumed.
    fn line(&mut self) -> Option<&'d [u8]> {
        let rest = self.data.get(self.at..)?;
        let end = rest.iter().position(|&b| b == b'\n')?;
        self.at += end + 1;
        Some(&rest[..end])
    }
}

/// A protocol-0 `STRING` argument: a quoted repr.
fn unquote(line: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(line);
    let quote = text.chars().next().filter(|q| *q == '\'' || *q == '"')?;
    let inner = text.strip_prefix(quote)?.strip_suffix(quote)?;
    Some(inner.to_string())
}

/// An `INT`, `LONG` or `FLOAT` argument: a number as `repr` writes one.
fn number(line: &[u8]) -> bool {
    let digits = line.strip_prefix(b"-").unwrap_or(line);
    let digits = digits.strip_suffix(b"L").unwrap_or(digits);
    !digits.is_empty()
        && digits
            .iter()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
        && digits[0].is_ascii_digit()
}

/// A module or global name: identifiers joined by dots.
fn dotted_name(line: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(line).ok()?;
    text.split('.')
        .all(|part| {
            part.chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() || c == '_')
                && part.chars().all(|c| c.is_alphanumeric() || c == '_')
        })
        .then(|| text.to_string())
}

fn decimal(line: &[u8]) -> Option<u64> {
    std::str::from_utf8(line).ok()?.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::foreign_global;

    #[test]
    fn hand_written_pickles_name_what_they_call() {
        for (data, global) in [
            (&b"cos\nsystem\n(S'id'\ntR."[..], "os.system"),
            (b"cposix\nsystem\n(S'id'\ntR.", "posix.system"),
            (
                b"\x80\x04\x8c\nsubprocess\x94\x8c\x05Popen\x94\x93\x94]\x85R.",
                "subprocess.Popen",
            ),
            (b"\x80\x02cos\nsystem\nX\x02\x00\x00\x00id\x85R.", "os.system"),
            (b"(S'id'\nios\nsystem\n.", "os.system"),
            (b"\x80\x02\x82\xf0X\x02\x00\x00\x00id\x85R.", "extension code 240"),
            (
                b"cbuiltins\ngetattr\n(cimportlib\nimport_module\n(S'os'\ntRS'system'\ntR(S'id'\ntR.",
                "builtins.getattr",
            ),
        ] {
            assert_eq!(foreign_global(data).as_deref(), Some(global), "{data:?}");
        }
    }

    #[test]
    fn pickles_of_plain_data_and_other_constants_are_not() {
        for data in [
            // What pickle.dumps writes for a dict (protocol 0), a date (4), a class of the
            // program (4 and 0) and a list of dates and a set (2).
            &b"(dp0\nVa\np1\nI1\ns."[..],
            b"\x80\x04\x95 \x00\x00\x00\x00\x00\x00\x00\x8c\x08datetime\x94\x8c\x04date\x94\x93\x94C\x04\x07\xe8\x01\x02\x94\x85\x94R\x94.",
            b"\x80\x04\x95\x18\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x04Book\x94\x93\x94)\x81\x94.",
            b"ccopy_reg\n_reconstructor\np0\n(c__main__\nBook\np1\nc__builtin__\nobject\np2\nNtp3\nRp4\n.",
            // A module's docstring that reads as opcodes for a while.
            b"distutils.ccompiler\n\nContains CCompiler, an abstract base class.",
            b"di\nstutils.ccompiler\n\n.",
            b"\x80\x02]q\x00(cdatetime\ndate\nq\x01c_codecs\nencode\nq\x02X\x05\x00\x00\x00\x07\xc3\xa8\x01\x02q\x03X\x06\x00\x00\x00latin1q\x04\x86q\x05Rq\x06\x85q\x07Rq\x08h\x08c__builtin__\nset\nq\x09]q\n(K\x01K\x02e\x85q\x0bRq\x0ce.",
            // Text that is not a pickle, or a stream cut short.
            b"Hello, world.",
            b"cos\nsystem\n(S'id'\ntR",
            b"cos\nsystem\n(S'id'\ntR.trailing",
            b"",
        ] {
            assert_eq!(foreign_global(data), None, "{data:?}");
        }
    }
}

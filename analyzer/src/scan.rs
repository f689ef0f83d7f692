//! A cheap lexical pass over the source before it is parsed.
//!
//! The parser grows its own stack, but the trees it builds are walked and dropped by
//! recursion, and parsing millions of nested brackets costs memory for nothing: nesting is
//! bounded *before* parsing. This pass measures bracket depth, indentation depth and an
//! upper estimate of expression depth (operator chains such as `a+a+a+...` or
//! `not not not ...` nest without brackets), and collects `# pyjail: ignore[...]` comments
//! on the way. It reads strings as Python 3.12+ does (PEP 701): the replacement fields of
//! f- and t-strings are code, nested strings with the same quotes included, and count
//! towards every limit. It never fails on odd input.

/// CPython's own limits: `MAXLEVEL` brackets in the tokenizer, `MAXINDENT` indentation levels.
pub(crate) const MAX_BRACKETS: usize = 200;
pub(crate) const MAX_INDENT: usize = 100;
/// Upper bound of the expression depth the operators of one expression could build (every
/// operator counts, so the estimate is coarse: `a*b + c*d` counts 3 for a depth of 2). It
/// keeps pathological input (`not not not ...` a million times) away from the parser; the
/// AST walk then enforces the real depth, close to where CPython's compiler gives up.
pub(crate) const MAX_EXPRESSION_DEPTH: usize = 20_000;

/// What exceeded its nesting limit, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TooDeep {
    pub what: &'static str,
    pub limit: usize,
    pub offset: usize,
}

/// A `# pyjail: ignore[ID, ...]` comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Suppression {
    pub offset: usize,
    pub ids: Vec<String>,
}

pub(crate) fn scan(src: &str) -> Result<Vec<Suppression>, TooDeep> {
    let mut scanner = Scanner::new(src.as_bytes());
    scanner.run()?;
    Ok(scanner.suppressions)
}

struct Scanner<'b> {
    b: &'b [u8],
    i: usize,
    /// Chain-token counters, one per open bracket plus the outermost level.
    levels: Vec<usize>,
    chain: usize,
    indents: Vec<usize>,
    suppressions: Vec<Suppression>,
}

impl<'b> Scanner<'b> {
    fn new(b: &'b [u8]) -> Self {
        Scanner {
            b,
            i: 0,
            levels: vec![0],
            chain: 0,
            indents: vec![0],
            suppressions: Vec::new(),
        }
    }

    fn depth_estimate(&self) -> usize {
        self.chain + self.levels.len() - 1 + self.indents.len() - 1
    }

    fn count(&mut self, offset: usize) -> Result<(), TooDeep> {
        self.count_n(offset, 1)
    }

    /// Counts `n` chain tokens at once.
    fn count_n(&mut self, offset: usize, n: usize) -> Result<(), TooDeep> {
        *self.levels.last_mut().expect("outermost level") += n;
        self.chain += n;
        if self.depth_estimate() > MAX_EXPRESSION_DEPTH {
            return Err(TooDeep {
                what: "expression nesting",
                limit: MAX_EXPRESSION_DEPTH,
                offset,
            });
        }
        Ok(())
    }

    fn reset_level(&mut self) {
        let top = self.levels.last_mut().expect("outermost level");
        self.chain -= *top;
        *top = 0;
    }

    fn run(&mut self) -> Result<(), TooDeep> {
        let mut line_start = true;
        while self.i < self.b.len() {
            if line_start && self.levels.len() == 1 {
                line_start = false;
                self.indentation()?;
                continue;
            }
            line_start = self.step()?;
        }
        Ok(())
    }

    /// Scans one token (or one byte) of code; returns whether a logical line ended.
    #[inline(always)]
    fn step(&mut self) -> Result<bool, TooDeep> {
        let c = self.b[self.i];
        match c {
            b'\n' | b'\r' => {
                self.i += 1;
                if c == b'\r' && self.b.get(self.i) == Some(&b'\n') {
                    self.i += 1;
                }
                if self.levels.len() == 1 {
                    self.reset_level();
                    return Ok(true);
                }
            }
            b'#' => self.comment(),
            b'\\' => {
                // A line continuation joins lines: no logical line end.
                self.i += 1;
                if self.b.get(self.i) == Some(&b'\r') {
                    self.i += 1;
                }
                if self.b.get(self.i) == Some(&b'\n') {
                    self.i += 1;
                }
            }
            b'"' | b'\'' => self.string("")?,
            b'0'..=b'9' => self.number(),
            b'.' if self.b.get(self.i + 1).is_some_and(u8::is_ascii_digit) => self.number(),
            b'(' | b'[' | b'{' => self.open()?,
            b')' | b']' | b'}' => {
                self.close();
                self.i += 1;
            }
            b',' | b';' => {
                self.reset_level();
                self.i += 1;
            }
            c if is_operator_byte(c) => {
                // Every byte counts: `-~-~...` is one unary operator per byte, each a level
                // of the tree (`**` or `==` counting twice only makes the estimate coarser).
                let start = self.i;
                while self.i < self.b.len() && is_operator_byte(self.b[self.i]) {
                    self.i += 1;
                }
                self.count_n(start, self.i - start)?;
            }
            c if is_identifier_start(c) => self.word()?,
            _ => {
                // Blanks between tokens, skipped in a run rather than one step each.
                self.i += 1;
                while matches!(self.b.get(self.i), Some(b' ' | b'\t')) {
                    self.i += 1;
                }
            }
        }
        Ok(false)
    }

    /// An opening bracket (or the `{` of a replacement field) at `self.i`.
    fn open(&mut self) -> Result<(), TooDeep> {
        self.count(self.i)?;
        self.levels.push(0);
        if self.levels.len() - 1 > MAX_BRACKETS {
            return Err(TooDeep {
                what: "nested brackets",
                limit: MAX_BRACKETS,
                offset: self.i,
            });
        }
        self.i += 1;
        Ok(())
    }

    fn close(&mut self) {
        if self.levels.len() > 1 {
            let popped = self.levels.pop().expect("checked");
            self.chain -= popped;
        }
    }

    fn indentation(&mut self) -> Result<(), TooDeep> {
        let mut width = 0;
        while let Some(&c) = self.b.get(self.i) {
            match c {
                b' ' => width += 1,
                b'\t' => width = (width / 8 + 1) * 8,
                0x0c => width = 0,
                _ => break,
            }
            self.i += 1;
        }
        match self.b.get(self.i) {
            None | Some(b'\n' | b'\r' | b'#' | b'\\') => return Ok(()), // blank or comment line
            _ => {}
        }
        let top = *self.indents.last().expect("outermost indentation");
        if width > top {
            self.indents.push(width);
            if self.indents.len() - 1 > MAX_INDENT {
                return Err(TooDeep {
                    what: "indentation levels",
                    limit: MAX_INDENT,
                    offset: self.i,
                });
            }
        } else {
            while self.indents.len() > 1 && width < *self.indents.last().expect("non-empty") {
                self.indents.pop();
            }
        }
        Ok(())
    }

    fn comment(&mut self) {
        let start = self.i;
        self.i =
            memchr::memchr2(b'\n', b'\r', &self.b[start..]).map_or(self.b.len(), |n| start + n);
        let comment = &self.b[start..self.i];
        if memchr::memmem::find(comment, b"pyjail:").is_none() {
            return;
        }
        if let Some(ids) = parse_suppression(&String::from_utf8_lossy(comment)) {
            self.suppressions.push(Suppression { offset: start, ids });
        }
    }

    fn number(&mut self) {
        while let Some(&c) = self.b.get(self.i) {
            let exponent_sign =
                matches!(c, b'+' | b'-') && matches!(self.b[self.i - 1], b'e' | b'E');
            if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || exponent_sign {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    fn word(&mut self) -> Result<(), TooDeep> {
        let start = self.i;
        self.i += self.b[self.i..]
            .iter()
            .position(|&c| !is_identifier_continue(c))
            .unwrap_or(self.b.len() - self.i);
        let word = &self.b[start..self.i];
        if matches!(self.b.get(self.i), Some(b'"' | b'\'')) && is_string_prefix(word) {
            let prefix = std::str::from_utf8(word).unwrap_or("");
            return self.string(prefix);
        }
        if is_chaining_keyword(word) {
            self.count(start)?;
        }
        Ok(())
    }

    /// Skips a string literal whose quote is at `self.i`. The replacement fields of f- and
    /// t-strings are scanned as code.
    fn string(&mut self, prefix: &str) -> Result<(), TooDeep> {
        let quote = self.b[self.i];
        let kind = StringKind {
            quote,
            triple: self.b[self.i..].starts_with(&[quote; 3]),
            interpolated: prefix
                .bytes()
                .any(|c| matches!(c, b'f' | b'F' | b't' | b'T')),
            raw: prefix.bytes().any(|c| matches!(c, b'r' | b'R')),
        };
        self.i += if kind.triple { 3 } else { 1 };
        let mut named = false;
        while let Some(&c) = self.b.get(self.i) {
            if kind.triple && !named {
                // Docstrings are most of the text: jump to the next byte that matters.
                let rest = &self.b[self.i..];
                let next = if kind.interpolated {
                    memchr::memchr3(quote, b'\\', b'{', rest)
                } else {
                    memchr::memchr2(quote, b'\\', rest)
                };
                let Some(skip) = next else {
                    self.i = self.b.len();
                    return Ok(());
                };
                if skip > 0 {
                    self.i += skip;
                    continue;
                }
            }
            match c {
                b'\\' => named |= self.escape(kind),
                b'\n' | b'\r' if !kind.triple => return Ok(()), // unterminated: the parser says so
                _ if self.closes(kind) => {
                    self.i += if kind.triple { 3 } else { 1 };
                    return Ok(());
                }
                b'}' if named => {
                    named = false;
                    self.i += 1;
                }
                b'{' if kind.interpolated && self.b.get(self.i + 1) == Some(&b'{') => self.i += 2,
                b'{' if kind.interpolated => {
                    if self.field(kind)? {
                        return Ok(());
                    }
                }
                _ => self.i += 1,
            }
        }
        self.i = self.i.min(self.b.len());
        Ok(())
    }

    fn closes(&self, kind: StringKind) -> bool {
        self.b[self.i] == kind.quote
            && (!kind.triple || self.b[self.i..].starts_with(&[kind.quote; 3]))
    }

    /// Skips a backslash in the literal text of a string and what it escapes, as the
    /// tokenizer does: a line end (`\r\n` included), any character, but in f- and t-strings
    /// not a brace (`\{` is a backslash before a field). Returns whether it opened a
    /// character name (`\N{...}`, not in raw strings), whose `}` ends no field.
    fn escape(&mut self, kind: StringKind) -> bool {
        self.i += 1;
        match self.b.get(self.i) {
            Some(b'{' | b'}') if kind.interpolated => false,
            Some(b'N')
                if kind.interpolated && !kind.raw && self.b.get(self.i + 1) == Some(&b'{') =>
            {
                self.i += 2;
                true
            }
            Some(b'\r') => {
                self.i += 1;
                if self.b.get(self.i) == Some(&b'\n') {
                    self.i += 1;
                }
                false
            }
            Some(_) => {
                self.i += 1;
                false
            }
            None => false,
        }
    }

    /// A replacement field from its `{`: an expression (code: nested brackets, strings and
    /// comments as anywhere else), then a conversion and a format spec, which is literal
    /// text with fields of its own. Returns whether the enclosing string ended too (a
    /// malformed field).
    fn field(&mut self, kind: StringKind) -> Result<bool, TooDeep> {
        self.open()?;
        let depth = self.levels.len();
        let mut spec = false;
        let mut named = false;
        while let Some(&c) = self.b.get(self.i) {
            let here = self.levels.len() == depth;
            if spec {
                match c {
                    b'\\' => named |= self.escape(kind),
                    b'\n' | b'\r' if !kind.triple => return Ok(true),
                    _ if self.closes(kind) => {
                        self.i += if kind.triple { 3 } else { 1 };
                        return Ok(true);
                    }
                    b'}' if named => {
                        named = false;
                        self.i += 1;
                    }
                    b'{' => {
                        if self.field(kind)? {
                            return Ok(true);
                        }
                    }
                    b'}' => break,
                    _ => self.i += 1,
                }
                continue;
            }
            match c {
                b'}' if here => break,
                b')' | b']' if here => self.i += 1, // stray: the parser reports it
                b':' if here => {
                    spec = true;
                    self.i += 1;
                }
                b'!' if here && self.b.get(self.i + 1) != Some(&b'=') => {
                    spec = true; // the conversion, then the spec
                    self.i += 1;
                }
                _ => {
                    self.step()?;
                }
            }
        }
        self.close();
        self.i = (self.i + 1).min(self.b.len());
        Ok(false)
    }
}

/// How a string literal is delimited and read.
#[derive(Debug, Clone, Copy)]
struct StringKind {
    quote: u8,
    triple: bool,
    interpolated: bool,
    raw: bool,
}

fn is_operator_byte(c: u8) -> bool {
    matches!(
        c,
        b'+' | b'-'
            | b'*'
            | b'/'
            | b'%'
            | b'@'
            | b'&'
            | b'|'
            | b'^'
            | b'~'
            | b'<'
            | b'>'
            | b'='
            | b'!'
            | b'.'
    )
}

fn is_identifier_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 0x80
}

fn is_identifier_continue(c: u8) -> bool {
    IDENTIFIER_CONTINUE[usize::from(c)]
}

/// `[A-Za-z0-9_]` and every byte of a non-ASCII character, as a table: identifiers are most
/// of the bytes the scan looks at.
const IDENTIFIER_CONTINUE: [bool; 256] = {
    let mut table = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        table[c] = b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80;
        c += 1;
    }
    table
};

fn is_string_prefix(word: &[u8]) -> bool {
    word.len() <= 2 && word.iter().all(|c| b"rRbBuUfFtT".contains(c))
}

fn is_chaining_keyword(word: &[u8]) -> bool {
    matches!(
        word,
        b"not" | b"await" | b"lambda" | b"if" | b"else" | b"and" | b"or" | b"in" | b"is"
    )
}

/// The rule ids of a `# pyjail: ignore[ID, ...]` comment, if the comment is one.
pub(crate) fn parse_suppression(comment: &str) -> Option<Vec<String>> {
    let at = comment.find("pyjail:")?;
    let rest = comment[at + "pyjail:".len()..].trim_start();
    let rest = rest.strip_prefix("ignore")?.trim_start();
    let inner = rest.strip_prefix('[')?;
    let inner = &inner[..inner.find(']')?];
    let ids: Vec<String> = inner
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(|s| s.to_ascii_uppercase())
        .collect();
    (!ids.is_empty()).then_some(ids)
}

/// A PEP 263 encoding declaration CPython would honour but pyjail does not read.
pub(crate) fn unsupported_encoding(src: &str) -> Option<(usize, String)> {
    let mut offset = 0;
    for line in src.split_inclusive('\n').take(2) {
        let trimmed = line.trim_start_matches([' ', '\t', '\x0c', '\u{feff}']);
        if !trimmed.starts_with('#') {
            if trimmed.trim().is_empty() {
                offset += line.len();
                continue;
            }
            return None;
        }
        if let Some(name) = declared_encoding(trimmed) {
            let normalized = name.to_ascii_lowercase().replace('_', "-");
            let readable = [
                "utf-8",
                "utf8",
                "utf-8-sig",
                "ascii",
                "us-ascii",
                "latin-1",
                "latin1",
                "iso-8859-1",
                "iso8859-1",
                "iso-latin-1",
                "l1",
                "cp1252",
                "windows-1252",
                "iso-8859-15",
            ];
            if readable.contains(&normalized.as_str()) || normalized.starts_with("utf-8-") {
                return None;
            }
            return Some((offset + (line.len() - trimmed.len()), name.to_string()));
        }
        offset += line.len();
    }
    None
}

fn declared_encoding(comment: &str) -> Option<&str> {
    let at = comment.find("coding")?;
    let rest = &comment[at + "coding".len()..];
    let rest = rest.strip_prefix([':', '='])?;
    let rest = rest.trim_start_matches([' ', '\t']);
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
        .unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_code_passes_and_collects_suppressions() {
        let src = "def f(x):\n    return x.__globals__  # pyjail: ignore[PJ201, pj202]\n";
        let sups = scan(src).unwrap();
        assert_eq!(sups.len(), 1);
        assert_eq!(sups[0].ids, vec!["PJ201", "PJ202"]);
    }

    #[test]
    fn brackets_beyond_cpython_limit_are_refused() {
        let src = format!("x = {}1{}\n", "(".repeat(201), ")".repeat(201));
        assert_eq!(scan(&src).unwrap_err().what, "nested brackets");
        let ok = format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200));
        assert!(scan(&ok).is_ok());
    }

    #[test]
    fn deep_indentation_is_refused() {
        let mut src = String::new();
        for depth in 0..150 {
            src.push_str(&" ".repeat(depth));
            src.push_str("if x:\n");
        }
        src.push_str(&" ".repeat(150));
        src.push_str("pass\n");
        assert_eq!(scan(&src).unwrap_err().what, "indentation levels");
    }

    #[test]
    fn operator_chains_are_refused_but_long_lists_are_not() {
        let chain = format!("x = {}a\n", "not ".repeat(50_000));
        assert_eq!(scan(&chain).unwrap_err().what, "expression nesting");
        for unary in ["-", "~", "-+~"] {
            let run = format!("x = {}1\n", unary.repeat(30_000));
            assert_eq!(
                scan(&run).unwrap_err().what,
                "expression nesting",
                "{unary}"
            );
        }
        let sum = format!("x = {}\n", vec!["a"; 50_000].join(" + "));
        assert!(scan(&sum).is_err());
        let polynomial = format!("x = {}\n", vec!["3*a**2*b*c**4"; 2000].join(" + "));
        assert!(scan(&polynomial).is_ok());
        let list = format!("x = [{}]\n", vec!["-1"; 50000].join(", "));
        assert!(scan(&list).is_ok());
        let lines = "x = a + b\n".repeat(50000);
        assert!(scan(&lines).is_ok());
    }

    #[test]
    fn strings_and_comments_do_not_count() {
        let src = format!(
            "x = '{}'  # {}\ny = \"\"\"{}\"\"\"\n",
            "(".repeat(500),
            "[".repeat(500),
            "-".repeat(5000)
        );
        assert!(scan(&src).is_ok());
    }

    #[test]
    fn suppression_syntax() {
        assert_eq!(
            parse_suppression("# pyjail: ignore[PJ101]"),
            Some(vec!["PJ101".into()])
        );
        assert_eq!(
            parse_suppression("# noqa  # pyjail:ignore[ PJ1 ,PJ2 ]"),
            Some(vec!["PJ1".into(), "PJ2".into()])
        );
        assert_eq!(parse_suppression("# pyjail: ignore"), None);
        assert_eq!(parse_suppression("# nothing here"), None);
    }

    #[test]
    fn replacement_fields_are_code() {
        // PEP 701: a field may hold strings with the string's own quotes; what follows the
        // f-string on the line is code again, and its brackets count.
        let hidden = format!(
            "x = f\"{{'\"'}}\" + {}1{}\n",
            "(".repeat(300),
            ")".repeat(300)
        );
        assert_eq!(scan(&hidden).unwrap_err().what, "nested brackets");
        let nested = format!("x = f\"{{{}1{}}}\"\n", "[".repeat(300), "]".repeat(300));
        assert_eq!(scan(&nested).unwrap_err().what, "nested brackets");
        let strings = format!("x = f\"{}\"\n", "{f\"".repeat(250));
        assert_eq!(scan(&strings).unwrap_err().what, "nested brackets");
        let specs = format!("x = f\"{{a:{}}}\"\n", "{b:".repeat(300));
        assert_eq!(scan(&specs).unwrap_err().what, "nested brackets");
        let ordinary = "x = f\"{d[\"k\"]!r:>{width}} {{literal}} {a if b else c:{w}.{p}f}\" + t'{x}'\ny = (\n)\n";
        assert!(scan(ordinary).is_ok());
        let triple = "x = f'''{\n    a  # a comment\n}'''\nif x:\n    pass\n";
        assert!(scan(triple).is_ok());
        // A backslash does not escape a brace in an f-string, in raw ones neither, and the
        // braces of a character name are no field.
        for prefix in ["f", "rf", "t"] {
            let escaped = format!(
                "x = {prefix}\"\\{{{}1{}}}\"\n",
                "(".repeat(300),
                ")".repeat(300)
            );
            assert_eq!(
                scan(&escaped).unwrap_err().what,
                "nested brackets",
                "{prefix}"
            );
        }
        let named = format!(
            "x = f\"\\N{{DASH}}{{{}1{}}}\"\n",
            "[".repeat(300),
            "]".repeat(300)
        );
        assert_eq!(scan(&named).unwrap_err().what, "nested brackets");
        assert!(scan("x = f\"\\N{EM DASH} {a}\" + f'\\{b}\\}}'\n").is_ok());
        // A backslash before CR LF continues the string on the next line.
        let continued = format!("x = 'a\\\r\nb' + {}1{}\n", "(".repeat(300), ")".repeat(300));
        assert_eq!(scan(&continued).unwrap_err().what, "nested brackets");
    }

    #[test]
    fn detects_code_hiding_encodings() {
        let src = "# coding: unicode_escape\n#\\x0aprint(1)\n";
        assert_eq!(
            unsupported_encoding(src),
            Some((0, "unicode_escape".into()))
        );
        assert_eq!(
            unsupported_encoding("#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n"),
            None
        );
        assert_eq!(unsupported_encoding("x = 1\n# coding: rot13\n"), None);
    }
}

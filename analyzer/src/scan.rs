//! A cheap lexical pass over the source before it is parsed.
//!
//! The parser and the AST walk recurse, so nesting must be bounded *before* parsing. This
//! pass measures bracket depth, indentation depth and an upper estimate of expression depth
//! (operator chains such as `a+a+a+...` or `not not not ...` nest without brackets), and
//! collects `# pyjail: ignore[...]` comments on the way. It never fails on odd input: it only
//! skips strings and comments well enough to count what is outside them.

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
    /// Consecutive `elif` clauses per indentation level: each nests one `if` deeper.
    elif_runs: Vec<usize>,
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
            elif_runs: vec![0],
            suppressions: Vec::new(),
        }
    }

    fn depth_estimate(&self) -> usize {
        self.chain + self.levels.len() - 1 + self.indents.len() - 1
    }

    fn count(&mut self, offset: usize) -> Result<(), TooDeep> {
        *self.levels.last_mut().expect("outermost level") += 1;
        self.chain += 1;
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
            let c = self.b[self.i];
            match c {
                b'\n' | b'\r' => {
                    self.i += 1;
                    if c == b'\r' && self.b.get(self.i) == Some(&b'\n') {
                        self.i += 1;
                    }
                    if self.levels.len() == 1 {
                        self.reset_level();
                        line_start = true;
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
                b'(' | b'[' | b'{' => {
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
                }
                b')' | b']' | b'}' => {
                    if self.levels.len() > 1 {
                        let popped = self.levels.pop().expect("checked");
                        self.chain -= popped;
                    }
                    self.i += 1;
                }
                b',' | b';' => {
                    self.reset_level();
                    self.i += 1;
                }
                b'+' | b'-' | b'*' | b'/' | b'%' | b'@' | b'&' | b'|' | b'^' | b'~' | b'<'
                | b'>' | b'=' | b'!' | b'.' => {
                    let start = self.i;
                    while self.i < self.b.len() && is_operator_byte(self.b[self.i]) {
                        self.i += 1;
                    }
                    self.count(start)?;
                }
                c if is_identifier_start(c) => self.word()?,
                _ => self.i += 1,
            }
        }
        Ok(())
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
        let level = self.indents.len() - 1;
        self.elif_runs.resize(level + 1, 0);
        let is_elif = self.b[self.i..].starts_with(b"elif")
            && !self
                .b
                .get(self.i + 4)
                .is_some_and(|&c| is_identifier_continue(c));
        if is_elif {
            self.elif_runs[level] += 1;
            if self.elif_runs[level] > MAX_EXPRESSION_DEPTH {
                return Err(TooDeep {
                    what: "elif chain",
                    limit: MAX_EXPRESSION_DEPTH,
                    offset: self.i,
                });
            }
        } else {
            self.elif_runs[level] = 0;
        }
        Ok(())
    }

    fn comment(&mut self) {
        let start = self.i;
        while self.i < self.b.len() && !matches!(self.b[self.i], b'\n' | b'\r') {
            self.i += 1;
        }
        let text = String::from_utf8_lossy(&self.b[start..self.i]);
        if let Some(ids) = parse_suppression(&text) {
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
        while self.i < self.b.len() && is_identifier_continue(self.b[self.i]) {
            self.i += 1;
        }
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

    /// Skips a string literal whose quote is at `self.i`. Operators and brackets inside the
    /// replacement fields of an f-string count towards the depth estimate while it lasts.
    fn string(&mut self, prefix: &str) -> Result<(), TooDeep> {
        let quote = self.b[self.i];
        let triple = self.b[self.i..].starts_with(&[quote; 3]);
        let formatted = prefix.bytes().any(|c| c == b'f' || c == b'F');
        self.i += if triple { 3 } else { 1 };
        let mut field_depth = 0usize;
        let mut counted = 0usize;
        while let Some(&c) = self.b.get(self.i) {
            match c {
                b'\\' => {
                    self.i += 2;
                    continue;
                }
                b'\n' | b'\r' if !triple => break, // unterminated: the parser will say so
                _ if c == quote && (!triple || self.b[self.i..].starts_with(&[quote; 3])) => {
                    self.i += if triple { 3 } else { 1 };
                    break;
                }
                b'{' if formatted => {
                    if field_depth == 0 && self.b.get(self.i + 1) == Some(&b'{') {
                        self.i += 1;
                    } else {
                        field_depth += 1;
                        counted += 1;
                        self.count(self.i)?;
                    }
                }
                b'}' if formatted => field_depth = field_depth.saturating_sub(1),
                _ if field_depth > 0 && (is_operator_byte(c) || matches!(c, b'(' | b'[')) => {
                    counted += 1;
                    self.count(self.i)?;
                }
                _ => {}
            }
            self.i += 1;
        }
        self.i = self.i.min(self.b.len());
        // The whole literal is one operand.
        *self.levels.last_mut().expect("outermost level") -= counted;
        self.chain -= counted;
        Ok(())
    }
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
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

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

/// A construct of newer Python that pyjail's parser (rustpython-parser 0.4) cannot read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unsupported {
    pub offset: usize,
    pub feature: &'static str,
    pub help: &'static str,
}

const PEP_701: &str = "nested f-string quotes, backslashes or comments inside f-string replacement fields (PEP 701, Python 3.12)";
const PEP_701_HELP: &str = "pyjail's parser reads Python up to 3.11 f-strings: use a different quote character inside the replacement field, or move the expression out of the f-string";
const PEP_750: &str = "template strings (PEP 750, Python 3.14)";
const PEP_750_HELP: &str =
    "pyjail's parser does not read t-strings; review this file by other means";

/// Looks for syntax of Python 3.12+ that explains a parse failure at `error_offset`.
/// Only constructs that start on or before the line of the error count.
pub(crate) fn find_unsupported(src: &str, error_offset: usize) -> Option<Unsupported> {
    let b = src.as_bytes();
    let error_line_end = b[error_offset.min(b.len())..]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(b.len(), |p| error_offset + p);
    let mut i = 0;
    while i < b.len() && i <= error_line_end {
        let c = b[i];
        if c == b'#' {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if c == b'"' || c == b'\'' {
            i = skip_plain_string(b, i);
        } else if is_identifier_start(c) {
            let start = i;
            while i < b.len() && is_identifier_continue(b[i]) {
                i += 1;
            }
            let word = &b[start..i];
            if matches!(b.get(i), Some(b'"' | b'\'')) && is_string_prefix(word) {
                if word.iter().any(|c| matches!(c, b't' | b'T')) {
                    return Some(Unsupported {
                        offset: start,
                        feature: PEP_750,
                        help: PEP_750_HELP,
                    });
                }
                if word.iter().any(|c| matches!(c, b'f' | b'F')) {
                    match scan_fstring(b, i) {
                        Ok(end) => i = end,
                        Err(offset) => {
                            return Some(Unsupported {
                                offset,
                                feature: PEP_701,
                                help: PEP_701_HELP,
                            })
                        }
                    }
                } else {
                    i = skip_plain_string(b, i);
                }
            }
        } else {
            i += 1;
        }
    }
    None
}

fn skip_plain_string(b: &[u8], start: usize) -> usize {
    let quote = b[start];
    let triple = b[start..].starts_with(&[quote; 3]);
    let mut i = start + if triple { 3 } else { 1 };
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'\n' if !triple => return i,
            c if c == quote && (!triple || b[i..].starts_with(&[quote; 3])) => {
                return i + if triple { 3 } else { 1 };
            }
            _ => {}
        }
        i += 1;
    }
    b.len()
}

/// Scans an f-string with Python 3.12 rules; `Err` holds the offset of the first construct
/// that older Pythons (and pyjail's parser) reject.
fn scan_fstring(b: &[u8], start: usize) -> Result<usize, usize> {
    let quote = b[start];
    let triple = b[start..].starts_with(&[quote; 3]);
    let closes = |i: usize| b[i] == quote && (!triple || b[i..].starts_with(&[quote; 3]));
    let mut i = start + if triple { 3 } else { 1 };
    // One entry per open replacement field: whether it is in its format spec (literal text
    // with nested fields) rather than in its expression.
    let mut fields: Vec<bool> = Vec::new();
    // Brackets inside the current expression.
    let mut brackets = 0usize;
    while i < b.len() {
        let c = b[i];
        let in_expression = fields.last().is_some_and(|spec| !spec);
        if !in_expression {
            match c {
                b'\\' => i += 1,
                b'\n' if !triple && fields.is_empty() => return Ok(i),
                b'{' if fields.is_empty() && b.get(i + 1) == Some(&b'{') => i += 1,
                b'{' => {
                    fields.push(false);
                    brackets = 0;
                }
                b'}' if !fields.is_empty() => {
                    fields.pop();
                }
                _ if closes(i) => return Ok(i + if triple { 3 } else { 1 }),
                _ => {}
            }
            i += 1;
            continue;
        }
        match c {
            _ if closes(i) => return Err(i),
            b'\\' | b'#' => return Err(i),
            b'\n' if !triple => return Err(i),
            b'"' | b'\'' => {
                i = skip_plain_string(b, i);
                continue;
            }
            b'(' | b'[' | b'{' => brackets += 1,
            b')' | b']' => brackets = brackets.saturating_sub(1),
            b'}' if brackets > 0 => brackets -= 1,
            b'}' => {
                fields.pop();
            }
            b'!' if brackets == 0 && b.get(i + 1) != Some(&b'=') => {
                // A conversion (`!r`): the spec, if any, follows.
                if let Some(top) = fields.last_mut() {
                    *top = true;
                }
            }
            b':' if brackets == 0 => {
                if let Some(top) = fields.last_mut() {
                    *top = true;
                }
            }
            _ => {}
        }
        i += 1;
    }
    Ok(b.len())
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
    fn long_elif_chains_are_refused() {
        let chain = |n: usize| format!("if x:\n    pass\n{}", "elif y:\n    pass\n".repeat(n));
        assert_eq!(scan(&chain(30_000)).unwrap_err().what, "elif chain");
        assert!(scan(&chain(1000)).is_ok());
        // Chains at different levels, or separated by other statements, do not add up.
        let separate = "if x:\n    pass\nelif y:\n    pass\nz = 1\n".repeat(30_000);
        assert!(scan(&separate).is_ok());
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
    fn finds_pep_701_nested_quotes() {
        let src = "x = f\"{d[\"k\"]}\"\n";
        let found = find_unsupported(src, 10).unwrap();
        assert_eq!(found.offset, 9);
        assert!(found.feature.contains("PEP 701"));
        assert_eq!(find_unsupported("x = f\"{d['k']:>{w}}\" + (\n", 20), None);
        // Valid before 3.12: nested fields and dicts inside a format spec.
        let nested = "x = f'{10:#{3 != {4:5} and width}x}' + f'{v!r:>{w}}' + (\n";
        assert_eq!(find_unsupported(nested, nested.len() - 2), None);
    }

    #[test]
    fn finds_template_strings() {
        let found = find_unsupported("x = t\"{y}\"\n", 5).unwrap();
        assert!(found.feature.contains("PEP 750"));
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

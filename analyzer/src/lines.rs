//! Byte offsets to 1-based lines and character columns.

use serde::{Deserialize, Serialize};

/// A 1-based line and a 1-based column counted in characters (not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Start offsets of every line of a source text.
pub(crate) struct LineIndex<'s> {
    text: &'s str,
    starts: Vec<usize>,
}

impl<'s> LineIndex<'s> {
    pub(crate) fn new(text: &'s str) -> Self {
        // Python ends lines at `\n`, `\r\n` and a lone `\r`.
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
                starts.push(i + 1);
            }
        }
        LineIndex { text, starts }
    }

    /// Line of `offset`, 0-based.
    pub(crate) fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    /// Position of a byte offset. A UTF-8 byte order mark does not count as a column.
    pub(crate) fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line = self.line_of(offset);
        let mut start = self.starts[line];
        if line == 0 && self.text.starts_with('\u{feff}') {
            start = start.max(3).min(offset.max(3));
        }
        let prefix = self.text.get(start..offset).unwrap_or_else(|| {
            // Offset inside a character: count up to the character that contains it.
            let mut end = offset;
            while !self.text.is_char_boundary(end) {
                end -= 1;
            }
            &self.text[start.min(end)..end]
        });
        Position {
            line: line + 1,
            column: prefix.chars().count() + 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters() {
        let idx = LineIndex::new("ab\nçé = x\n");
        assert_eq!(idx.position(0), Position { line: 1, column: 1 });
        assert_eq!(idx.position(3), Position { line: 2, column: 1 });
        // "çé " is 5 bytes, 3 characters.
        assert_eq!(idx.position(8), Position { line: 2, column: 4 });
        assert_eq!(idx.position(100), Position { line: 3, column: 1 });
    }

    #[test]
    fn carriage_returns_end_lines_as_in_python() {
        let idx = LineIndex::new("a\r\nb\rc\n");
        assert_eq!(idx.position(3), Position { line: 2, column: 1 });
        assert_eq!(idx.position(5), Position { line: 3, column: 1 });
    }

    #[test]
    fn byte_order_mark_is_not_a_column() {
        let idx = LineIndex::new("\u{feff}x = 1\n");
        assert_eq!(idx.position(3), Position { line: 1, column: 1 });
        assert_eq!(idx.position(4), Position { line: 1, column: 2 });
    }
}

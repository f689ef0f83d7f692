//! Positions in an open document. The protocol counts columns in UTF-16 code
//! units; the analyzer reports byte offsets into the UTF-8 source. A line index
//! built once per text version converts between the two.

use lsp_types::{Position, Range};

/// Byte offsets of line starts. Lines end at `\n`, `\r\n` or a lone `\r`, as in
/// both the protocol and Python's tokenizer.
pub struct LineIndex {
    line_starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i + 1),
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    line_starts.push(i + 2);
                    i += 1;
                }
                b'\r' => line_starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex { line_starts }
    }

    /// The protocol position of a byte offset (clamped to the text and moved
    /// back to a character boundary if it falls inside one).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = floor_char_boundary(text, offset);
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let start = self.line_starts[line];
        let character = text[start..offset].encode_utf16().count();
        Position::new(line as u32, character as u32)
    }

    pub fn range(&self, text: &str, bytes: std::ops::Range<usize>) -> Range {
        Range::new(
            self.position(text, bytes.start),
            self.position(text, bytes.end),
        )
    }

    /// The byte offset of a protocol position. A character past the end of its
    /// line means the end of that line, and a line past the end means the end of
    /// the text, as the specification asks.
    pub fn offset(&self, text: &str, position: Position) -> usize {
        let Some(&start) = self.line_starts.get(position.line as usize) else {
            return text.len();
        };
        let line = &text[start..self.content_end(text, position.line as usize)];
        let mut units = 0;
        for (index, ch) in line.char_indices() {
            if units >= position.character as usize {
                return start + index;
            }
            units += ch.len_utf16();
        }
        start + line.len()
    }

    /// The end of a line's content, before its line break.
    pub fn content_end(&self, text: &str, line: usize) -> usize {
        let end = self
            .line_starts
            .get(line + 1)
            .copied()
            .unwrap_or(text.len());
        let content = &text[self.line_starts[line]..end];
        let trimmed = content.strip_suffix('\n').unwrap_or(content);
        let trimmed = trimmed.strip_suffix('\r').unwrap_or(trimmed);
        self.line_starts[line] + trimmed.len()
    }

    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.line_starts.get(line).copied()
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_utf16_units() {
        let text = "x = \"é😀\"; y = obj.__class__\n";
        let index = LineIndex::new(text);
        let byte = text.find("obj").unwrap();
        // `x = "` is 5 units, é is 1, 😀 is 2 (a surrogate pair), `"; y = ` is 7.
        assert_eq!(index.position(text, byte), Position::new(0, 15));
        assert_eq!(index.offset(text, Position::new(0, 15)), byte);
    }

    #[test]
    fn all_line_endings_count() {
        let text = "a\r\nb\rc\nd";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 4);
        assert_eq!(
            index.position(text, text.find('d').unwrap()),
            Position::new(3, 0)
        );
        assert_eq!(index.content_end(text, 0), 1);
        assert_eq!(index.content_end(text, 1), 4);
    }

    #[test]
    fn positions_past_the_end_are_clamped() {
        let text = "ab\ncd";
        let index = LineIndex::new(text);
        assert_eq!(index.offset(text, Position::new(0, 99)), 2);
        assert_eq!(index.offset(text, Position::new(9, 0)), text.len());
        assert_eq!(index.position(text, 999), Position::new(1, 2));
    }

    #[test]
    fn offsets_inside_a_character_move_back() {
        let text = "é";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 1), Position::new(0, 0));
    }
}

//! The documents the editor has open, kept in sync with incremental edits.

use std::collections::HashMap;
use std::sync::Arc;

use analyzer::{Finding, Linter};
use lsp_types::{TextDocumentContentChangeEvent, Url};

use super::text::LineIndex;

pub struct Document {
    pub text: String,
    pub version: i32,
    pub index: LineIndex,
    /// What the last lint found, and the rules it used (for their explanations).
    pub findings: Vec<Finding>,
    pub linter: Option<Arc<Linter>>,
}

impl Document {
    pub fn new(text: String, version: i32) -> Self {
        let index = LineIndex::new(&text);
        Document {
            text,
            version,
            index,
            findings: Vec::new(),
            linter: None,
        }
    }

    /// Applies the changes in order: each one's range refers to the text left by
    /// the one before it; a change without a range replaces everything.
    pub fn apply(&mut self, changes: Vec<TextDocumentContentChangeEvent>, version: i32) {
        for change in changes {
            match change.range {
                Some(range) => {
                    let start = self.index.offset(&self.text, range.start);
                    let end = self.index.offset(&self.text, range.end).max(start);
                    self.text.replace_range(start..end, &change.text);
                }
                None => self.text = change.text,
            }
            self.index = LineIndex::new(&self.text);
        }
        self.version = version;
    }
}

#[derive(Default)]
pub struct Documents {
    open: HashMap<Url, Document>,
}

impl Documents {
    pub fn open(&mut self, uri: Url, text: String, version: i32) {
        self.open.insert(uri, Document::new(text, version));
    }

    pub fn close(&mut self, uri: &Url) {
        self.open.remove(uri);
    }

    pub fn get(&self, uri: &Url) -> Option<&Document> {
        self.open.get(uri)
    }

    pub fn get_mut(&mut self, uri: &Url) -> Option<&mut Document> {
        self.open.get_mut(uri)
    }

    pub fn uris(&self) -> impl Iterator<Item = &Url> {
        self.open.keys()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lsp_types::{Position, Range};

    fn edit(start: (u32, u32), end: (u32, u32), text: &str) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: Some(Range::new(
                Position::new(start.0, start.1),
                Position::new(end.0, end.1),
            )),
            range_length: None,
            text: text.to_owned(),
        }
    }

    #[test]
    fn incremental_edits_use_utf16_columns() {
        let mut doc = Document::new("s = \"😀\"; t = a.__class__\n".to_owned(), 1);
        // `a.__class__` starts after `s = "😀"; t = `: 4 + 1 + 2 + 1 + 6 = 14 units.
        doc.apply(vec![edit((0, 14), (0, 25), "a")], 2);
        assert_eq!(doc.text, "s = \"😀\"; t = a\n");
        assert_eq!(doc.version, 2);
    }

    #[test]
    fn later_changes_see_earlier_ones() {
        let mut doc = Document::new("ab\n".to_owned(), 1);
        doc.apply(
            vec![edit((0, 0), (0, 0), "x\n"), edit((1, 0), (1, 1), "")],
            2,
        );
        assert_eq!(doc.text, "x\nb\n");
    }
}

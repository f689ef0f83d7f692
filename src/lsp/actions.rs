//! Hover (the rule's explanation) and the quick fix that suppresses a finding.

use std::collections::{HashMap, HashSet};

use analyzer::Finding;
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, Hover, HoverContents,
    HoverParams, MarkupContent, MarkupKind, NumberOrString, Position, Range, TextEdit,
    WorkspaceEdit,
};

use super::analysis::Outcome;
use super::diagnostics::SOURCE;
use super::documents::{Document, Documents};

/// The suppression comment, as the analyzer reads it: `# pyjail: ignore[ID, ...]`.
const MARKER: &str = "# pyjail: ignore[";

/// The explanation of every finding under the cursor, exactly as
/// `pyjail explain ID` prints it.
pub fn hover(documents: &Documents, params: &HoverParams) -> Option<Hover> {
    let at = &params.text_document_position_params;
    let document = documents.get(&at.text_document.uri)?;
    let offset = document.index.offset(&document.text, at.position);
    let under_cursor: Vec<&Finding> = document
        .findings
        .iter()
        .filter(|finding| {
            let (start, end) = finding.range;
            start <= offset && (offset < end || offset == start)
        })
        .collect();
    let first = under_cursor.first()?;
    let mut seen = HashSet::new();
    let explanations: Vec<String> = under_cursor
        .iter()
        .filter(|finding| seen.insert(finding.rule_id.clone()))
        .filter_map(|finding| {
            Some(
                document
                    .linter
                    .as_ref()?
                    .rules()
                    .get(&finding.rule_id)?
                    .to_markdown(),
            )
        })
        .collect();
    if explanations.is_empty() {
        return None;
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: explanations.join("\n---\n\n"),
        }),
        range: Some(
            document
                .index
                .range(&document.text, first.range.0..first.range.1),
        ),
    })
}

/// One "suppress" quick fix per rule and line among the findings in the
/// requested range. Each fix is checked before it is offered: the edited text
/// must still parse and must no longer have that finding on that line (a line
/// that ends inside a string or after a backslash cannot take a comment).
pub fn code_actions(
    documents: &Documents,
    params: &CodeActionParams,
    mut reanalyse: impl FnMut(&str) -> Outcome,
) -> Vec<CodeActionOrCommand> {
    let Some(document) = documents.get(&params.text_document.uri) else {
        return Vec::new();
    };
    let wanted = &params.context.only;
    if wanted.as_ref().is_some_and(|kinds| {
        !kinds
            .iter()
            .any(|kind| kind.as_str().starts_with("quickfix"))
    }) {
        return Vec::new();
    }
    let mut offered = HashSet::new();
    let mut actions = Vec::new();
    for finding in &document.findings {
        let range = document
            .index
            .range(&document.text, finding.range.0..finding.range.1);
        if !overlaps(range, params.range) {
            continue;
        }
        let line = range.start.line;
        if !offered.insert((line, finding.rule_id.clone())) {
            continue;
        }
        let Some(edit) = suppression(document, line, &finding.rule_id) else {
            continue;
        };
        if !suppresses(document, &edit, line, &finding.rule_id, &mut reanalyse) {
            continue;
        }
        let diagnostics = params
            .context
            .diagnostics
            .iter()
            .filter(|d| {
                d.source.as_deref() == Some(SOURCE)
                    && d.code == Some(NumberOrString::String(finding.rule_id.to_string()))
                    && d.range.start.line == line
            })
            .cloned()
            .collect::<Vec<_>>();
        actions.push(CodeActionOrCommand::CodeAction(CodeAction {
            title: format!(
                "Suppress {} on this line (# pyjail: ignore[{}])",
                finding.rule_id, finding.rule_id
            ),
            kind: Some(CodeActionKind::QUICKFIX),
            diagnostics: (!diagnostics.is_empty()).then_some(diagnostics),
            edit: Some(WorkspaceEdit {
                changes: Some(HashMap::from([(
                    params.text_document.uri.clone(),
                    vec![edit],
                )])),
                ..WorkspaceEdit::default()
            }),
            ..CodeAction::default()
        }));
    }
    actions
}

fn overlaps(a: Range, b: Range) -> bool {
    a.start <= b.end && b.start <= a.end
}

/// The edit that adds `rule_id` to the line's suppression comment, or appends
/// one at the end of the line.
pub fn suppression(document: &Document, line: u32, rule_id: &str) -> Option<TextEdit> {
    let start = document.index.line_start(line as usize)?;
    let end = document.index.content_end(&document.text, line as usize);
    let content = &document.text[start..end];
    let at = |byte: usize| document.index.position(&document.text, start + byte);
    if let Some((ids_start, close)) = existing_suppression(content) {
        let ids = &content[ids_start..close];
        if ids
            .split([',', ' '])
            .any(|id| id.trim().eq_ignore_ascii_case(rule_id))
        {
            return None;
        }
        let separator = if ids.trim().is_empty() { "" } else { ", " };
        let position = at(close);
        return Some(TextEdit::new(
            Range::new(position, position),
            format!("{separator}{rule_id}"),
        ));
    }
    let padding = if content.trim_end().len() < content.len() || content.is_empty() {
        ""
    } else {
        "  "
    };
    let position: Position = at(content.len());
    Some(TextEdit::new(
        Range::new(position, position),
        format!("{padding}{MARKER}{rule_id}]"),
    ))
}

/// The byte range of the ids inside a suppression comment already on the
/// line (`# pyjail: ignore[` ... `]`, spaces allowed around `ignore` as the
/// analyzer allows them), ending at the `]`.
fn existing_suppression(line: &str) -> Option<(usize, usize)> {
    let comment = line.find('#')?;
    let tag = comment + line[comment..].find("pyjail:")? + "pyjail:".len();
    let rest = line[tag..].trim_start();
    let rest = rest.strip_prefix("ignore")?.trim_start();
    let inner = rest.strip_prefix('[')?;
    let ids_start = line.len() - inner.len();
    Some((ids_start, ids_start + inner.find(']')?))
}

fn suppresses(
    document: &Document,
    edit: &TextEdit,
    line: u32,
    rule_id: &str,
    reanalyse: &mut impl FnMut(&str) -> Outcome,
) -> bool {
    let offset = document.index.offset(&document.text, edit.range.start);
    let mut edited = document.text.clone();
    edited.insert_str(offset, &edit.new_text);
    let outcome = reanalyse(&edited);
    // The edit must not break the text. A file that already does not parse
    // (elsewhere: findings are still reported around the error) may keep
    // its error, at the same line with the same message.
    if let Some(error) = &outcome.parse_error {
        let same =
            |e: &analyzer::SourceError| (e.location().map(|at| at.start.line), e.to_string());
        if reanalyse(&document.text).parse_error.as_ref().map(same) != Some(same(error)) {
            return false;
        }
    }
    let index = super::text::LineIndex::new(&edited);
    !outcome.findings.iter().any(|finding| {
        finding.rule_id == rule_id && index.position(&edited, finding.range.0).line == line
    })
}

//! Rule files: YAML, `version: 1`, a list of rules. Errors name the file, the line and the
//! field.

use std::path::{Path, PathBuf};

use miette::{Diagnostic, NamedSource, SourceSpan};
use serde::{Deserialize, Deserializer};

use super::{Matcher, Rule, RuleDoc, RuleKind, RuleSet};
use crate::capability::Capability;
use crate::severity::Severity;

/// A rule file pyjail cannot use, or a rule selector that names no rule.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum RulesError {
    #[error("cannot read rules from {path}: {source}")]
    #[diagnostic(code(pyjail::rules::io))]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },

    #[error("no rule files (*.yaml) in directory {path}")]
    #[diagnostic(code(pyjail::rules::io))]
    EmptyDirectory { path: String },

    #[error("{path}:{line}:{column}: invalid rule file, field `{field}`: {message}")]
    #[diagnostic(code(pyjail::rules::invalid))]
    Invalid {
        path: String,
        line: usize,
        column: usize,
        field: String,
        message: String,
        #[source_code]
        src: NamedSource<String>,
        #[label("{message}")]
        span: SourceSpan,
    },

    #[error("unknown rule selector `{selector}`{}", did_you_mean(suggestions))]
    #[diagnostic(
        code(pyjail::rules::selector),
        help("`pyjail rules` lists every rule id, name and category")
    )]
    UnknownSelector {
        selector: String,
        suggestions: Vec<String>,
    },
}

fn did_you_mean(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        String::new()
    } else {
        format!(" (did you mean {}?)", suggestions.join(", "))
    }
}

/// The files a `--rules` path stands for.
pub(super) fn rule_files(path: &Path) -> Result<Vec<PathBuf>, RulesError> {
    let io = |source| RulesError::Io {
        path: path.display().to_string(),
        source,
    };
    if !path.is_dir() {
        std::fs::metadata(path).map_err(io)?;
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    for entry in std::fs::read_dir(path).map_err(io)? {
        let file = entry.map_err(io)?.path();
        if file.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            files.push(file);
        }
    }
    if files.is_empty() {
        return Err(RulesError::EmptyDirectory {
            path: path.display().to_string(),
        });
    }
    files.sort();
    Ok(files)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    version: u32,
    #[serde(default)]
    rules: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    #[serde(deserialize_with = "rule_id")]
    id: String,
    name: Option<String>,
    severity: Option<Severity>,
    category: Option<String>,
    capability: Option<Capability>,
    message: Option<String>,
    description: Option<String>,
    rationale: Option<String>,
    example: Option<String>,
    fix: Option<String>,
    references: Option<Vec<String>>,
    enabled: Option<bool>,
    #[serde(rename = "match")]
    matcher: Option<RawMatch>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMatch {
    #[serde(default)]
    attributes: Vec<String>,
    #[serde(default)]
    identifiers: Vec<String>,
    #[serde(default)]
    qualified: Vec<String>,
    #[serde(default)]
    imports: Vec<String>,
}

fn rule_id<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let id = String::deserialize(deserializer)?;
    let well_formed =
        id.len() == 5 && id.starts_with("PJ") && id[2..].bytes().all(|b| b.is_ascii_digit());
    if well_formed {
        Ok(id)
    } else {
        Err(serde::de::Error::custom(format!(
            "rule id `{id}` is not `PJ` followed by three digits"
        )))
    }
}

struct FileContext<'t> {
    path: &'t str,
    text: &'t str,
}

impl FileContext<'_> {
    fn error(&self, offset: usize, field: &str, message: String) -> RulesError {
        let offset = offset.min(self.text.len());
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        let width = self.text[offset..]
            .find('\n')
            .unwrap_or(self.text.len() - offset)
            .max(1);
        RulesError::Invalid {
            path: self.path.to_string(),
            line,
            column,
            field: field.to_string(),
            message,
            src: NamedSource::new(self.path, self.text.to_string()),
            span: (offset, width.min(self.text.len().saturating_sub(offset))).into(),
        }
    }

    /// Offset of the `id: PJxxx` line of a rule, for errors found after parsing.
    fn rule_offset(&self, id: &str) -> usize {
        self.text
            .match_indices(id)
            .find(|(at, _)| {
                let line_start = self.text[..*at].rfind('\n').map_or(0, |p| p + 1);
                self.text[line_start..*at]
                    .trim_start_matches([' ', '-'])
                    .trim_end()
                    .trim_end_matches(['"', '\''])
                    .trim_end()
                    == "id:"
            })
            .map_or(0, |(at, _)| at)
    }

    fn field_offset(&self, id: &str, field: &str) -> usize {
        let start = self.rule_offset(id);
        let next_rule = self.text[start..]
            .find("\n  - ")
            .map_or(self.text.len(), |p| start + p);
        self.text[start..next_rule]
            .find(&format!("{field}:"))
            .map_or(start, |p| start + p)
    }
}

/// Applies one rule file to a rule set.
pub(super) fn apply(set: &mut RuleSet, path: &str, text: &str) -> Result<(), RulesError> {
    let cx = FileContext { path, text };
    let file: RawFile = serde_yaml::from_str(text).map_err(|err| {
        let offset = err.location().map_or(0, |l| l.index());
        let message = err.to_string();
        // serde_yaml starts its message with the path of the offending field.
        let field = message
            .split_once(": ")
            .map(|(path, _)| path.to_string())
            .filter(|p| !p.contains(' '))
            .unwrap_or_else(|| "(document)".to_string());
        let message = message
            .split(" at line ")
            .next()
            .unwrap_or(&message)
            .to_string();
        cx.error(offset, &field, message)
    })?;
    apply_file(set, &cx, file)
}

/// Applies a built-in rule file, converted to JSON when pyjail was built (`build.rs`):
/// the same document, the same checks, without parsing YAML at every start.
pub(super) fn apply_embedded(set: &mut RuleSet, path: &str, json: &str) -> Result<(), RulesError> {
    let cx = FileContext { path, text: json };
    let file: RawFile =
        serde_json::from_str(json).map_err(|err| cx.error(0, "(document)", err.to_string()))?;
    apply_file(set, &cx, file)
}

fn apply_file(set: &mut RuleSet, cx: &FileContext, file: RawFile) -> Result<(), RulesError> {
    let text = cx.text;
    if file.version != 1 {
        let offset = text.find("version").unwrap_or(0);
        return Err(cx.error(
            offset,
            "version",
            format!("unsupported version {}, expected 1", file.version),
        ));
    }
    for raw in file.rules {
        apply_rule(set, cx, raw)?;
    }
    Ok(())
}

fn apply_rule(set: &mut RuleSet, cx: &FileContext, raw: RawRule) -> Result<(), RulesError> {
    let matcher = raw
        .matcher
        .as_ref()
        .map(|m| validate_match(cx, &raw.id, m))
        .transpose()?;
    match set.position(&raw.id) {
        Some(index) => {
            let rule = &mut set.rules[index];
            if rule.doc.kind == RuleKind::Semantic && matcher.is_some() {
                return Err(cx.error(
                    cx.field_offset(&raw.id, "match"),
                    "match",
                    format!(
                        "{} is a semantic rule: its metadata can be changed, its matching cannot",
                        raw.id
                    ),
                ));
            }
            let explicit_description = raw.description.is_some();
            if let Some(enabled) = raw.enabled {
                rule.enabled = enabled;
            }
            override_doc(&mut rule.doc, raw, cx.path);
            if let Some(m) = matcher {
                if !explicit_description {
                    rule.doc.description = m.describe();
                }
                rule.doc.example_name = m.example_name();
                rule.matcher = Some(m);
            }
            Ok(())
        }
        None => {
            // Located only when it is needed: a search of the file per rule.
            let missing = |field: &str| {
                cx.error(
                    cx.rule_offset(&raw.id),
                    field,
                    format!("new rule {} needs `{field}`", raw.id),
                )
            };
            let enabled = raw.enabled.unwrap_or(true);
            let doc = RuleDoc {
                id: raw.id.clone(),
                name: raw.name.ok_or_else(|| missing("name"))?,
                severity: raw.severity.ok_or_else(|| missing("severity"))?,
                category: raw.category.ok_or_else(|| missing("category"))?,
                capability: raw.capability.ok_or_else(|| missing("capability"))?,
                message: raw.message.ok_or_else(|| missing("message"))?,
                description: String::new(),
                rationale: raw.rationale.ok_or_else(|| missing("rationale"))?,
                example: raw.example.ok_or_else(|| missing("example"))?,
                fix: raw.fix.ok_or_else(|| missing("fix"))?,
                references: raw.references.unwrap_or_default(),
                kind: RuleKind::Pattern,
                origin: cx.path.to_string(),
                example_name: String::new(),
            };
            let matcher = matcher.ok_or_else(|| missing("match"))?;
            let mut doc = doc;
            doc.description = raw.description.unwrap_or_else(|| matcher.describe());
            doc.example_name = matcher.example_name();
            set.rules.push(Rule {
                doc,
                enabled,
                matcher: Some(matcher),
            });
            Ok(())
        }
    }
}

fn override_doc(doc: &mut RuleDoc, raw: RawRule, origin: &str) {
    let RawRule {
        name,
        severity,
        category,
        capability,
        message,
        description,
        rationale,
        example,
        fix,
        references,
        ..
    } = raw;
    if let Some(v) = name {
        doc.name = v;
    }
    if let Some(v) = severity {
        doc.severity = v;
    }
    if let Some(v) = category {
        doc.category = v;
    }
    if let Some(v) = capability {
        doc.capability = v;
    }
    if let Some(v) = message {
        doc.message = v;
    }
    if let Some(v) = description {
        doc.description = v;
    }
    if let Some(v) = rationale {
        doc.rationale = v;
    }
    if let Some(v) = example {
        doc.example = v;
    }
    if let Some(v) = fix {
        doc.fix = v;
    }
    if let Some(v) = references {
        doc.references = v;
    }
    doc.origin = origin.to_string();
}

fn validate_match(cx: &FileContext, id: &str, raw: &RawMatch) -> Result<Matcher, RulesError> {
    // Located only when it is needed: a search of the file per rule.
    let offset = || cx.field_offset(id, "match");
    let all = raw
        .attributes
        .iter()
        .chain(&raw.identifiers)
        .chain(&raw.qualified)
        .chain(&raw.imports);
    if all.clone().next().is_none() {
        return Err(cx.error(offset(), "match", format!("rule {id} matches nothing")));
    }
    for name in all {
        let body = name.strip_suffix('*').unwrap_or(name);
        let well_formed = !body.is_empty()
            && !body.contains('*')
            && body
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '.');
        if !well_formed {
            return Err(cx.error(
                offset(),
                "match",
                format!("`{name}` is not a Python name (a `*` may only end a qualified name)"),
            ));
        }
    }
    for name in raw
        .attributes
        .iter()
        .chain(&raw.identifiers)
        .chain(&raw.imports)
    {
        if name.ends_with('*') {
            return Err(cx.error(
                offset(),
                "match",
                format!("`{name}`: only `qualified` names may end in `*`"),
            ));
        }
    }
    Ok(Matcher {
        attributes: raw.attributes.clone(),
        identifiers: raw.identifiers.clone(),
        qualified: raw.qualified.clone(),
        imports: raw.imports.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply_text(text: &str) -> Result<RuleSet, RulesError> {
        let mut set = RuleSet::embedded();
        apply(&mut set, "extra.yaml", text)?;
        Ok(set)
    }

    fn invalid(err: RulesError) -> (usize, String, String) {
        match err {
            RulesError::Invalid {
                line,
                field,
                message,
                ..
            } => (line, field, message),
            other => panic!("unexpected {other:?}"),
        }
    }

    const NEW_RULE: &str = "version: 1\nrules:\n  - id: PJ901\n    name: no-eval-helper\n    severity: medium\n    category: custom\n    capability: code-exec\n    message: \"`{name}` is banned here\"\n    rationale: r\n    example: e\n    fix: f\n    match:\n      qualified: [mylib.run_code]\n";

    #[test]
    fn adds_overrides_and_disables_rules() {
        let set = apply_text(NEW_RULE).unwrap();
        assert_eq!(set.get("PJ901").unwrap().origin, "extra.yaml");
        let set = apply_text("version: 1\nrules:\n  - id: PJ110\n    severity: high\n  - id: PJ101\n    enabled: false\n").unwrap();
        assert_eq!(set.get("PJ110").unwrap().severity, Severity::High);
        assert!(set.rules().all(|d| d.id != "PJ101"));
    }

    #[test]
    fn bad_severity_names_line_and_field() {
        let text = NEW_RULE.replace("severity: medium", "severity: severe");
        let (line, field, message) = invalid(apply_text(&text).unwrap_err());
        assert_eq!(line, 5);
        assert!(field.contains("severity"), "{field}");
        assert!(message.contains("severe"), "{message}");
    }

    #[test]
    fn bad_capability_names_line_and_choices() {
        let text = NEW_RULE.replace("capability: code-exec", "capability: exec");
        let (line, field, message) = invalid(apply_text(&text).unwrap_err());
        assert_eq!(line, 7);
        assert!(field.contains("capability"), "{field}");
        assert!(message.contains("code-exec"), "{message}");
        let (line, field, _) =
            invalid(apply_text(&NEW_RULE.replace("    capability: code-exec\n", "")).unwrap_err());
        assert_eq!((line, field.as_str()), (3, "capability"));
    }

    #[test]
    fn missing_field_of_new_rule_is_named() {
        let text = NEW_RULE.replace("    category: custom\n", "");
        let (line, field, _) = invalid(apply_text(&text).unwrap_err());
        assert_eq!((line, field.as_str()), (3, "category"));
    }

    #[test]
    fn unknown_field_and_bad_id_are_rejected() {
        let (_, field, message) =
            invalid(apply_text(&NEW_RULE.replace("fix: f", "fixx: f")).unwrap_err());
        assert!(
            field.contains("rules[0]") && message.contains("fixx"),
            "{field} {message}"
        );
        let (line, _, message) = invalid(apply_text(&NEW_RULE.replace("PJ901", "X1")).unwrap_err());
        assert_eq!(line, 3);
        assert!(message.contains("three digits"), "{message}");
    }

    #[test]
    fn semantic_matching_cannot_be_replaced() {
        let text = "version: 1\nrules:\n  - id: PJ110\n    match:\n      attributes: [x]\n";
        let (line, field, _) = invalid(apply_text(text).unwrap_err());
        assert_eq!((line, field.as_str()), (4, "match"));
    }

    #[test]
    fn misplaced_glob_is_rejected() {
        let text = NEW_RULE.replace("qualified: [mylib.run_code]", "attributes: [\"__x*\"]");
        let (_, field, message) = invalid(apply_text(&text).unwrap_err());
        assert_eq!(field, "match");
        assert!(message.contains("qualified"), "{message}");
    }
}

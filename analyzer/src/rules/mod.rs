//! The rule set: documentation and matching data of every rule.
//!
//! Pattern rules (a dangerous attribute, identifier, qualified name or import) are data in
//! `rules/analyzer/*.yaml`, embedded in the binary and extendable from disk. Semantic rules
//! are Rust modules under `semantic/`; a rule file may change their metadata (severity,
//! message, ...) or disable them, not their logic.

mod patterns;
mod yaml;

use std::path::PathBuf;

use serde::Serialize;

pub(crate) use patterns::{Patterns, RuleIdx};
pub use yaml::RulesError;

use crate::capability::Capability;
use crate::semantic;
use crate::severity::Severity;

/// Where a rule's logic lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleKind {
    /// Matching data in a YAML rule file.
    Pattern,
    /// A Rust module of the analyzer.
    Semantic,
}

/// Everything a user (or an editor hover) needs to know about a rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleDoc {
    pub id: String,
    pub name: String,
    pub severity: Severity,
    pub category: String,
    /// What code this rule finds can reach; the threat report joins findings, audit
    /// events and kernel denials on it.
    pub capability: Capability,
    /// One-line description of a finding; `{name}` stands for the matched name.
    pub message: String,
    /// What the rule finds, in a sentence or two.
    pub description: String,
    /// Why the construct is dangerous.
    pub rationale: String,
    pub example: String,
    /// How to fix the code or suppress the finding.
    pub fix: String,
    pub references: Vec<String>,
    pub kind: RuleKind,
    /// The rule file the rule (or its last override) comes from.
    pub origin: String,
    /// What `{name}` stands for in `summary()`.
    #[serde(skip)]
    pub(crate) example_name: String,
}

impl RuleDoc {
    /// The rule's documentation as Markdown: what `pyjail explain` prints and what an editor
    /// hover shows.
    pub fn to_markdown(&self) -> String {
        let mut out = format!(
            "# {} {}\n\nseverity: **{}** · capability: {} · category: {} · {} rule\n\n## What it finds\n\n{}\n\n## Why is this dangerous\n\n{}\n\n## Example\n\n```python\n{}\n```\n\n## How to fix or suppress\n\n{}\n",
            self.id,
            self.name,
            self.severity,
            self.capability,
            self.category,
            match self.kind {
                RuleKind::Pattern => "pattern",
                RuleKind::Semantic => "semantic",
            },
            self.description.trim_end(),
            self.rationale.trim_end(),
            self.example.trim_end(),
            self.fix.trim_end(),
        );
        if !self.references.is_empty() {
            out.push_str("\n## References\n\n");
            for reference in &self.references {
                out.push_str(&format!("- {reference}\n"));
            }
        }
        out
    }

    /// The message with a representative name in place of `{name}`, for rule lists.
    pub fn summary(&self) -> String {
        self.message.replace("{name}", &self.example_name)
    }

    /// The first paragraph of the fix text, as a one-line hint.
    pub fn help(&self) -> String {
        let first = self.fix.split("\n\n").next().unwrap_or("");
        first.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Matcher {
    /// "What it finds" for a pattern rule, from what it matches.
    pub(crate) fn describe(&self) -> String {
        let mut parts = Vec::new();
        if !self.attributes.is_empty() {
            parts.push(format!(
                "The attribute {} on any object: written directly, computed for `getattr`/`setattr`/`delattr`/`operator.attrgetter` (concatenation, formatting, slicing, decoding are folded; `hasattr` only answers whether it is there and is not reported), inside format strings (`\"{{0.name}}\".format(x)`), or looked up in `__dict__`/`vars()`. Identifiers are NFKC-normalised first, as CPython does.",
                quoted(&self.attributes)
            ));
        }
        if !self.identifiers.is_empty() {
            parts.push(format!(
                "The name {} when it is not bound in the file (the builtin or module global).",
                quoted(&self.identifiers)
            ));
        }
        if !self.qualified.is_empty() {
            parts.push(format!(
                "Uses of {} (`*` matches any suffix), after resolving imports, aliases (`import os as o`, `from os import system as s`, `s = os.system`), `getattr` with folded names, `__import__`/`importlib.import_module` of constant names and `sys.modules[...]`.",
                quoted(&self.qualified)
            ));
            let distinctive = patterns::distinctive_members_of(&self.qualified);
            if !distinctive.is_empty() {
                parts.push(format!(
                    "The member names {} belong to these APIs only: built by the code rather than written out (`\"po\" + \"pen\"`, a decoding helper), they are reported as the shortest API of that name (`popen` as `os.popen`) even when looked up on an object found at run time.",
                    quoted(&distinctive)
                ));
            }
        }
        if !self.imports.is_empty() {
            parts.push(format!(
                "Imports of {} (also as a package parent: `import ctypes.util`). When the file uses the module in a way another rule reports, that finding replaces this one.",
                quoted(&self.imports)
            ));
        }
        parts.join("\n\n")
    }

    pub(crate) fn example_name(&self) -> String {
        let first = self
            .attributes
            .iter()
            .chain(&self.identifiers)
            .chain(&self.qualified)
            .chain(&self.imports)
            .next();
        first.map_or_else(|| "…".into(), |n| n.trim_end_matches('*').to_string())
    }
}

/// What a pattern rule matches.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Matcher {
    pub attributes: Vec<String>,
    pub identifiers: Vec<String>,
    pub qualified: Vec<String>,
    pub imports: Vec<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct Rule {
    pub doc: RuleDoc,
    pub enabled: bool,
    pub matcher: Option<Matcher>,
}

/// All rules pyjail knows, each enabled or not.
#[derive(Debug, Clone)]
pub struct RuleSet {
    rules: Vec<Rule>,
}

/// The built-in rule files (`rules/analyzer/*.yaml`) by name, as JSON (`build.rs`).
const EMBEDDED: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

impl RuleSet {
    /// The built-in rules: the semantic rules and the embedded rule files.
    pub fn embedded() -> RuleSet {
        let mut set = RuleSet::semantic_only();
        for (name, text) in EMBEDDED {
            yaml::apply_embedded(&mut set, &format!("embedded:{name}"), text)
                .expect("embedded rule files are valid (checked by the test suite)");
        }
        set
    }

    /// The built-in rules with rule files layered on top, in order. A directory stands for
    /// every `*.yaml` file in it (sorted by name). A rule whose id exists replaces its
    /// metadata (and, for pattern rules, its matching); a new id adds a rule;
    /// `enabled: false` turns a rule off.
    pub fn load<P: Into<PathBuf> + Clone>(paths: &[P]) -> Result<RuleSet, RulesError> {
        let mut set = RuleSet::embedded();
        for path in paths {
            for file in yaml::rule_files(&path.clone().into())? {
                let text = std::fs::read_to_string(&file).map_err(|source| RulesError::Io {
                    path: file.display().to_string(),
                    source,
                })?;
                yaml::apply(&mut set, &file.display().to_string(), &text)?;
            }
        }
        Ok(set)
    }

    fn semantic_only() -> RuleSet {
        let rules = semantic::Semantic::ALL
            .iter()
            .map(|rule| Rule {
                doc: rule.meta().doc(),
                enabled: true,
                matcher: None,
            })
            .collect();
        RuleSet { rules }
    }

    /// Enabled rules, in id order.
    pub fn rules(&self) -> impl Iterator<Item = &RuleDoc> {
        let mut docs: Vec<&RuleDoc> = self
            .rules
            .iter()
            .filter(|r| r.enabled)
            .map(|r| &r.doc)
            .collect();
        docs.sort_by(|a, b| a.id.cmp(&b.id));
        docs.into_iter()
    }

    /// A rule by id (any case) or by name, enabled or not.
    pub fn get(&self, id_or_name: &str) -> Option<&RuleDoc> {
        self.rules
            .iter()
            .map(|r| &r.doc)
            .find(|d| d.id.eq_ignore_ascii_case(id_or_name) || d.name == id_or_name)
    }

    /// Rules whose id or name is close to `query`, for "did you mean" messages.
    pub fn suggest(&self, query: &str) -> Vec<&RuleDoc> {
        let query = query.to_ascii_lowercase();
        let mut scored: Vec<(usize, &RuleDoc)> = self
            .rules
            .iter()
            .map(|r| &r.doc)
            .filter_map(|d| {
                let id = d.id.to_ascii_lowercase();
                let distance = edit_distance(&query, &id).min(edit_distance(&query, &d.name));
                let related =
                    d.name.contains(&query) || (query.len() >= 3 && id.starts_with(&query));
                (distance <= 2 || related).then_some((if related { 0 } else { distance }, d))
            })
            .collect();
        scored.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.id.cmp(&b.1.id)));
        scored.into_iter().take(5).map(|(_, d)| d).collect()
    }

    /// Restricts the enabled rules: with a non-empty `select`, only rules matching one of its
    /// selectors stay on; then rules matching `ignore` go off. A selector is a rule id, an id
    /// prefix (`PJ1`), a rule name, a category, a capability or `ALL` ([`selector_matches`]).
    /// A selector that matches no rule is an error.
    pub fn select(&mut self, select: &[String], ignore: &[String]) -> Result<(), RulesError> {
        for selector in select.iter().chain(ignore) {
            if !self
                .rules
                .iter()
                .any(|r| selector_matches(selector, r.doc.as_ref()))
            {
                return Err(RulesError::UnknownSelector {
                    selector: selector.clone(),
                    suggestions: self
                        .suggest(selector)
                        .iter()
                        .map(|d| d.id.clone())
                        .collect(),
                });
            }
        }
        for rule in &mut self.rules {
            if !select.is_empty()
                && !select
                    .iter()
                    .any(|s| selector_matches(s, rule.doc.as_ref()))
            {
                rule.enabled = false;
            }
            if ignore
                .iter()
                .any(|s| selector_matches(s, rule.doc.as_ref()))
            {
                rule.enabled = false;
            }
        }
        Ok(())
    }

    pub(crate) fn rule(&self, idx: RuleIdx) -> &Rule {
        &self.rules[idx.0]
    }

    pub(crate) fn all(&self) -> &[Rule] {
        &self.rules
    }

    fn position(&self, id: &str) -> Option<usize> {
        self.rules.iter().position(|r| r.doc.id == id)
    }
}

/// What a selector is matched against: a rule, or the rule of a finding.
#[derive(Debug, Clone, Copy)]
pub struct RuleRef<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub category: &'a str,
    pub capability: Capability,
}

impl RuleDoc {
    pub fn as_ref(&self) -> RuleRef<'_> {
        RuleRef {
            id: &self.id,
            name: &self.name,
            category: &self.category,
            capability: self.capability,
        }
    }
}

impl crate::Finding {
    pub fn rule_ref(&self) -> RuleRef<'_> {
        RuleRef {
            id: &self.rule_id,
            name: &self.name,
            category: &self.category,
            capability: self.capability,
        }
    }
}

impl crate::LeftOut {
    pub fn rule_ref(&self) -> RuleRef<'_> {
        RuleRef {
            id: &self.rule_id,
            name: &self.name,
            category: &self.category,
            capability: self.capability,
        }
    }
}

/// The one selector language of the command line, configuration files, the language
/// server and the report: `ALL`, a rule id or a prefix of one (`PJ1`, any case), a rule
/// name, a category or a capability (`network`).
pub fn selector_matches(selector: &str, rule: RuleRef<'_>) -> bool {
    let selector = selector.trim();
    !selector.is_empty()
        && (selector == "ALL"
            || rule
                .id
                .get(..selector.len())
                .is_some_and(|prefix| prefix.eq_ignore_ascii_case(selector))
            || rule.name == selector
            || rule.category == selector
            || rule.capability.as_str() == selector)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_rules_load_with_unique_well_formed_ids() {
        let set = RuleSet::embedded();
        let mut ids: Vec<&str> = set.rules().map(|d| d.id.as_str()).collect();
        let count = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), count);
        assert!(count >= 35, "{count} rules");
        for doc in set.rules() {
            assert!(doc.id.len() == 5 && doc.id.starts_with("PJ"), "{}", doc.id);
            assert!(
                !doc.rationale.trim().is_empty(),
                "{} has no rationale",
                doc.id
            );
            assert!(!doc.example.trim().is_empty(), "{} has no example", doc.id);
            assert!(!doc.fix.trim().is_empty(), "{} has no fix", doc.id);
            assert!(
                doc.fix.contains(&format!("ignore[{}]", doc.id)),
                "{} fix must show its suppression",
                doc.id
            );
        }
    }

    #[test]
    fn lookup_and_suggestions() {
        let set = RuleSet::embedded();
        assert_eq!(set.get("pj201").unwrap().name, "function-globals");
        assert_eq!(set.get("function-globals").unwrap().id, "PJ201");
        assert!(set.get("PJ999").is_none());
        let suggestions: Vec<&str> = set.suggest("PJ20").iter().map(|d| d.id.as_str()).collect();
        assert!(suggestions.contains(&"PJ201"), "{suggestions:?}");
    }

    #[test]
    fn select_and_ignore() {
        let mut set = RuleSet::embedded();
        set.select(&["PJ2".into()], &["PJ201".into()]).unwrap();
        assert!(set
            .rules()
            .all(|d| d.id.starts_with("PJ2") && d.id != "PJ201"));
        let err = RuleSet::embedded()
            .select(&["PJ9".into()], &[])
            .unwrap_err();
        assert!(err.to_string().contains("PJ9"));
    }

    #[test]
    fn all_and_capabilities_select() {
        let mut set = RuleSet::embedded();
        set.select(&["ALL".into()], &["network".into()]).unwrap();
        assert!(set.rules().count() > 40);
        assert!(set.rules().all(|d| d.capability != Capability::Network));
    }

    #[test]
    fn markdown_has_every_section() {
        let md = RuleSet::embedded().get("PJ101").unwrap().to_markdown();
        for section in [
            "# PJ101",
            "## Why is this dangerous",
            "## Example",
            "## How to fix or suppress",
            "## References",
        ] {
            assert!(md.contains(section), "{section} missing in\n{md}");
        }
    }
}

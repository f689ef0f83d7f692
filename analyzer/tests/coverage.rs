//! The standard-library walk (`rules/stdlib-coverage.yaml`): every event of CPython's
//! audit-events table is covered, every rule named reports its example with the real
//! analyzer, every omission has a reason, and docs/severity.md shows the current ones.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use analyzer::{Linter, RuleSet};
use serde::Deserialize;

/// The vendored table: only the event names matter here.
#[derive(Deserialize)]
struct Table {
    events: Vec<TableEvent>,
}

#[derive(Deserialize)]
struct TableEvent {
    event: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Coverage {
    version: u32,
    events: Vec<Entry>,
    functions: Vec<Entry>,
    limits: Vec<Limit>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    /// An audit event (in `events`) ...
    event: Option<String>,
    /// ... or the functions of one entry (in `functions`).
    #[serde(default)]
    names: Vec<String>,
    rule: Option<String>,
    example: Option<String>,
    not_reported: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Limit {
    what: String,
    not_reported: String,
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(repo().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn coverage() -> Coverage {
    let coverage: Coverage = serde_yaml::from_str(&read("rules/stdlib-coverage.yaml"))
        .expect("rules/stdlib-coverage.yaml parses");
    assert_eq!(coverage.version, 1);
    coverage
}

impl Entry {
    fn label(&self) -> String {
        match &self.event {
            Some(event) => format!("event {event}"),
            None => format!("functions {:?}", self.names),
        }
    }

    /// The names as the docs show them.
    fn shown(&self) -> String {
        let names: Vec<&str> = match &self.event {
            Some(event) => vec![event],
            None => self.names.iter().map(String::as_str).collect(),
        };
        names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[test]
fn every_audit_event_of_the_table_is_covered_once() {
    let table: Table = serde_yaml::from_str(&read("rules/cpython-audit-events.yaml"))
        .expect("rules/cpython-audit-events.yaml parses");
    let coverage = coverage();
    let table_events: BTreeSet<&str> = table.events.iter().map(|e| e.event.as_str()).collect();
    assert_eq!(
        table_events.len(),
        table.events.len(),
        "duplicate events in the table"
    );
    assert!(table_events.len() > 150, "the table looks truncated");
    let mut covered = BTreeSet::new();
    for entry in &coverage.events {
        let event = entry
            .event
            .as_deref()
            .expect("entries under `events` name an event");
        assert!(entry.names.is_empty(), "event {event} lists function names");
        assert!(covered.insert(event), "event {event} is covered twice");
    }
    let missing: Vec<_> = table_events.difference(&covered).collect();
    let unknown: Vec<_> = covered.difference(&table_events).collect();
    assert!(
        missing.is_empty(),
        "events with no coverage entry: {missing:?}"
    );
    assert!(
        unknown.is_empty(),
        "coverage entries for events not in the table: {unknown:?}"
    );
    for entry in &coverage.functions {
        assert!(
            entry.event.is_none() && !entry.names.is_empty(),
            "{}",
            entry.label()
        );
    }
}

/// Every `rule:` is a rule that reports its example; every entry without one says why.
#[test]
fn every_rule_reports_its_example_and_every_omission_has_a_reason() {
    let coverage = coverage();
    let rules = RuleSet::embedded();
    let linter = Linter::new(rules.clone());
    let mut failures = Vec::new();
    for entry in coverage.events.iter().chain(&coverage.functions) {
        let label = entry.label();
        if let Some(reason) = &entry.not_reported {
            if reason.trim().len() < 10 {
                failures.push(format!("{label}: `not_reported` gives no real reason"));
            }
        }
        match (&entry.rule, &entry.example) {
            (Some(rule), Some(example)) => {
                if rules.get(rule).is_none() {
                    failures.push(format!("{label}: no rule {rule}"));
                    continue;
                }
                match linter.lint("example.py", example.as_bytes()) {
                    Ok(findings) if findings.iter().any(|f| &f.rule_id == rule) => {}
                    Ok(findings) => failures.push(format!(
                        "{label}: {rule} does not report\n{example}\nfound: {:?}",
                        findings.iter().map(|f| &f.rule_id).collect::<Vec<_>>()
                    )),
                    Err(err) => failures.push(format!("{label}: example does not lint: {err}")),
                }
            }
            (None, None) if entry.not_reported.is_some() => {}
            _ => failures.push(format!(
                "{label}: needs `rule` with `example`, or `not_reported`"
            )),
        }
    }
    for limit in &coverage.limits {
        if limit.what.trim().is_empty() || limit.not_reported.trim().len() < 10 {
            failures.push(format!("limit {:?} needs what and why", limit.what));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The prelude's policy names every event a rule reports, so the threat report can put
/// the finding and the event side by side.
#[test]
fn audit_policy_names_every_event_a_rule_reports() {
    let policy: serde_yaml::Value =
        serde_yaml::from_str(&read("rules/audit-events.yaml")).expect("audit-events.yaml parses");
    let mut names = Vec::new();
    for tier in ["always", "sampled"] {
        let categories = policy[tier]
            .as_mapping()
            .expect("tiers are maps of categories");
        for events in categories.values() {
            for name in events.as_sequence().expect("categories list events") {
                names.push(name.as_str().expect("event names are strings").to_string());
            }
        }
    }
    let named = |event: &str| {
        names.iter().any(|n| match n.strip_suffix('*') {
            Some(prefix) => event.starts_with(prefix),
            None => n == event,
        })
    };
    let coverage = coverage();
    let unnamed: Vec<&str> = coverage
        .events
        .iter()
        .filter(|e| e.rule.is_some())
        .filter_map(|e| e.event.as_deref())
        .filter(|e| !named(e))
        .collect();
    assert!(
        unnamed.is_empty(),
        "events a rule reports that rules/audit-events.yaml does not categorise: {unnamed:?}"
    );
}

/// docs/severity.md's "Not reported" section, from the coverage file: entries grouped
/// by their reason, in the file's order.
fn not_reported_markdown(coverage: &Coverage) -> String {
    fn grouped(rows: impl Iterator<Item = (String, String)>) -> Vec<(String, String)> {
        let mut order: Vec<(String, String)> = Vec::new();
        let mut at: HashMap<String, usize> = HashMap::new();
        for (key, what) in rows {
            match at.get(&key) {
                Some(&i) => order[i].1 = format!("{}, {what}", order[i].1),
                None => {
                    at.insert(key.clone(), order.len());
                    order.push((key, what));
                }
            }
        }
        order
    }
    let entries = || coverage.events.iter().chain(&coverage.functions);
    let mut out = String::from("| not reported | why |\n|---|---|\n");
    let omitted = entries()
        .filter(|e| e.rule.is_none())
        .map(|e| (e.not_reported.clone().unwrap_or_default(), e.shown()))
        .chain(
            coverage
                .limits
                .iter()
                .map(|l| (l.not_reported.clone(), l.what.clone())),
        );
    for (why, what) in grouped(omitted) {
        out.push_str(&format!("| {what} | {why} |\n"));
    }
    out.push_str("\n### Reported in part\n\n| what | rule | not reported |\n|---|---|---|\n");
    let partial = entries().filter_map(|e| {
        let (rule, why) = (e.rule.as_ref()?, e.not_reported.as_ref()?);
        Some((format!("{rule}\u{0}{why}"), e.shown()))
    });
    for (key, what) in grouped(partial) {
        let (rule, why) = key.split_once('\u{0}').unwrap();
        out.push_str(&format!(
            "| {what} | [{rule}](rules.md#{}) | {why} |\n",
            rule.to_ascii_lowercase()
        ));
    }
    out
}

#[test]
fn docs_severity_md_not_reported_is_generated_from_the_coverage() {
    const START: &str = "<!-- generated: not reported -->\n";
    const END: &str = "<!-- end generated -->";
    let generated = not_reported_markdown(&coverage());
    let path = repo().join("docs/severity.md");
    let committed = std::fs::read_to_string(&path).unwrap();
    let (head, rest) = committed
        .split_once(START)
        .expect("docs/severity.md has the generated not-reported block");
    let (block, tail) = rest.split_once(END).expect("the block ends");
    if block != generated && std::env::var_os("PYJAIL_REGENERATE_DOCS").is_some() {
        std::fs::write(&path, format!("{head}{START}{generated}{END}{tail}")).unwrap();
        return;
    }
    assert!(
        block == generated,
        "docs/severity.md is stale: run `PYJAIL_REGENERATE_DOCS=1 cargo test -p pyjail-analyzer --test coverage`"
    );
}

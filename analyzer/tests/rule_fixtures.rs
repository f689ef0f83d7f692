//! Every rule has a directory of fixtures, `resources/test/fixtures/<ID>/`: `positive.py`
//! holds the forms the rule is for (the obfuscated ones it claims included), `negative.py`
//! ordinary code that resembles them; `positive_<what>.py` and `negative_<what>.py` hold
//! cases that need a file of their own (an encoding declaration belongs on line 1). Each
//! fixture is linted and its `concise` output compared with the snapshot beside it
//! (`<fixture>.snap`, reviewed in git): a positive fixture with only its rule selected
//! (`pyjail lint --select <ID>`), a negative one with every rule, and that snapshot must be
//! empty. How to add and update them: corpus/README.md, "Rule fixtures".

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use analyzer::{Linter, RuleSet};

fn fixtures_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("resources/test/fixtures")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Positive,
    Negative,
}

struct Fixture {
    rule: String,
    /// The file name without `.py`: `positive`, `negative_pth`, ...; also the snapshot's.
    stem: String,
    kind: Kind,
}

impl Fixture {
    fn dir(&self) -> PathBuf {
        fixtures_root().join(&self.rule)
    }

    /// The name the fixture has in its concise output: `PJ101/positive.py`.
    fn display(&self) -> String {
        format!("{}/{}.py", self.rule, self.stem)
    }
}

fn kind_of(stem: &str) -> Option<Kind> {
    let kind = |prefix: &str| stem == prefix || stem.starts_with(&format!("{prefix}_"));
    if kind("positive") {
        Some(Kind::Positive)
    } else if kind("negative") {
        Some(Kind::Negative)
    } else {
        None
    }
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Every fixture of every rule directory, in rule and name order.
fn fixtures() -> Vec<Fixture> {
    let mut fixtures = Vec::new();
    for rule in names_in(&fixtures_root()) {
        for name in names_in(&fixtures_root().join(&rule)) {
            let Some(stem) = name.strip_suffix(".py") else {
                continue;
            };
            if let Some(kind) = kind_of(stem) {
                fixtures.push(Fixture {
                    rule: rule.clone(),
                    stem: stem.to_string(),
                    kind,
                });
            }
        }
    }
    fixtures
}

#[test]
fn every_rule_has_a_positive_and_a_negative_fixture() {
    let rules = RuleSet::embedded();
    let ids: Vec<String> = rules.rules().map(|d| d.id.clone()).collect();
    let mut problems = Vec::new();
    for id in &ids {
        for required in ["positive.py", "negative.py"] {
            if !fixtures_root().join(id).join(required).is_file() {
                problems.push(format!("{id} has no {id}/{required}"));
            }
        }
    }
    for dir in names_in(&fixtures_root()) {
        if !ids.contains(&dir) {
            problems.push(format!("{dir}/ is no rule's id"));
            continue;
        }
        let names = names_in(&fixtures_root().join(&dir));
        for name in &names {
            // Snapshots insta wrote for review (`INSTA_UPDATE=new`) are not in git.
            if name.ends_with(".snap.new") {
                continue;
            }
            let fixture = match name.strip_suffix(".snap") {
                Some(stem) => names.contains(&format!("{stem}.py")).then_some(stem),
                None => name.strip_suffix(".py"),
            };
            if fixture.and_then(kind_of).is_none() {
                problems.push(format!(
                    "{dir}/{name}: neither a positive_*/negative_* fixture nor its snapshot"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// What `pyjail lint --format concise` prints for the fixture: the line of the error
/// that kept it from being linted completely (standard error), then one line a finding.
fn concise(linter: &Linter, fixture: &Fixture) -> String {
    let path = fixture.dir().join(format!("{}.py", fixture.stem));
    let source = std::fs::read(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    let name = fixture.display();
    let linted = linter.lint_with_suppressed(&name, &source);
    let mut lines: Vec<String> = linted.error.iter().map(|e| e.concise(&name)).collect();
    lines.extend(linted.findings.iter().map(|f| f.concise(&name)));
    lines.join("\n")
}

#[test]
fn fixtures_match_their_snapshots() {
    let fixtures = fixtures();
    assert!(
        !fixtures.is_empty(),
        "no fixtures under {:?}",
        fixtures_root()
    );
    let embedded = RuleSet::embedded();
    let every_rule = Linter::new(embedded.clone());
    let mut failures = Vec::new();
    for fixture in &fixtures {
        let (output, description) = match fixture.kind {
            Kind::Positive => {
                let mut rules = embedded.clone();
                rules
                    .select(std::slice::from_ref(&fixture.rule), &[])
                    .unwrap_or_else(|err| panic!("{}: {err}", fixture.display()));
                let output = concise(&Linter::new(rules), fixture);
                if output.is_empty() {
                    failures.push(format!("{}: the rule finds nothing", fixture.display()));
                }
                let command = format!("pyjail lint --format concise --select {}", fixture.rule);
                (output, command)
            }
            Kind::Negative => {
                let output = concise(&every_rule, fixture);
                if !output.is_empty() {
                    failures.push(format!(
                        "{}: false alarms on ordinary code:\n{output}",
                        fixture.display()
                    ));
                }
                let command = "pyjail lint --format concise".to_string();
                (output, command)
            }
        };
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(fixture.dir());
        settings.set_prepend_module_to_snapshot(false);
        settings.set_input_file(fixture.dir().join(format!("{}.py", fixture.stem)));
        settings.set_description(description);
        settings.set_omit_expression(true);
        let compared = catch_unwind(AssertUnwindSafe(|| {
            settings.bind(|| insta::assert_snapshot!(fixture.stem.as_str(), output));
        }));
        if compared.is_err() {
            failures.push(format!(
                "{}: output differs from {}/{}.snap (diff above)",
                fixture.display(),
                fixture.rule,
                fixture.stem
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures fail:\n{}",
        failures.len(),
        fixtures.len(),
        failures.join("\n")
    );
}

//! The corpus is the analyzer's ground truth: every sample in corpus/manifest.yaml is linted
//! with the real binary; an escape reported weaker than expected is a miss, a finding
//! stronger than expected (any finding on benign code) a false alarm, and a file expected
//! to be refused must be refused. Every .py file under corpus/ must be in the manifest.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use serde::Deserialize;

#[derive(Deserialize)]
struct Manifest {
    version: u32,
    samples: Vec<Sample>,
}

#[derive(Deserialize)]
struct Sample {
    path: String,
    expect: String,
    family: String,
    technique: String,
}

const ORDER: [&str; 5] = ["none", "info", "low", "medium", "high"];

fn rank(severity: &str) -> usize {
    ORDER
        .iter()
        .position(|s| *s == severity)
        .unwrap_or_else(|| panic!("unknown severity {severity}"))
}

fn python_files(dir: &Path, root: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            python_files(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.insert(
                path.strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
            );
        }
    }
}

#[test]
fn corpus_matches_its_manifest() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let manifest: Manifest =
        serde_yaml::from_str(&std::fs::read_to_string(root.join("manifest.yaml")).unwrap())
            .unwrap();
    assert_eq!(manifest.version, 1);

    let listed: BTreeSet<String> = manifest.samples.iter().map(|s| s.path.clone()).collect();
    assert_eq!(
        listed.len(),
        manifest.samples.len(),
        "a path is listed twice"
    );
    let mut on_disk = BTreeSet::new();
    python_files(&root, &root, &mut on_disk);
    let unlisted: Vec<&String> = on_disk.difference(&listed).collect();
    let missing: Vec<&String> = listed.difference(&on_disk).collect();
    assert!(
        unlisted.is_empty(),
        "files not in corpus/manifest.yaml: {unlisted:?}"
    );
    assert!(
        missing.is_empty(),
        "listed files that do not exist: {missing:?}"
    );

    let out = Command::new(env!("CARGO_BIN_EXE_pyjail"))
        .current_dir(&root)
        .args(["lint", "--format", "json", "--no-ignore"])
        .args(manifest.samples.iter().map(|s| &s.path))
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut strongest: BTreeMap<&str, &str> = BTreeMap::new();
    for finding in doc["findings"].as_array().unwrap() {
        let path = finding["path"].as_str().unwrap();
        let severity = finding["severity"].as_str().unwrap();
        let entry = strongest.entry(path).or_insert("none");
        if rank(severity) > rank(entry) {
            *entry = severity;
        }
    }
    let errors: BTreeMap<&str, &str> = doc["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["path"].as_str().unwrap(), e["message"].as_str().unwrap()))
        .collect();

    let (mut misses, mut false_alarms, mut wrong_errors) = (Vec::new(), Vec::new(), Vec::new());
    let (mut escapes, mut benign) = (0, 0);
    for sample in &manifest.samples {
        let path = sample.path.as_str();
        let what = format!("{path} ({} / {})", sample.family, sample.technique);
        if sample.expect == "error" {
            if !errors.contains_key(path) {
                wrong_errors.push(format!(
                    "{what}: expected to be refused, got {}",
                    strongest.get(path).unwrap_or(&"none")
                ));
            }
            continue;
        }
        if let Some(message) = errors.get(path) {
            wrong_errors.push(format!("{what}: could not be linted: {message}"));
            continue;
        }
        if sample.expect == "none" {
            benign += 1;
        } else {
            escapes += 1;
        }
        let got = strongest.get(path).copied().unwrap_or("none");
        if rank(got) < rank(&sample.expect) {
            misses.push(format!("{what}: expected {}, got {got}", sample.expect));
        } else if rank(got) > rank(&sample.expect) {
            false_alarms.push(format!("{what}: expected {}, got {got}", sample.expect));
        }
    }
    eprintln!(
        "corpus: {escapes} escapes, {benign} benign, {} misses, {} false alarms",
        misses.len(),
        false_alarms.len()
    );
    assert!(
        escapes >= 120 && benign >= 80,
        "corpus too small: {escapes} escapes, {benign} benign"
    );
    assert!(
        misses.is_empty() && false_alarms.is_empty() && wrong_errors.is_empty(),
        "misses:\n  {}\nfalse alarms:\n  {}\nerrors:\n  {}",
        misses.join("\n  "),
        false_alarms.join("\n  "),
        wrong_errors.join("\n  ")
    );
}

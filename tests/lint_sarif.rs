//! `pyjail lint --format sarif` validates against the official SARIF 2.1.0 schema
//! (vendored in tests/sarif/, checked with Python's `jsonschema`, which scripts/test-deps
//! installs).

use std::path::Path;
use std::process::Command;

const VALIDATE: &str = r#"
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
document = json.load(open(sys.argv[2]))
validator = jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())
errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
for error in errors:
    print("/".join(map(str, error.path)), error.message)
sys.exit(1 if errors else 0)
"#;

#[test]
fn sarif_output_validates_against_the_official_schema() {
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("lint-sarif-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub dir")).unwrap();
    std::fs::write(
        dir.join("escape.py"),
        "import os\nos.system('id')\ng = f.__globals__\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("sub dir/ünïcode.py"),
        "x = 'é'; y = f.__code__\nimport ctypes\n",
    )
    .unwrap();
    std::fs::write(dir.join("broken.py"), "def f(:\n").unwrap();

    let out = Command::new(env!("CARGO_BIN_EXE_pyjail"))
        .current_dir(&dir)
        .args(["lint", "--format", "sarif", "."])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "broken.py makes the run exit 2");
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let run = &log["runs"][0];
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(run["tool"]["driver"]["name"], "pyjail");
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 4, "{results:#?}");
    let unicode = results.iter().find(|r| r["ruleId"] == "PJ203").unwrap();
    let location = &unicode["locations"][0]["physicalLocation"];
    assert_eq!(
        location["artifactLocation"]["uri"],
        "sub%20dir/%C3%BCn%C3%AFcode.py"
    );
    assert_eq!(
        location["region"]["startColumn"], 16,
        "columns are code points"
    );
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let index = unicode["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(rules[index]["id"], "PJ203");
    let invocation = &run["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    assert_eq!(
        invocation["toolExecutionNotifications"][0]["descriptor"]["id"],
        "syntax"
    );

    let document = dir.join("out.sarif");
    std::fs::write(&document, &out.stdout).unwrap();
    let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sarif/sarif-schema-2.1.0.json");
    // -I: isolated, so that no module in the working directory shadows jsonschema's own.
    let check = Command::new("python3")
        .arg("-I")
        .arg("-c")
        .arg(VALIDATE)
        .arg(&schema)
        .arg(&document)
        .output()
        .expect("python3 (scripts/test-deps installs it)");
    assert!(
        check.status.success(),
        "SARIF does not validate:\n{}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

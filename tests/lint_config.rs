//! `pyjail lint` with project configuration: `[tool.pyjail]` in pyproject.toml
//! or a pyjail.toml, found from each file upwards; command-line flags on top.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// High: an object-graph walk (PJ101 on `__subclasses__`).
const HIGH: &str = "leak = ().__class__.__bases__[0].__subclasses__()\n";
/// Medium only: a dangerous module imported and not used (PJ421).
const MEDIUM: &str = "import ctypes\n";

/// A project directory for one test, removed when the test is done with it.
struct Project(PathBuf);

impl std::ops::Deref for Project {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Project {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn project(name: &str, files: &[(&str, &str)]) -> Project {
    let dir =
        std::env::temp_dir().join(format!("pyjail-lint-config-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    Project(dir)
}

fn lint(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pyjail"))
        .arg("lint")
        .args(["--format", "concise"])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Standard error with miette's line wrapping and frame characters taken out.
fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr)
        .split_whitespace()
        .filter(|word| !matches!(*word, "│" | "×" | "·"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn project_ignore_applies_and_the_command_line_overrides_it() {
    let dir = project(
        "ignore",
        &[
            ("pyproject.toml", "[tool.pyjail]\nignore = [\"PJ101\"]\n"),
            ("src/app.py", HIGH),
        ],
    );
    let quiet = lint(&dir, &["src/app.py"]);
    assert!(!stdout(&quiet).contains("PJ101"), "{}", stdout(&quiet));
    let selected = lint(&dir, &["--select", "PJ101", "src/app.py"]);
    assert!(
        stdout(&selected).contains("PJ101"),
        "--select beats the project's ignore: {}",
        stdout(&selected)
    );
    assert_eq!(selected.status.code(), Some(1));
}

#[test]
fn fail_on_from_the_project_and_from_the_command_line() {
    let dir = project(
        "fail-on",
        &[
            ("pyjail.toml", "fail-on = \"high\"\n"),
            ("medium.py", MEDIUM),
        ],
    );
    let lenient = lint(&dir, &["medium.py"]);
    assert!(
        stdout(&lenient).contains("PJ421"),
        "the finding is still shown: {}",
        stdout(&lenient)
    );
    assert_eq!(
        lenient.status.code(),
        Some(0),
        "medium is below the project's fail-on"
    );
    let strict = lint(&dir, &["--fail-on", "medium", "medium.py"]);
    assert_eq!(
        strict.status.code(),
        Some(1),
        "--fail-on replaces the project's"
    );
}

#[test]
fn per_file_ignores_and_exclude_follow_the_globs() {
    let dir = project(
        "globs",
        &[
            (
                "pyproject.toml",
                "[tool.pyjail]\nexclude = [\"vendor\"]\n[tool.pyjail.per-file-ignores]\n\"tests/**\" = [\"ALL\"]\n\"*_escape.py\" = [\"PJ1\"]\n",
            ),
            ("src/app.py", HIGH),
            ("src/known_escape.py", HIGH),
            ("tests/unit/test_app.py", HIGH),
            ("vendor/lib/third.py", HIGH),
        ],
    );
    let output = lint(&dir, &["."]);
    let report = stdout(&output);
    assert!(report.contains("src/app.py"), "{report}");
    assert!(
        !report.contains("known_escape.py"),
        "per-file-ignores by file name: {report}"
    );
    assert!(
        !report.contains("test_app.py"),
        "per-file-ignores by directory: {report}"
    );
    assert!(!report.contains("third.py"), "exclude: {report}");
    let explicit = lint(&dir, &["vendor/lib/third.py"]);
    assert!(
        !stdout(&explicit).contains("PJ1"),
        "exclude applies to files named on the command line too"
    );
    assert_eq!(explicit.status.code(), Some(0));
}

#[test]
fn the_nearest_configuration_wins() {
    let dir = project(
        "nearest",
        &[
            ("pyproject.toml", "[tool.pyjail]\nignore = [\"PJ1\"]\n"),
            ("strict/pyjail.toml", "select = [\"ALL\"]\n"),
            ("strict/a.py", HIGH),
            ("lax/a.py", HIGH),
        ],
    );
    let report = stdout(&lint(&dir, &["strict/a.py", "lax/a.py"]));
    assert!(
        report.contains("strict/a.py") && report.contains("PJ101"),
        "{report}"
    );
    assert!(!report.contains("lax/a.py"), "{report}");
}

#[test]
fn extra_rule_files_are_relative_to_the_configuration() {
    let rule = "version: 1\nrules:\n  - id: PJ901\n    name: house-frobnicate\n    severity: high\n    category: house\n    capability: introspection\n    \
                message: \"`{name}` is banned here\"\n    rationale: House rule.\n    example: x.__frobnicate__\n    \
                fix: \"Do not. Suppress with `# pyjail: ignore[PJ901]`.\"\n    references: []\n    match:\n      attributes: [__frobnicate__]\n";
    let dir = project(
        "rules",
        &[
            (
                "pyproject.toml",
                "[tool.pyjail]\nrules = [\"lint/house.yaml\"]\n",
            ),
            ("lint/house.yaml", rule),
            ("src/a.py", "x.__frobnicate__\n"),
        ],
    );
    let output = lint(&dir.join("src"), &["a.py"]);
    assert!(
        stdout(&output).contains("PJ901"),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
}

#[test]
fn standard_input_uses_the_configuration_of_its_name() {
    let dir = project("stdin", &[("sub/pyjail.toml", "ignore = [\"PJ1\"]\n")]);
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyjail"))
        .args([
            "lint",
            "--format",
            "concise",
            "--stdin-filename",
            "sub/x.py",
            "-",
        ])
        .current_dir(&*dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(HIGH.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(stdout(&output), "", "the configuration of sub/ applies");
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn a_bad_configuration_is_a_clear_error() {
    let dir = project(
        "bad",
        &[
            ("pyproject.toml", "[tool.pyjail]\nfail-on = \"extreme\"\n"),
            ("a.py", HIGH),
        ],
    );
    let output = lint(&dir, &["a.py"]);
    assert_eq!(output.status.code(), Some(2), "a usage error");
    let message = stderr(&output);
    assert!(
        message.contains("pyproject.toml"),
        "names the file: {message}"
    );
    assert!(
        message.contains("tool.pyjail.fail-on"),
        "names the key: {message}"
    );
    assert!(
        message.contains("info, low, medium, high"),
        "lists the allowed values: {message}"
    );

    std::fs::write(
        dir.join("pyproject.toml"),
        "[tool.pyjail]\nselct = [\"PJ1\"]\n",
    )
    .unwrap();
    let message = stderr(&lint(&dir, &["a.py"]));
    assert!(
        message.contains("unknown key `tool.pyjail.selct`") && message.contains("select, ignore"),
        "{message}"
    );

    std::fs::write(
        dir.join("pyproject.toml"),
        "[tool.pyjail]\nignore = [\"PJ999\"]\n",
    )
    .unwrap();
    let output = lint(&dir, &["a.py"]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "a selector that matches no rule"
    );
    assert!(stderr(&output).contains("PJ999"), "{}", stderr(&output));

    // The same error when the file named is one the configuration excludes.
    std::fs::write(
        dir.join("pyproject.toml"),
        "[tool.pyjail]\nignore = [\"PJ999\"]\nexclude = [\"a.py\"]\n",
    )
    .unwrap();
    let output = lint(&dir, &["a.py"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("PJ999"), "{}", stderr(&output));
}

//! The pre-commit hook, run by the real `pre-commit` tool (PyPI) in a
//! temporary git repository.
//!
//! The hook is this repository's own `.pre-commit-hooks.yaml` entry, with two
//! fields swapped so that the test needs neither network nor `cargo install`:
//! `language: system` instead of `rust`, and the freshly built binary instead
//! of `pyjail` on PATH. Everything else (id, file types, filename passing) is
//! what users get.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_yaml::{Mapping, Value};

const ESCAPE: &str = "().__class__.__bases__[0].__subclasses__()\n";
const CLEAN: &str = "def greet(name):\n    return f\"hello {name}\"\n";

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyjail-precommit-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The hook as users get it, from the repository's `.pre-commit-hooks.yaml`.
fn published_hook() -> Mapping {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(".pre-commit-hooks.yaml");
    let hooks: Vec<Mapping> =
        serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let hook = hooks
        .into_iter()
        .find(|hook| hook["id"] == "pyjail")
        .expect("a hook with id pyjail");
    assert_eq!(hook["entry"], "pyjail lint");
    assert_eq!(
        hook["language"], "rust",
        "pre-commit builds the hook from this repository"
    );
    assert_eq!(
        hook["types"],
        serde_yaml::from_str::<Value>("[python]").unwrap()
    );
    hook
}

struct Repo {
    root: PathBuf,
    dir: PathBuf,
    pre_commit_home: PathBuf,
}

impl Drop for Repo {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

impl Repo {
    fn new(name: &str) -> Repo {
        let root = temp_dir(name);
        let repo = Repo {
            dir: root.join("repo"),
            pre_commit_home: root.join("pre-commit-home"),
            root,
        };
        std::fs::create_dir_all(&repo.dir).unwrap();
        repo.git(&["init", "-q"]);
        repo
    }

    fn command(&self, program: &str, args: &[&str]) -> Output {
        Command::new(program)
            .args(args)
            .current_dir(&self.dir)
            .env("PRE_COMMIT_HOME", &self.pre_commit_home)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "pyjail test")
            .env("GIT_AUTHOR_EMAIL", "test@example.invalid")
            .env("GIT_COMMITTER_NAME", "pyjail test")
            .env("GIT_COMMITTER_EMAIL", "test@example.invalid")
            .output()
            .unwrap_or_else(|err| panic!("cannot run {program}: {err}"))
    }

    fn git(&self, args: &[&str]) -> Output {
        let output = self.command("git", args);
        assert!(
            output.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        output
    }

    fn write(&self, name: &str, text: &str) {
        std::fs::write(self.dir.join(name), text).unwrap();
    }

    fn commit(&self, message: &str) -> Output {
        self.command("git", &["commit", "-q", "-m", message])
    }

    fn commits(&self) -> usize {
        let output = self.command("git", &["rev-list", "--count", "HEAD"]);
        String::from_utf8_lossy(&output.stdout)
            .trim()
            .parse()
            .unwrap_or(0)
    }
}

fn require_pre_commit() -> String {
    let output = Command::new("python3")
        .args(["-m", "pre_commit", "--version"])
        .output();
    match output {
        Ok(output) if output.status.success() => String::from_utf8_lossy(&output.stdout).trim().to_owned(),
        _ => panic!("the `pre-commit` tool is needed for this test: run scripts/test-deps (installs it from PyPI)"),
    }
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn a_staged_escape_fails_the_commit_and_a_clean_file_passes() {
    let version = require_pre_commit();
    let mut hook = published_hook();
    hook.insert("language".into(), "system".into());
    hook.insert(
        "entry".into(),
        format!("{} lint", env!("CARGO_BIN_EXE_pyjail")).into(),
    );
    let config: Value = serde_yaml::from_str("repos: [{repo: local, hooks: []}]").unwrap();
    let mut config = config;
    config["repos"][0]["hooks"] = Value::Sequence(vec![Value::Mapping(hook)]);

    let repo = Repo::new("commit");
    repo.write(
        ".pre-commit-config.yaml",
        &serde_yaml::to_string(&config).unwrap(),
    );
    let install = repo.command("python3", &["-m", "pre_commit", "install"]);
    assert!(
        install.status.success(),
        "pre-commit install: {}",
        text(&install)
    );

    repo.write("clean.py", CLEAN);
    repo.write(
        "notes.txt",
        "().__class__.__bases__ in prose is not Python\n",
    );
    repo.git(&["add", ".pre-commit-config.yaml", "clean.py", "notes.txt"]);
    let clean = repo.commit("clean");
    assert!(
        clean.status.success(),
        "{version}: a clean commit must pass:\n{}",
        text(&clean)
    );
    assert_eq!(repo.commits(), 1);

    repo.write("escape.py", ESCAPE);
    repo.git(&["add", "escape.py"]);
    let escape = repo.commit("escape");
    let report = text(&escape);
    assert!(
        !escape.status.success(),
        "{version}: a staged escape must fail the commit:\n{report}"
    );
    assert!(
        report.contains("pyjail") && report.contains("Failed"),
        "{report}"
    );
    assert!(
        report.contains("escape.py"),
        "the report names the file:\n{report}"
    );
    assert_eq!(repo.commits(), 1, "the commit did not happen");

    // Project configuration applies to the files pre-commit passes: excluding the
    // file lets the commit through.
    repo.write(
        "pyproject.toml",
        "[tool.pyjail]\nexclude = [\"escape.py\"]\n",
    );
    repo.git(&["add", "pyproject.toml"]);
    let excluded = repo.commit("escape, excluded by the project");
    assert!(
        excluded.status.success(),
        "exclude applies:\n{}",
        text(&excluded)
    );
    assert_eq!(repo.commits(), 2);
    eprintln!("tested with {version}");
}

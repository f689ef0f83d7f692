//! `pyjail lint`, `rules` and `explain` on the real binary: formats, exit codes, standard
//! input, suppression, rule files, directory walks and bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn pyjail() -> Command {
    Command::new(env!("CARGO_BIN_EXE_pyjail"))
}

/// A fresh directory under cargo's temporary directory (away from stray configuration
/// files in /tmp), removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let path = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("lint-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }

    fn write(&self, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, content).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run(dir: &Path, args: &[&str]) -> Output {
    pyjail().current_dir(dir).args(args).output().unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

const ESCAPE: &str = "x = 1\ng = f.__globals__\n";

#[test]
fn concise_format_and_exit_codes() {
    let dir = TempDir::new("concise");
    dir.write("escape.py", ESCAPE);
    dir.write("clean.py", "import os\nprint(os.path.join('a', 'b'))\n");
    dir.write("medium.py", "import ctypes\n");

    let out = run(&dir.0, &["lint", "--format", "concise", "escape.py"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        "escape.py:2:7: PJ201 [high] `__globals__` exposes the module namespace a function was defined in\n"
    );

    let out = run(&dir.0, &["lint", "--format", "concise", "clean.py"]);
    assert_eq!((out.status.code(), stdout(&out).as_str()), (Some(0), ""));

    // The default --fail-on is medium.
    assert_eq!(run(&dir.0, &["lint", "medium.py"]).status.code(), Some(1));
    assert_eq!(
        run(&dir.0, &["lint", "--fail-on", "high", "medium.py"])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        run(&dir.0, &["lint", "--fail-on", "low", "clean.py"])
            .status
            .code(),
        Some(0)
    );

    let out = run(&dir.0, &["lint", "--fail-on", "severe", "escape.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown severity `severe`: expected one of info, low"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn human_format_shows_source_label_and_help() {
    let dir = TempDir::new("human");
    dir.write("escape.py", ESCAPE);
    let out = run(&dir.0, &["lint", "escape.py"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    for expected in [
        "PJ201 function-globals",
        "[high] `__globals__` exposes the module namespace",
        "escape.py:2:7",
        "g = f.__globals__",
        "help: Pass what a function needs explicitly",
        "pyjail explain PJ201",
        "pyjail: 1 finding (1 high) in 1 of 1 file",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    // The label sits under the exact span: `__globals__` starts at column 7.
    let source_line = text
        .lines()
        .position(|l| l.ends_with("g = f.__globals__"))
        .unwrap();
    let label_line = text.lines().nth(source_line + 1).unwrap();
    let source_col = text
        .lines()
        .nth(source_line)
        .unwrap()
        .find("__globals__")
        .unwrap();
    assert_eq!(
        label_line.chars().nth(source_col).map(|c| c != ' '),
        Some(true),
        "{text}"
    );
}

/// A finding or a syntax error far into a long line (minified or generated code, or a payload
/// written on one line to break the report) is shown in a window of that line, at its true
/// line and column: the renderer pads to a label's column, which panicked (exit 101) past
/// column 65,535, and the whole line would be printed.
#[test]
fn a_finding_far_into_a_long_line_is_shown_in_a_window() {
    let dir = TempDir::new("long-line");
    let padding = "0, ".repeat(30_000);
    dir.write("finding.py", format!("x = [{padding}eval(input())]\n"));
    dir.write("syntax.py", format!("x = [{padding}+)\n"));
    let out = run(&dir.0, &["lint", "finding.py"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(text.contains("finding.py:1:90006"), "{text}");
    assert!(text.contains("eval(input())]"), "{text}");
    assert!(text.len() < 4096, "{} bytes of output", text.len());
    let out = run(&dir.0, &["lint", "syntax.py"]);
    let text = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("syntax.py:1:90007"), "{text}");
    assert!(!text.contains("panicked") && text.len() < 4096, "{text}");
}

/// A hostile file's text reaches the reviewer's terminal only made visible: control and
/// reordering characters in its source (in a string literal the parser quotes back, or a
/// comment) or in its name cannot clear the screen, retitle the window or hide a finding, in
/// any of the line-oriented formats.
#[test]
fn a_files_control_characters_are_made_visible_in_every_text_format() {
    let dir = TempDir::new("control");
    let source =
        "eval(\"\x1b]0;pwned\x07\x1b[2J\")\n# \u{202e} reversed\nimport os\nos.system('x')\r# a comment\n";
    dir.write("esc\x1b[2Jname.py", source);
    for format in ["human", "concise", "github"] {
        let out = run(&dir.0, &["lint", "--format", format, "."]);
        let text = stdout(&out) + &stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{format}: {text}");
        for raw in ['\x1b', '\x07', '\u{202e}'] {
            assert!(
                !text.contains(raw),
                "{format}: {raw:?} reached the terminal:\n{text}"
            );
        }
        // A carriage return ending a line alone would send the cursor back over the call.
        assert!(
            !text.replace("\r\n", "\n").contains('\r'),
            "{format}: a lone carriage return reached the terminal:\n{text}"
        );
        assert!(
            text.contains("PJ403") && text.contains("PJ419"),
            "{format}: {text}"
        );
    }
}

#[test]
fn json_format_follows_its_schema() {
    let dir = TempDir::new("json");
    dir.write("escape.py", ESCAPE);
    dir.write("broken.py", "def f(:\n");
    let out = run(
        &dir.0,
        &["lint", "--format", "json", "escape.py", "broken.py"],
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "a file that does not parse makes the run exit 2"
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["schema"], "pyjail-lint/1");
    assert_eq!(doc["tool"]["name"], "pyjail");
    assert_eq!(doc["fail_on"], "medium");
    let finding = &doc["findings"][0];
    assert_eq!(finding["path"], "escape.py");
    assert_eq!(finding["rule_id"], "PJ201");
    assert_eq!(finding["name"], "function-globals");
    assert_eq!(finding["severity"], "high");
    assert_eq!(finding["category"], "function-internals");
    assert_eq!(finding["range"], serde_json::json!([12, 23]));
    assert_eq!(
        finding["start"],
        serde_json::json!({"line": 2, "column": 7})
    );
    assert_eq!(finding["end"], serde_json::json!({"line": 2, "column": 18}));
    assert!(finding["help"].as_str().unwrap().contains("ignore[PJ201]"));
    let error = &doc["errors"][0];
    assert_eq!(error["path"], "broken.py");
    assert_eq!(error["kind"], "syntax");
    assert_eq!(error["start"], serde_json::json!({"line": 1, "column": 7}));
    assert_eq!(
        doc["files"][1],
        serde_json::json!({"path": "broken.py", "status": "error", "findings": 0, "suppressed": 0, "capabilities": [], "left_out": []})
    );
    let summary = &doc["summary"];
    assert_eq!(summary["files"], 2);
    assert_eq!(summary["linted"], 1);
    assert_eq!(summary["errors"], 1);
    assert_eq!(summary["findings"], 1);
    assert_eq!(summary["by_severity"]["high"], 1);
    assert_eq!(summary["max_severity"], "high");
    assert_eq!(summary["exit_code"], 2);
}

/// A file with more findings than the analyzer keeps (1,000): 1,000 suppressed high
/// findings fill the places, so the 300 medium ones after them are only counted. They are
/// said (not listed) in every format, and they decide the exit code.
#[test]
fn findings_past_the_cap_are_counted_and_fail_the_run() {
    let dir = TempDir::new("cap");
    let mut source = "print.__globals__  # pyjail: ignore[PJ201]\n".repeat(1000);
    source.push_str(&"getattr(x, input())\n".repeat(300));
    dir.write("big.py", source);

    let out = run(&dir.0, &["lint", "--format", "concise", "big.py"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    assert!(
        stderr(&out).contains(
            "big.py: 300 more findings not listed (pyjail keeps the 1000 strongest of a file): PJ501 medium ×300"
        ),
        "{}",
        stderr(&out)
    );

    let out = run(&dir.0, &["lint", "--format", "json", "big.py"]);
    assert_eq!(out.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        doc["files"][0]["left_out"],
        serde_json::json!([{"rule_id": "PJ501", "severity": "medium", "count": 300}])
    );
    assert_eq!(doc["summary"]["findings"], 0);
    assert_eq!(doc["summary"]["suppressed"], 1000);
    assert_eq!(doc["summary"]["left_out"], 300);
    assert_eq!(doc["summary"]["max_severity"], "medium");

    // Untrusted code's comments are not obeyed: the high findings are listed.
    let out = run(
        &dir.0,
        &["lint", "--format", "json", "--no-suppressions", "big.py"],
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["summary"]["findings"], 1000);
    assert_eq!(doc["summary"]["left_out"], 300);
    assert_eq!(doc["summary"]["max_severity"], "high");

    // Rules the run does not select are not counted either.
    let out = run(
        &dir.0,
        &["lint", "--format", "json", "--ignore", "PJ501", "big.py"],
    );
    assert_eq!(out.status.code(), Some(0));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["summary"]["left_out"], 0);

    let out = run(&dir.0, &["lint", "--format", "sarif", "big.py"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let notes = &doc["runs"][0]["invocations"][0]["toolExecutionNotifications"];
    assert_eq!(notes[0]["descriptor"]["id"], "findings-not-listed");
    assert!(notes[0]["message"]["text"]
        .as_str()
        .unwrap()
        .starts_with("300 more findings not listed"));
}

#[test]
fn github_format_is_workflow_commands() {
    let dir = TempDir::new("github");
    dir.write("escape.py", ESCAPE);
    dir.write("weak.py", "import ctypes\n");
    let out = run(
        &dir.0,
        &["lint", "--format", "github", "escape.py", "weak.py"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        "::error file=escape.py,line=2,col=7,endLine=2,endColumn=18,title=PJ201::`__globals__` exposes the module namespace a function was defined in\n\
         ::warning file=weak.py,line=1,col=8,endLine=1,endColumn=14,title=PJ421::imports `ctypes`, a module whose use is dangerous (no dangerous use seen in this file)\n"
    );
}

#[test]
fn standard_input_with_a_name() {
    let dir = TempDir::new("stdin");
    let mut child = pyjail()
        .current_dir(&dir.0)
        .args([
            "lint",
            "--format",
            "concise",
            "--stdin-filename",
            "snippet.py",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"__import__('os').system('id')\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.starts_with("snippet.py:1:1: PJ210 [high]"), "{text}");
    assert!(
        text.contains("snippet.py:1:1: PJ403 [high] `os.system`"),
        "{text}"
    );
}

#[test]
fn suppression_comments_silence_one_rule_on_one_line() {
    let dir = TempDir::new("suppress");
    dir.write(
        "s.py",
        "g = f.__globals__  # pyjail: ignore[PJ201]\nh = f.__code__  # pyjail: ignore[PJ201]\n",
    );
    let out = run(&dir.0, &["lint", "--format", "concise", "s.py"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out)
            .lines()
            .map(|l| l.split(' ').nth(1).unwrap())
            .collect::<Vec<_>>(),
        vec!["PJ203"]
    );
    let out = run(&dir.0, &["lint", "s.py"]);
    assert!(
        stdout(&out).contains("1 suppressed by `# pyjail: ignore` comments"),
        "{}",
        stdout(&out)
    );
    let out = run(&dir.0, &["lint", "--format", "json", "s.py"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["summary"]["suppressed"], 1);
}

#[test]
fn select_and_ignore() {
    let dir = TempDir::new("select");
    dir.write("s.py", "g = f.__globals__\nc = f.__code__\nimport ctypes\n");
    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["lint", "--format", "concise"];
        all.extend_from_slice(args);
        all.push("s.py");
        stdout(&run(&dir.0, &all))
            .lines()
            .map(|l| l.split(' ').nth(1).unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&[]), vec!["PJ201", "PJ203", "PJ421"]);
    assert_eq!(ids(&["--select", "PJ2"]), vec!["PJ201", "PJ203"]);
    assert_eq!(
        ids(&["--select", "PJ2", "--ignore", "PJ203"]),
        vec!["PJ201"]
    );
    assert_eq!(ids(&["--ignore", "function-internals"]), vec!["PJ421"]);
    let out = run(&dir.0, &["lint", "--select", "PJ99", "s.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("PJ99"), "{}", stderr(&out));
}

#[test]
fn one_bad_file_does_not_stop_the_others() {
    let dir = TempDir::new("multi");
    dir.write("a.py", ESCAPE);
    dir.write("b.py", "if True\n    pass\n");
    dir.write("c.py", "import os\nos.system('id')\n");
    let out = run(
        &dir.0,
        &["lint", "--format", "concise", "a.py", "b.py", "c.py"],
    );
    assert_eq!(out.status.code(), Some(2));
    let text = stdout(&out);
    assert!(
        text.contains("a.py:2:7: PJ201") && text.contains("c.py:2:1: PJ403"),
        "{text}"
    );
    assert!(
        stderr(&out).contains("b.py:1:8: error[syntax]"),
        "{}",
        stderr(&out)
    );
    // Human output renders the parse error with its label.
    let out = run(&dir.0, &["lint", "b.py"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("b.py: cannot lint")
            && err.contains("syntax error")
            && err.contains("if True"),
        "{err}"
    );
}

#[test]
fn missing_paths_and_empty_directories_are_errors() {
    let dir = TempDir::new("missing");
    std::fs::create_dir_all(dir.0.join("empty/sub")).unwrap();
    dir.write("empty/notes.txt", "__import__('os')");
    let out = run(&dir.0, &["lint", "--format", "concise", "nope.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("nope.py: error[not-found]"),
        "{}",
        stderr(&out)
    );
    let out = run(&dir.0, &["lint", "--format", "concise", "empty"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no Python files"), "{}", stderr(&out));
    let out = run(&dir.0, &["lint", "--format", "json", "/dev/zero"]);
    assert_eq!(out.status.code(), Some(2));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["errors"][0]["kind"], "not-a-file");
}

#[test]
fn directory_walks_respect_gitignore_and_python_extensions() {
    let dir = TempDir::new("walk");
    dir.write(".gitignore", "ignored/\n");
    dir.write("pkg/mod.py", ESCAPE);
    dir.write("pkg/stub.pyi", "def f() -> int: ...\nx = f.__code__\n");
    dir.write("pkg/notes.txt", ESCAPE);
    dir.write("ignored/hidden_escape.py", ESCAPE);
    dir.write(".hidden/escape.py", ESCAPE);
    let files = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["lint", "--format", "json"];
        all.extend_from_slice(args);
        let doc: serde_json::Value = serde_json::from_slice(&run(&dir.0, &all).stdout).unwrap();
        doc["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["path"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(files(&["."]), vec!["./pkg/mod.py", "./pkg/stub.pyi"]);
    assert_eq!(
        files(&["--no-ignore", "."]),
        vec![
            "./.hidden/escape.py",
            "./ignored/hidden_escape.py",
            "./pkg/mod.py",
            "./pkg/stub.pyi"
        ]
    );
    // A file named on the command line is linted even when ignored.
    assert_eq!(
        files(&["ignored/hidden_escape.py"]),
        vec!["ignored/hidden_escape.py"]
    );
}

#[test]
fn broken_rule_file_names_file_line_and_field() {
    let dir = TempDir::new("rules");
    dir.write(
        "bad.yaml",
        "version: 1\nrules:\n  - id: PJ901\n    name: x\n    severity: urgent\n",
    );
    let out = run(
        &dir.0,
        &["lint", "--rules", "bad.yaml", "--format", "concise", "."],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("bad.yaml:5:") && err.contains("severity") && err.contains("urgent"),
        "{err}"
    );
    dir.write("good.yaml", "version: 1\nrules:\n  - id: PJ901\n    name: no-print\n    severity: low\n    category: custom\n    capability: code-exec\n    message: \"`{name}` is not allowed here\"\n    rationale: r\n    example: e\n    fix: f\n    match:\n      identifiers: [print]\n");
    dir.write("p.py", "print(1)\n");
    let out = run(
        &dir.0,
        &[
            "lint",
            "--rules",
            "good.yaml",
            "--format",
            "concise",
            "p.py",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "low is below the default --fail-on"
    );
    assert_eq!(
        stdout(&out),
        "p.py:1:1: PJ901 [low] `print` is not allowed here\n"
    );
}

#[test]
fn oversized_and_undecodable_files_are_errors_not_clean() {
    let dir = TempDir::new("bad-input");
    let big = dir.0.join("big.py");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(50 << 20).unwrap(); // 50 MB of NUL bytes, sparse
    dir.write("bytes.py", b"x = '\xff'\n");
    dir.write("nul.py", b"x = 1\x00\n");
    let out = run(
        &dir.0,
        &["lint", "--format", "json", "big.py", "bytes.py", "nul.py"],
    );
    assert_eq!(out.status.code(), Some(2));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let kinds: Vec<&str> = doc["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, vec!["too-large", "invalid-utf8", "nul-byte"]);
    assert_eq!(doc["summary"]["linted"], 0);
}

#[test]
fn deep_nesting_is_refused_with_its_limit() {
    let dir = TempDir::new("deep");
    dir.write(
        "brackets.py",
        format!("x = {}1{}\n", "[".repeat(100_000), "]".repeat(100_000)),
    );
    let mut blocks = String::new();
    for depth in 0..5000 {
        blocks.push_str(&"\t".repeat(depth));
        blocks.push_str("while x:\n");
    }
    dir.write("blocks.py", blocks + &"\t".repeat(5000) + "pass\n");
    let out = run(
        &dir.0,
        &["lint", "--format", "concise", "brackets.py", "blocks.py"],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains(
            "brackets.py:1:205: error[too-deep]: too deeply nested: nested brackets (limit 200)"
        ),
        "{err}"
    );
    assert!(
        err.contains(
            "blocks.py:102:102: error[too-deep]: too deeply nested: indentation levels (limit 100)"
        ),
        "{err}"
    );
}

#[test]
fn newer_syntax_is_linted() {
    let dir = TempDir::new("pep701");
    dir.write(
        "new.py",
        "import os\nos.system('id')\nuser = {'name': 'x'}\nprint(f\"{user[\"name\"]}\")\ntype Pair[T = int] = tuple[T, T]\nmsg = t\"{user!r}\"\n",
    );
    let out = run(&dir.0, &["lint", "--format", "concise", "new.py"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("new.py:2:1: PJ403"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn broken_code_is_an_error_with_its_findings() {
    let dir = TempDir::new("broken-findings");
    dir.write("half.py", "import os\nos.system('id')\nx = obj.\n");
    let out = run(&dir.0, &["lint", "--format", "concise", "half.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stdout(&out).contains("half.py:2:1: PJ403"),
        "{}",
        stdout(&out)
    );
    assert!(
        stderr(&out).contains("half.py:3:9: error[syntax]"),
        "{}",
        stderr(&out)
    );

    let out = run(&dir.0, &["lint", "half.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).contains("PJ403"), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("cannot lint all of it"),
        "{}",
        stderr(&out)
    );

    let out = run(&dir.0, &["lint", "--format", "json", "half.py"]);
    assert_eq!(out.status.code(), Some(2));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["findings"][0]["rule_id"], "PJ403");
    assert_eq!(doc["errors"][0]["kind"], "syntax");
    assert_eq!(
        doc["files"][0],
        serde_json::json!({"path": "half.py", "status": "error", "findings": 1, "suppressed": 0, "capabilities": ["runs processes"], "left_out": []})
    );
    assert_eq!(doc["summary"]["errors"], 1);

    let out = run(&dir.0, &["lint", "--format", "sarif", "half.py"]);
    assert_eq!(out.status.code(), Some(2));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let sarif_run = &doc["runs"][0];
    assert_eq!(sarif_run["results"][0]["ruleId"], "PJ403");
    let notes = &sarif_run["invocations"][0]["toolExecutionNotifications"];
    assert_eq!(notes[0]["descriptor"]["id"], "syntax", "{doc}");
}

#[test]
fn unreadable_file_is_an_error() {
    if effective_uid() != 0 {
        let dir = TempDir::new("unreadable");
        let secret = dir.write("secret.py", ESCAPE);
        dir.write("open.py", ESCAPE);
        std::fs::set_permissions(&secret, std::os::unix::fs::PermissionsExt::from_mode(0o000))
            .unwrap();
        let out = run(
            &dir.0,
            &["lint", "--format", "concise", "secret.py", "open.py"],
        );
        return check_unreadable(&out);
    }
    // Root reads anything: run as the unprivileged test user (scripts/test-deps creates it),
    // from a directory and with a copy of the binary that user can reach.
    let dir = PathBuf::from(format!(
        "/tmp/pyjail-lint-unreadable-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let guard = TempDir(dir.clone());
    let mode = |path: &Path, mode| {
        std::fs::set_permissions(path, std::os::unix::fs::PermissionsExt::from_mode(mode)).unwrap()
    };
    mode(&dir, 0o755);
    let binary = guard.0.join("pyjail");
    std::fs::copy(env!("CARGO_BIN_EXE_pyjail"), &binary).unwrap();
    mode(&binary, 0o755);
    let secret = guard.write("secret.py", ESCAPE);
    let open = guard.write("open.py", ESCAPE);
    mode(&secret, 0o000);
    mode(&open, 0o644);
    let out = Command::new("setpriv")
        .args([
            "--reuid=pyjail-test",
            "--regid=pyjail-test",
            "--clear-groups",
        ])
        .arg(&binary)
        .args(["lint", "--format", "concise", "secret.py", "open.py"])
        .current_dir(&dir)
        .output()
        .expect("setpriv (util-linux)");
    check_unreadable(&out);
}

fn check_unreadable(out: &Output) {
    assert_eq!(out.status.code(), Some(2), "{}", stderr(out));
    assert!(
        stderr(out).contains("secret.py: error[permission-denied]"),
        "{}",
        stderr(out)
    );
    assert!(
        stdout(out).contains("open.py:2:7: PJ201"),
        "{}",
        stdout(out)
    );
}

fn effective_uid() -> u32 {
    // The effective uid, from /proc so that no libc binding is needed.
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("Uid:")).unwrap();
    line.split_whitespace().nth(2).unwrap().parse().unwrap()
}

#[test]
fn rules_lists_every_rule_and_explain_documents_one() {
    let dir = TempDir::new("explain");
    let out = run(&dir.0, &["rules"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.lines().count() >= 40, "{text}");
    assert!(text.contains("PJ101") && text.contains("PJ502"), "{text}");
    let out = run(&dir.0, &["rules", "--format", "json"]);
    let docs: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(docs
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["rationale"].as_str().is_some_and(|r| !r.is_empty())));

    let out = run(&dir.0, &["explain", "PJ201"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    for section in [
        "# PJ201 function-globals",
        "## Why is this dangerous",
        "## Example",
        "## How to fix or suppress",
        "ignore[PJ201]",
    ] {
        assert!(text.contains(section), "{section} missing:\n{text}");
    }
    let out = run(&dir.0, &["explain", "PJ2O1"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("did you mean") && stderr(&out).contains("PJ201"),
        "{}",
        stderr(&out)
    );
}

/// Editors link each diagnostic to `docs/rules.md#<id>`: the page must be the
/// current rules' documentation, with an anchor for every rule.
#[test]
fn docs_rules_md_is_generated_from_the_rules() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_pyjail"))
        .args(["rules", "--format", "markdown"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let generated = String::from_utf8(out.stdout).unwrap();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        generated == committed,
        "docs/rules.md is stale: run `cargo run -- rules --format markdown > docs/rules.md`"
    );
    let ids = std::process::Command::new(env!("CARGO_BIN_EXE_pyjail"))
        .args(["rules"])
        .output()
        .unwrap();
    for line in String::from_utf8(ids.stdout).unwrap().lines() {
        let id = line.split_whitespace().next().unwrap().to_ascii_lowercase();
        assert!(
            committed.contains(&format!("<a id=\"{id}\"></a>")),
            "no anchor for {id}"
        );
    }
}

/// Untrusted code's own suppression comments are the author's: `--no-suppressions`
/// reports what they hide, and the JSON lists suppressed findings either way.
#[test]
fn no_suppressions_reports_what_comments_hide() {
    let dir = TempDir::new("no-suppressions");
    dir.write(
        "p.py",
        "import os\nos.system('id')  # pyjail: ignore[PJ403]\n",
    );
    let quiet = run(&dir.0, &["lint", "--format", "concise", "p.py"]);
    assert_eq!(
        (quiet.status.code(), stdout(&quiet)),
        (Some(0), String::new())
    );
    let loud = run(
        &dir.0,
        &["lint", "--format", "concise", "--no-suppressions", "p.py"],
    );
    assert_eq!(loud.status.code(), Some(1));
    assert_eq!(
        stdout(&loud),
        "p.py:2:1: PJ403 [high] `os.system` creates a process or runs a program\n"
    );
    for extra in [&[][..], &["--no-suppressions"][..]] {
        let mut args = vec!["lint", "--format", "json", "p.py"];
        args.extend_from_slice(extra);
        let json: serde_json::Value = serde_json::from_str(&stdout(&run(&dir.0, &args))).unwrap();
        assert_eq!(json["suppressed"][0]["rule_id"], "PJ403", "{json}");
        assert_eq!(json["suppressed"][0]["capability"], "process", "{json}");
    }
}

/// One selector language on the command line and in configuration: `ALL`, and
/// capabilities as well as ids, names and categories.
#[test]
fn select_all_and_capabilities_on_the_command_line() {
    let dir = TempDir::new("select-all");
    dir.write(
        "p.py",
        "import os, socket\nos.system('id')\nsocket.socket()\n",
    );
    let all = run(
        &dir.0,
        &["lint", "--format", "concise", "--select", "ALL", "p.py"],
    );
    assert_eq!(all.status.code(), Some(1), "{}", stderr(&all));
    assert_eq!(stdout(&all).lines().count(), 2, "{}", stdout(&all));
    let network = run(
        &dir.0,
        &["lint", "--format", "concise", "--select", "network", "p.py"],
    );
    assert_eq!(
        stdout(&network),
        "p.py:3:1: PJ406 [high] `socket.socket` opens network connections\n"
    );
    // What the file can do, in one line, in every format.
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&run(&dir.0, &["lint", "--format", "json", "p.py"]))).unwrap();
    let expected = serde_json::json!(["runs processes", "opens network connections"]);
    assert_eq!(json["files"][0]["capabilities"], expected);
    let sarif: serde_json::Value = serde_json::from_str(&stdout(&run(
        &dir.0,
        &["lint", "--format", "sarif", "p.py"],
    )))
    .unwrap();
    assert_eq!(
        sarif["runs"][0]["artifacts"][0]["properties"]["capabilities"],
        expected
    );
    let human = stdout(&run(&dir.0, &["lint", "p.py"]));
    assert!(
        human.contains("p.py: runs processes · opens network connections\n"),
        "{human}"
    );
}

/// PJ213's span is the method's name, whatever the comments above it say.
#[test]
fn reduce_definition_span_is_the_name() {
    let dir = TempDir::new("pj213-span");
    dir.write(
        "p.py",
        "class P:\n    # def __reduce__ is below; class notes\n    def __reduce__(self):\n        return (print, ())\n",
    );
    let out = run(&dir.0, &["lint", "--format", "concise", "p.py"]);
    assert!(
        stdout(&out).starts_with("p.py:3:9: PJ213 "),
        "{}",
        stdout(&out)
    );
}

/// `docs/severity.md` ends with the rules grouped by severity: it must be the current
/// rules' table.
#[test]
fn docs_severity_md_lists_the_current_rules() {
    let out = pyjail()
        .args(["rules", "--format", "json"])
        .output()
        .unwrap();
    let rules: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let mut generated = String::new();
    for severity in ["high", "medium", "low", "info"] {
        let mut rows: Vec<&serde_json::Value> =
            rules.iter().filter(|r| r["severity"] == severity).collect();
        if rows.is_empty() {
            continue;
        }
        rows.sort_by_key(|r| r["id"].as_str().unwrap().to_string());
        generated.push_str(&format!(
            "### {severity}\n\n| rule | name | capability |\n|---|---|---|\n"
        ));
        for r in rows {
            let id = r["id"].as_str().unwrap();
            generated.push_str(&format!(
                "| [{id}](rules.md#{}) | {} | {} |\n",
                id.to_ascii_lowercase(),
                r["name"].as_str().unwrap(),
                r["capability"].as_str().unwrap()
            ));
        }
        generated.push('\n');
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/severity.md");
    let committed = std::fs::read_to_string(path).unwrap();
    let block = committed
        .split_once("<!-- generated: rules by severity -->\n")
        .and_then(|(_, rest)| rest.split_once("<!-- end generated -->"))
        .map(|(block, _)| block)
        .expect("docs/severity.md has the generated block");
    assert_eq!(
        block.trim_end(),
        generated.trim_end(),
        "docs/severity.md is stale: regenerate its rules-by-severity block"
    );
}

/// The files of `tests/hostile_lint/`, written to exhaust a linter by helpers who did not
/// read the analyzer (lists repeated inside lists, megabyte separators and `translate`
/// tables, thousands of `exec`s of large constants, exponential inlining, templates formatted
/// with themselves; `r2-` and `r3-` for the second round's two batches, `r4-` for the third
/// round), lint within
/// bounded memory and CPU: under an address-space limit of 1 GiB beyond the workers' stack
/// reservations the process ends with its verdict, not an allocation failure's abort or the
/// CPU limit's signal.
#[test]
fn files_written_to_exhaust_the_linter_are_linted_within_bounds() {
    use std::os::unix::process::CommandExt;
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile_lint");
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()) as u64;
    let memory = (1 << 30) + workers * analyzer::WORKER_STACK_BYTES as u64;
    let mut command = pyjail();
    command.args(["lint", "--format", "json"]).arg(&corpus);
    // SAFETY: only setrlimit between fork and exec.
    unsafe {
        command.pre_exec(move || {
            let limit = |resource, value| {
                let limit = libc::rlimit {
                    rlim_cur: value,
                    rlim_max: value,
                };
                match libc::setrlimit(resource, &limit) {
                    0 => Ok(()),
                    _ => Err(std::io::Error::last_os_error()),
                }
            };
            limit(libc::RLIMIT_AS, memory)?;
            limit(libc::RLIMIT_CPU, 600)
        })
    };
    let output = command.output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    // 2: a file nested too deeply to parse is an input error; the others are linted.
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let files = std::fs::read_dir(&corpus).unwrap().count();
    assert!(files >= 225, "{files}");
    assert_eq!(report["summary"]["files"], files, "{stderr}");
    let errors: Vec<&serde_json::Value> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|file| file["status"] != "linted")
        .collect();
    assert_eq!(
        errors.len(),
        1,
        "only the file nested too deeply: {errors:?}"
    );
}

//! End to end with a real editor: Neovim's built-in LSP client runs
//! `pyjail lsp` on a file with escape patterns (tests/editors/nvim_e2e.lua),
//! and this test checks what the editor ended up showing.

mod lsp_client;

use std::path::Path;
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use lsp_client::{explain, temp_dir};
use serde_json::Value;

const LINE1: &str = "x = \"é😀\"; y = obj.__class__.__bases__";
const LINE2: &str = "import ctypes";

fn nvim_version() -> String {
    let output = Command::new("nvim").arg("--version").output().unwrap_or_else(|err| {
        panic!("Neovim (`nvim`) is needed for this test and could not be started ({err}): run scripts/test-deps, which installs the Debian package `neovim`")
    });
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned()
}

fn run_nvim(file: &Path, out: &Path) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/editors/nvim_e2e.lua");
    let mut child = Command::new("nvim")
        .args(["--headless", "--clean", "-c"])
        .arg(format!("luafile {}", script.display()))
        // Reached only if the script could not run (it quits Neovim itself).
        .args(["-c", "cquit 3"])
        .env("PYJAIL_BIN", env!("CARGO_BIN_EXE_pyjail"))
        .env("PYJAIL_FILE", file)
        .env("PYJAIL_OUT", out)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .spawn()
        .expect("start nvim");
    // The script bounds each of its waits; this bounds Neovim itself.
    let deadline = Instant::now() + Duration::from_secs(90);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("nvim did not finish");
        }
        thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "nvim exited with {status}");
    let text = std::fs::read_to_string(out).expect("the script writes its result");
    serde_json::from_str(&text).unwrap_or_else(|err| panic!("bad result JSON ({err}): {text}"))
}

#[test]
fn neovim_shows_diagnostics_hover_and_quick_fixes_and_clears_them_after_an_edit() {
    let version = nvim_version();
    let dir = temp_dir("nvim");
    let file = dir.join("submission.py");
    std::fs::write(&file, format!("{LINE1}\n{LINE2}\n")).unwrap();
    let result = run_nvim(&file, &dir.join("result.json"));
    assert_eq!(
        result.get("error"),
        None,
        "{version}: the script failed: {result:#}"
    );

    // Opening: every diagnostic on line 1 covers the attribute it names, in the
    // byte columns Neovim computed from our UTF-16 columns.
    let opened = result["opened"]
        .as_array()
        .expect("diagnostics after opening");
    assert_eq!(result["line1"], LINE1);
    let on_line1: Vec<&Value> = opened.iter().filter(|d| d["lnum"] == 0).collect();
    assert!(!on_line1.is_empty(), "no diagnostic on line 1: {opened:?}");
    for diagnostic in &on_line1 {
        let (col, end) = (
            diagnostic["col"].as_u64().unwrap() as usize,
            diagnostic["end_col"].as_u64().unwrap() as usize,
        );
        let covered = LINE1
            .get(col..end)
            .unwrap_or_else(|| panic!("columns {col}..{end} split a character: {diagnostic}"));
        assert!(
            covered.ends_with("__bases__") || covered.ends_with("__class__"),
            "{diagnostic} covers {covered:?}"
        );
        let code = diagnostic["code"].as_str().unwrap();
        assert!(
            code.starts_with("PJ") && code[2..].chars().all(|c| c.is_ascii_digit()),
            "code {code}"
        );
        assert_eq!(diagnostic["source"], "pyjail");
        assert!(!diagnostic["message"].as_str().unwrap().is_empty());
    }
    let bases = on_line1
        .iter()
        .find(|d| LINE1[..d["end_col"].as_u64().unwrap() as usize].ends_with("__bases__"))
        .expect("a diagnostic for __bases__");
    // The step to the bases alone (no `__subclasses__` after it) is low: information.
    assert_eq!(bases["severity"], 3, "low is information in the editor");

    // Hover on the first diagnostic shows `pyjail explain` for its rule.
    let code = result["hover_code"].as_str().unwrap();
    let hover = result["hover"].as_str().expect("hover text");
    assert!(
        hover.contains(explain(code).trim()),
        "hover for {code}:\n{hover}"
    );

    // Quick fixes: line 2 now carries every rule id it had, and no diagnostic.
    let line2_codes = result["line2_codes"]
        .as_array()
        .expect("line 2 had findings");
    assert!(!line2_codes.is_empty(), "{LINE2} must be reported");
    let line2 = result["line2_after"].as_str().unwrap();
    assert!(
        line2.starts_with(&format!("{LINE2}  # pyjail: ignore[")),
        "{line2}"
    );
    for code in line2_codes {
        assert!(
            line2.contains(code.as_str().unwrap()),
            "{code} missing from {line2}"
        );
    }
    assert_eq!(result["line2_diagnostics"], Value::Array(vec![]));

    // Removing the pattern clears everything; the server then shuts down cleanly.
    assert_eq!(result["cleared"], Value::Array(vec![]));
    assert_eq!(
        result["exit_code"], 0,
        "pyjail lsp exit status after shutdown/exit"
    );
    eprintln!("tested with {version}");
}

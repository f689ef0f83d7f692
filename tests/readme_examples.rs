//! The README's configuration examples work as written: its `[tool.pyjail]` table and its
//! `--rules` file, pasted as they are, lint a project (exit 0 or 1, never the usage error 2).

mod common;

use std::path::Path;
use std::process::Command;

use common::{pyjail, random_hex, CHECKOUT};

/// The README's fenced block of `language` whose first line starts with `first`.
fn block(language: &str, first: &str) -> String {
    let readme = std::fs::read_to_string(Path::new(CHECKOUT).join("README.md")).unwrap();
    let fence = format!("```{language}\n");
    readme
        .split(fence.as_str())
        .skip(1)
        .filter_map(|rest| rest.split_once("\n```").map(|(body, _)| body))
        .find(|body| body.starts_with(first))
        .unwrap_or_else(|| panic!("no ```{language} block starting `{first}` in the README"))
        .to_string()
        + "\n"
}

fn lint(dir: &Path, args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(pyjail())
        .arg("lint")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code(), text)
}

#[test]
fn the_readmes_rule_file_and_project_configuration_work_as_written() {
    let dir = std::env::temp_dir().join(format!("pyjail-test-readme-{}", random_hex(6)));
    std::fs::create_dir_all(dir.join("lint")).unwrap();
    std::fs::create_dir_all(dir.join("vendor")).unwrap();
    let rules = block("yaml", "version: 1\nrules:");
    std::fs::write(dir.join("house.yaml"), &rules).unwrap();
    std::fs::write(dir.join("lint/house-rules.yaml"), &rules).unwrap();
    std::fs::write(dir.join("app.py"), "import mylib\nmylib.run('x')\n").unwrap();
    std::fs::write(dir.join("vendor/v.py"), "import os\nos.system('id')\n").unwrap();

    let (code, text) = lint(&dir, &["--rules", "house.yaml", "app.py"]);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("PJ901"),
        "the README's rule does not match: {text}"
    );

    std::fs::write(dir.join("pyproject.toml"), block("toml", "[tool.pyjail]")).unwrap();
    let (code, text) = lint(&dir, &["."]);
    assert!(matches!(code, Some(0 | 1)), "{text}");
    assert!(!text.contains("v.py"), "vendor/ is excluded: {text}");
    let _ = std::fs::remove_dir_all(&dir);
}

//! ARCHITECTURE.md is a code map: every source or data file it names must exist, so that
//! moving code without updating the map fails here.

use std::path::{Path, PathBuf};

/// Where a bare file name in the map may live.
const DIRS: &[&str] = &[
    "",
    "src",
    "src/cmd",
    "src/cmd/lint",
    "src/lsp",
    "src/report",
    "jail/src",
    "jail/src/prelude",
    "jail/tests",
    "analyzer/src",
    "analyzer/src/checker",
    "analyzer/src/fold",
    "analyzer/src/rules",
    "analyzer/src/semantic",
];

fn named_files(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || "`(),:|".contains(c))
        .map(|word| word.trim_end_matches(['.', ';']))
        .filter(|word| {
            [".rs", ".yaml", ".json", ".py", ".md"]
                .iter()
                .any(|ext| word.ends_with(ext))
        })
        .map(str::to_string)
        .collect()
}

fn exists(root: &Path, name: &str) -> bool {
    if let Some((dir, pattern)) = name.rsplit_once("/*") {
        let ext = pattern.trim_start_matches('.');
        return std::fs::read_dir(root.join(dir)).is_ok_and(|entries| {
            entries
                .flatten()
                .any(|e| e.path().extension().is_some_and(|x| x == ext))
        });
    }
    DIRS.iter()
        .map(|dir| root.join(dir).join(name))
        .any(|path: PathBuf| path.exists())
}

#[test]
fn every_file_the_map_names_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let map = std::fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap();
    let names = named_files(&map);
    assert!(names.len() > 30, "too few file names found: {names:?}");
    let missing: Vec<&String> = names.iter().filter(|n| !exists(root, n)).collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md names files that do not exist: {missing:?}"
    );
}

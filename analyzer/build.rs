//! The built-in rule files (`rules/analyzer/*.yaml`) are YAML for people and JSON for the
//! binary: parsing YAML at every start cost a lint, a report and a language server's start
//! about 2 ms. Each file becomes the same document as JSON, read with the same types and
//! checks as a user's rule file (`src/rules/yaml.rs`); a file that is not valid YAML fails
//! the build. `embedded.rs` lists them, in name order.
//!
//! The places ordinary code reads are the audit-event policy's (`rules/audit-events.yaml`,
//! `paths.reads` less `paths.unusual_within`): `ordinary_reads.rs` holds both lists, so that
//! the analyzer's file rules and the report's run-time side read one list.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules/analyzer");
    println!("cargo:rerun-if-changed={}", dir.display());
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable directory").path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    let mut table = String::from("&[\n");
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let text =
            std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let document: serde_yaml::Value =
            serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let json = out.join(format!("{name}.json"));
        std::fs::write(
            &json,
            serde_json::to_string(&document).expect("YAML converts to JSON"),
        )
        .unwrap_or_else(|e| panic!("{}: {e}", json.display()));
        writeln!(table, "    ({name:?}, include_str!({:?})),", json.display()).unwrap();
    }
    table.push(']');
    std::fs::write(out.join("embedded.rs"), table).expect("OUT_DIR is writable");
    ordinary_reads(&out);
}

fn ordinary_reads(out: &Path) {
    let policy = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules/audit-events.yaml");
    println!("cargo:rerun-if-changed={}", policy.display());
    let text =
        std::fs::read_to_string(&policy).unwrap_or_else(|e| panic!("{}: {e}", policy.display()));
    let document: serde_yaml::Value =
        serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", policy.display()));
    let list = |key: &str| -> Vec<String> {
        document["paths"][key]
            .as_sequence()
            .unwrap_or_else(|| panic!("{}: paths.{key} is a list", policy.display()))
            .iter()
            .map(|p| p.as_str().expect("a path").to_string())
            .collect()
    };
    let code = format!(
        "/// `paths.reads` of rules/audit-events.yaml.\npub(crate) const ORDINARY_READS: &[&str] = &{:?};\n/// `paths.unusual_within` of rules/audit-events.yaml.\npub(crate) const UNUSUAL_WITHIN: &[&str] = &{:?};\n",
        list("reads"),
        list("unusual_within")
    );
    std::fs::write(out.join("ordinary_reads.rs"), code).expect("OUT_DIR is writable");
}

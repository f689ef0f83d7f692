//! Bad input to `pyjail run`: exit 125 with a clear message naming what is wrong, never a
//! panic or a hang, and the program never runs.

mod common;

use std::fs;
use std::path::Path;

use common::host::HostDir;
use common::{pyjail, Jail, Outcome, CHECKOUT};

/// Refused with exit 125, and the message names every one of `names`.
fn refused(out: &Outcome, names: &[&str]) {
    out.assert_bounded();
    out.assert_no_panic();
    out.assert_code(125);
    assert!(
        !out.stdout.contains("SHOULD-NOT-RUN"),
        "the program ran anyway\n{out}"
    );
    let stderr = out.stderr.to_lowercase();
    for name in names {
        assert!(
            stderr.contains(&name.to_lowercase()),
            "the error message does not name `{name}`\n{out}"
        );
    }
}

fn with_option(option: &str, value: &str) -> Outcome {
    Jail::code("print('SHOULD-NOT-RUN')")
        .opts([option, value])
        .run()
}

/// A bad option value (given as `--option=value`, so that even `-5s` reaches pyjail's own
/// parser) is refused, with a message naming the option or (when not empty) the value.
fn refused_value(option: &str, value: &str) {
    let out = Jail::code("print('SHOULD-NOT-RUN')")
        .opts([format!("{option}={value}")])
        .run();
    refused(&out, &[]);
    let stderr = out.stderr.to_lowercase();
    let names_option = stderr.contains(option.trim_start_matches('-'));
    let names_value = !value.is_empty() && stderr.contains(&value.to_lowercase());
    assert!(
        names_option || names_value,
        "the error message names neither the option {option} nor its value `{value}`\n{out}"
    );
}

#[test]
fn missing_file() {
    let out = Jail::file("/nonexistent/pyjail-missing.py").run();
    refused(&out, &["/nonexistent/pyjail-missing.py"]);
}

#[test]
fn directory_as_file() {
    let dir = HostDir::new();
    let out = Jail::file(&dir.path).run();
    refused(&out, &[&dir.path.to_string_lossy()]);
}

#[test]
fn bad_durations() {
    for (option, value) in [
        ("--timeout", "abc"),
        ("--timeout", "10 parsecs"),
        ("--timeout", "-5s"),
        ("--cpu", "1x"),
        ("--cpu", ""),
    ] {
        refused_value(option, value);
    }
}

#[test]
fn bad_sizes() {
    for (option, value) in [
        ("--memory", "12XB"),
        ("--memory", "-1MiB"),
        ("--output-limit", "lots"),
        ("--file-size", "1.5.5MiB"),
    ] {
        refused_value(option, value);
    }
}

#[test]
fn bad_pids() {
    refused_value("--pids", "-1");
    refused_value("--pids", "many");
}

/// A jail with no time, or too little memory or too few processes for its interpreter to
/// start, cannot run: refused by the flag's name rather than failing in the set-up (or
/// through a server, in a warm jail's cgroup that already holds more).
#[test]
fn too_little_of_a_limit_is_refused_by_name() {
    for option in ["--timeout", "--cpu"] {
        let out = with_option(option, "0");
        refused(&out, &[option, "greater than zero"]);
    }
    for (option, value) in [
        ("--memory", "0"),
        ("--memory", "2097151"),
        ("--memory", "1MiB"),
    ] {
        refused(
            &with_option(option, value),
            &[option, "at least 2097152 bytes"],
        );
    }
    for value in ["0", "1"] {
        refused(&with_option("--pids", value), &["--pids", "at least 2"]);
    }
}

/// The program is a file in /work like the others: `-c` code larger than `--file-size` is
/// refused as a larger FILE is.
#[test]
fn code_larger_than_the_file_size_limit() {
    let out = Jail::code("print('SHOULD-NOT-RUN')")
        .opts(["--file-size", "8"])
        .run();
    refused(&out, &["-c", "file-size limit (8 bytes)"]);
}

/// A run refused before it starts still writes the `--report` it was asked for, as it writes
/// `--result`: verdict `error`, with the reason, about the code it was given.
#[test]
fn a_refused_run_writes_its_report() {
    let dir = HostDir::new();
    let report = dir.join("report.json");
    let result = dir.join("result.json");
    let out = Jail::code("print('SHOULD-NOT-RUN')")
        .opts(["--python", "/nonexistent/python3", "--report"])
        .opts([
            report.to_str().unwrap(),
            "--result",
            result.to_str().unwrap(),
        ])
        .run();
    refused(&out, &["/nonexistent/python3"]);
    let read = |path: &std::path::Path| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(path).expect("written")).unwrap()
    };
    let (report, result) = (read(&report), read(&result));
    assert_eq!(report["verdict"], "error", "{report:#}");
    assert_eq!(result["verdict"], "error", "{result:#}");
    assert!(
        report["reasons"][0]
            .as_str()
            .unwrap()
            .contains("/nonexistent/python3"),
        "{report:#}"
    );
    assert_eq!(report["subject"]["path"], "<string>", "{report:#}");
}

#[test]
fn missing_interpreter() {
    refused(
        &with_option("--python", "/nonexistent/python3"),
        &["/nonexistent/python3"],
    );
}

/// An interpreter without audit hooks (before 3.8) cannot run the telemetry: refused with
/// the reason and the way round, rather than failing inside the jail. Needs a pyenv 3.7 (as
/// these machines have); says SKIPPED without one.
#[test]
fn interpreter_without_audit_hooks() {
    let versions = std::path::Path::new("/root/.pyenv/versions");
    let old = std::fs::read_dir(versions)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().join("bin/python3"))
        .find(|p| {
            let name = p
                .parent()
                .and_then(|b| b.parent())
                .and_then(|v| v.file_name());
            name.is_some_and(|n| n.to_string_lossy().starts_with("3.7.")) && p.exists()
        });
    let Some(old) = old else {
        println!("SKIPPED: no Python 3.7 under {}", versions.display());
        return;
    };
    let old = old.to_str().unwrap();
    refused(
        &with_option("--python", old),
        &["no audit hooks", "skip it"],
    );
    let out = Jail::code("print('ran')")
        .opts(["--python", old, "--no-telemetry"])
        .run();
    out.assert_code(0);
    assert_eq!(out.stdout, "ran\n", "{out}");
}

#[test]
fn interpreter_that_is_not_executable() {
    refused(
        &with_option("--python", "/etc/hostname"),
        &["/etc/hostname"],
    );
}

#[test]
fn missing_stdin_file() {
    refused(
        &with_option("--stdin", "/nonexistent/input.txt"),
        &["/nonexistent/input.txt"],
    );
}

#[test]
fn missing_ro_bind_source() {
    refused(
        &with_option("--ro-bind", "/nonexistent/dir:/data"),
        &["/nonexistent/dir"],
    );
}

#[test]
fn env_without_equals() {
    refused(&with_option("--env", "NOEQUALSSIGN"), &["NOEQUALSSIGN"]);
}

#[test]
fn unknown_degradable_layer() {
    refused(
        &with_option("--allow-degraded", "pyjail-no-such-layer"),
        &["pyjail-no-such-layer"],
    );
}

#[test]
fn unknown_profile_name() {
    refused(
        &with_option("--profile", "pyjail-no-such-profile"),
        &["pyjail-no-such-profile"],
    );
}

/// The shipped strict profile, the base of the broken ones.
fn strict_profile() -> String {
    let path = Path::new(CHECKOUT).join("rules/profiles/strict.yaml");
    fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("the strict profile {} is missing: {e}", path.display()))
}

#[test]
fn profile_with_an_unknown_field() {
    let dir = HostDir::new();
    let mut text = strict_profile();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let line = text.lines().count() + 1;
    text.push_str("pyjail_bogus_field: 1\n");
    let path = dir.join("unknown-field.yaml");
    fs::write(&path, text).unwrap();
    let out = with_option("--profile", &path.to_string_lossy());
    refused(
        &out,
        &[
            "unknown-field.yaml",
            "pyjail_bogus_field",
            &format!("line {line}"),
        ],
    );
}

#[test]
fn profile_with_a_wrongly_typed_field() {
    let dir = HostDir::new();
    let text = strict_profile();
    // The first field holding a plain number (e.g. `pids: 64`), else the first scalar field.
    let is_field = |l: &str, numeric: bool| {
        let Some((key, value)) = l.split_once(':') else {
            return false;
        };
        let key = key.trim();
        let value = value.split('#').next().unwrap_or("").trim();
        !l.trim_start().starts_with('#')
            && !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            && !value.is_empty()
            && (!numeric || value.parse::<f64>().is_ok())
    };
    let lines: Vec<&str> = text.lines().collect();
    let index = lines
        .iter()
        .position(|l| is_field(l, true))
        .or_else(|| lines.iter().position(|l| is_field(l, false)))
        .expect("a scalar field in the strict profile");
    let (key, _) = lines[index].split_once(':').unwrap();
    let field = key.trim().to_string();
    let mut broken: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    broken[index] = format!("{key}: [not, a, scalar]");
    let path = dir.join("wrong-type.yaml");
    fs::write(&path, broken.join("\n") + "\n").unwrap();
    let out = with_option("--profile", &path.to_string_lossy());
    refused(
        &out,
        &["wrong-type.yaml", &field, &format!("line {}", index + 1)],
    );
}

#[test]
fn no_program_at_all() {
    let out = Jail::bare().opts(["--timeout", "5s"]).run();
    out.assert_bounded();
    out.assert_no_panic();
    out.assert_code(125);
}

/// A FILE that is not a regular file: refused at once (125), without reading it. The bound is
/// short on purpose: a pyjail that reads /dev/zero to the end grows by ~0.5 GiB a second.
fn not_a_regular_file(file: &Path) {
    let out = Jail::file(file)
        .bound(std::time::Duration::from_secs(10))
        .run();
    refused(&out, &[&file.to_string_lossy()]);
    let peak = out.peak_rss_kib.unwrap_or(0);
    assert!(
        peak < 64 << 10,
        "pyjail grew to {peak} KiB reading {}\n{out}",
        file.display()
    );
}

#[test]
fn character_device_as_file_is_refused_promptly() {
    not_a_regular_file(Path::new("/dev/zero"));
}

#[test]
fn fifo_as_file_is_refused_promptly() {
    let dir = HostDir::new();
    let fifo = dir.join("program.py");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    not_a_regular_file(&fifo);
}

/// Extreme but well-formed values: refused (125) or honoured, never a panic (overflow) or hang.
#[test]
fn extreme_values_never_panic_or_hang() {
    for (option, value) in [
        ("--timeout", "0s"),
        ("--timeout", "18446744073709551615s"),
        ("--timeout", "99999999999999999999999m"),
        ("--cpu", "0s"),
        ("--cpu", "18446744073709551615s"),
        ("--memory", "1"),
        ("--memory", "18446744073709551615GiB"),
        ("--file-size", "0"),
        ("--file-size", "18446744073709551615TiB"),
        ("--output-limit", "0"),
        ("--output-limit", "18446744073709551615GiB"),
        ("--pids", "0"),
        ("--pids", "1"),
        ("--pids", "18446744073709551615"),
    ] {
        let out = Jail::code("print('ran')")
            .opts([format!("{option}={value}")])
            .bound(std::time::Duration::from_secs(30))
            .run();
        out.assert_bounded();
        out.assert_no_panic();
        assert!(
            out.code == Some(125)
                || out.code == Some(0)
                || out.code == Some(124) // its output was cut
                || out.code.is_some_and(|c| c >= 128),
            "{option}={value}: neither refused (125), nor run, nor stopped by its limit\n{out}"
        );
        if out.code == Some(125) {
            assert!(
                !out.stderr.trim().is_empty(),
                "{option}={value}: refused without a message\n{out}"
            );
        }
    }
}

/// An unknown flag is a usage error (125); the hint that the program's own arguments go after
/// `--` comes only when the flag follows a program, where it was likely meant for it.
#[test]
fn the_hint_about_double_dash_comes_after_a_program_only() {
    let dir = HostDir::new();
    let program = dir.join("prog.py");
    fs::write(&program, "print('SHOULD-NOT-RUN')\n").unwrap();
    let program = program.to_str().unwrap();
    for (args, hinted) in [
        (vec!["run", "--bogus", program], false),
        (vec!["run", program, "--verbose"], true),
    ] {
        let out = std::process::Command::new(pyjail())
            .args(&args)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(125), "{args:?}: {stderr}");
        assert_eq!(
            stderr.contains("go after `--`"),
            hinted,
            "{args:?}: {stderr}"
        );
    }
}

/// Arguments for the program and `-c` code that are not UTF-8 are a usage error that says so
/// (125), not a panic (101): the usage error's own look at the command line must not choke
/// on them either. (A program's path need not be UTF-8.)
#[test]
fn arguments_that_are_not_utf8_are_a_usage_error() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let not_utf8 = OsStr::from_bytes(b"\xff");
    let (run, c, pass, dash) = (
        OsStr::new("run"),
        OsStr::new("-c"),
        OsStr::new("pass"),
        OsStr::new("--"),
    );
    for args in [vec![run, c, pass, dash, not_utf8], vec![run, c, not_utf8]] {
        let out = std::process::Command::new(pyjail())
            .args(&args)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(125), "{args:?}: {stderr}");
        assert!(stderr.contains("invalid UTF-8"), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

/// An interpreter the user cannot reach (behind a directory it may not enter, as a pyenv under
/// root's home is to others) is named as such, not as "not an executable file".
#[test]
fn an_unreachable_interpreter_is_named_as_such() {
    use std::os::unix::fs::PermissionsExt;
    let Some(user) = common::test_user() else {
        return; // not root: there is no one else to lock out
    };
    let dir = HostDir::new();
    let locked = dir.join("locked");
    fs::create_dir(&locked).unwrap();
    std::os::unix::fs::symlink("/usr/bin/python3", locked.join("python3")).unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o700)).unwrap();
    let out = user
        .command(&user.pyjail)
        .args(["run", "--python"])
        .arg(locked.join("python3"))
        .args(["-c", "print('SHOULD-NOT-RUN')"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(125), "{stderr}");
    // As miette wraps it.
    let flat = stderr
        .split_whitespace()
        .filter(|w| *w != "│")
        .collect::<Vec<_>>()
        .join(" ");
    assert!(flat.contains("permission denied on the way"), "{stderr}");
}

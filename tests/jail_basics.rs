//! The contract of `pyjail run` for ordinary programs: output passes through, the exit code is
//! the program's (128+N for signal N), arguments, --env and --stdin reach the program, and
//! nothing else of pyjail's environment does.

mod common;

use std::fs;

use common::host::HostDir;
use common::Jail;

#[test]
fn benign_program_prints_and_exits_0() {
    let out = Jail::code("print('hello from the jail')")
        .opts(["--timeout", "20s"])
        .run();
    out.assert_bounded();
    out.assert_code(0);
    assert!(
        out.stdout.contains("hello from the jail"),
        "output lost\n{out}"
    );
    out.assert_no_panic();
}

#[test]
fn exit_code_is_the_programs() {
    let out = Jail::code("import sys; print('exiting'); sys.exit(3)")
        .opts(["--timeout", "20s"])
        .run();
    out.assert_bounded();
    assert!(
        out.stdout.contains("exiting"),
        "the program did not run\n{out}"
    );
    out.assert_code(3);
}

#[test]
fn uncaught_exception_exits_1_with_its_traceback() {
    let out = Jail::code("raise ValueError('pyjail-test-boom')")
        .opts(["--timeout", "20s"])
        .run();
    out.assert_bounded();
    out.assert_code(1);
    assert!(
        out.stderr.contains("ValueError: pyjail-test-boom"),
        "traceback lost\n{out}"
    );
}

#[test]
fn killed_by_its_own_sigkill_exits_137() {
    let out = Jail::code("import os, signal; print('about to die', flush=True); os.kill(os.getpid(), signal.SIGKILL)")
        .opts(["--timeout", "20s"])
        .run();
    out.assert_bounded();
    assert!(
        out.stdout.contains("about to die"),
        "the program did not run\n{out}"
    );
    out.assert_code(137);
}

#[test]
fn program_from_standard_input_runs() {
    let out = Jail::stdin_program("print('from stdin', 6 * 7)")
        .opts(["--timeout", "20s"])
        .run();
    out.assert_bounded();
    out.assert_code(0);
    assert!(
        out.stdout.contains("from stdin 42"),
        "program from stdin did not run\n{out}"
    );
}

#[test]
fn file_arguments_env_and_stdin_reach_the_program() {
    let dir = HostDir::new();
    let input = dir.join("input.txt");
    fs::write(&input, "line from --stdin\n").unwrap();
    let program = dir.join("show.py");
    fs::write(
        &program,
        "import json, os, sys\nprint(json.dumps({'ev': 'start', 'argv': sys.argv[1:], 'env': dict(os.environ), 'stdin': sys.stdin.read()}))\n",
    )
    .unwrap();
    let out = Jail::file(&program)
        .opts([
            "--timeout",
            "20s",
            "--env",
            "PYJAIL_TEST_PASSED=yes",
            "--stdin",
        ])
        .opts([&input])
        .args(["a", "b c"])
        .env("PYJAIL_TEST_NOT_PASSED", "leak")
        .run();
    out.assert_bounded();
    out.assert_code(0);
    let rec = out
        .event("start")
        .unwrap_or_else(|| panic!("no output\n{out}"));
    assert_eq!(
        rec["argv"],
        serde_json::json!([out.marker, "a", "b c"]),
        "argv\n{out}"
    );
    assert_eq!(
        rec["env"]["PYJAIL_TEST_PASSED"], "yes",
        "--env did not pass\n{out}"
    );
    assert!(
        rec["env"].get("PYJAIL_TEST_NOT_PASSED").is_none(),
        "pyjail's own environment leaked into the program\n{out}"
    );
    assert_eq!(
        rec["stdin"], "line from --stdin\n",
        "--stdin did not reach the program\n{out}"
    );
}

#[test]
fn stdin_of_a_program_read_from_stdin_is_empty() {
    let out = Jail::stdin_program("import sys; print('stdin:', repr(sys.stdin.read()))\n")
        .opts(["--timeout", "20s"])
        .run();
    out.assert_bounded();
    out.assert_code(0);
    assert!(
        out.stdout.contains("stdin: ''"),
        "the program's stdin is not empty when stdin carried the program\n{out}"
    );
}

#[test]
fn odd_file_names_and_arguments_pass_through_untouched() {
    let dir = HostDir::new();
    // A name that breaks any program text built by pasting it in, and arguments that look
    // like options to pyjail, python or a shell.
    let program = dir.join("x'); import os; os._exit(77) #\"$(exit 78).py");
    fs::write(
        &program,
        "import json, sys\nprint(json.dumps({'ev': 'start', 'argv': sys.argv[2:], 'file': __file__}))\n",
    )
    .unwrap();
    let args = ["-c", "--", "-I", "$(id)", "a\nb", "", "--timeout=0s", "é"];
    let out = Jail::file(&program)
        .opts(["--timeout", "20s"])
        .args(args)
        .run();
    out.assert_bounded();
    out.assert_no_panic();
    out.assert_code(0);
    let rec = out
        .event("start")
        .unwrap_or_else(|| panic!("no output\n{out}"));
    assert_eq!(
        rec["argv"],
        serde_json::json!(args),
        "arguments changed on the way\n{out}"
    );
    assert!(
        rec["file"]
            .as_str()
            .unwrap_or("")
            .ends_with("#\"$(exit 78).py"),
        "__file__ is not the program's name\n{out}"
    );
}

#[test]
fn non_utf8_file_name_is_run_or_refused_cleanly() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = HostDir::new();
    let program = dir.path.join(OsStr::from_bytes(b"caf\xe9.py"));
    fs::write(&program, "print('ran')\n").unwrap();
    let out = Jail::file(&program).opts(["--timeout", "20s"]).run();
    out.assert_bounded();
    out.assert_no_panic();
    assert!(
        out.code == Some(0) && out.stdout.contains("ran") || out.code == Some(125),
        "a non-UTF-8 file name neither ran nor was refused with 125\n{out}"
    );
}

#[test]
fn utf8_mode_under_the_jails_locale_and_not_under_the_programs_own() {
    let show =
        "import locale, sys\nprint('mode', sys.flags.utf8_mode, sys.getfilesystemencoding(), \
                sys.stdout.encoding, sys.stdout.errors, locale.setlocale(locale.LC_CTYPE))\n";
    for (env, expected) in [
        (None, "mode 1 utf-8 utf-8 surrogateescape C.UTF-8"),
        (
            Some("LANG=C.UTF-8"),
            "mode 0 utf-8 utf-8 surrogateescape C.UTF-8",
        ),
        (Some("LC_ALL=C"), "mode 1 utf-8 utf-8 surrogateescape C\n"),
    ] {
        for telemetry in [true, false] {
            let mut jail = Jail::code(show).opts(["--timeout", "20s"]);
            if let Some(env) = env {
                jail = jail.opts(["--env", env]);
            }
            if !telemetry {
                jail = jail.opts(["--no-telemetry"]);
            }
            let out = jail.run();
            out.assert_code(0);
            assert!(
                out.stdout.contains(expected),
                "{env:?}, telemetry {telemetry}: expected {expected:?}\n{out}"
            );
        }
    }
}

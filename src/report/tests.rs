//! The report without a jail: outcomes and captures built by hand, source
//! linted by the real analyzer, telemetry parsed by the real parser.

use std::path::PathBuf;

use jail::outcome::{
    Act, DeniedArgs, DeniedCalls, DeniedName, Place, TelemetryCapture, WatchedCall, WatchedCalls,
    WatchedGroup,
};

use super::*;

fn denied(name: &str, count: u64, args: [u64; 6]) -> DeniedName {
    DeniedName {
        name: name.into(),
        arch: "x86_64",
        count,
        samples: vec![DeniedArgs {
            nr: 0,
            args,
            pid: 42,
            count,
        }],
        other_args: 0,
    }
}

fn outcome(calls: DeniedCalls) -> jail::Outcome {
    jail::Outcome {
        exit_code: Some(0),
        denied_calls: calls,
        ..jail::Outcome::default()
    }
}

fn recorded(calls: Vec<DeniedName>, withdrawn: u64) -> DeniedCalls {
    DeniedCalls {
        recorded: true,
        total: calls.iter().map(|c| c.count).sum(),
        calls,
        withdrawn,
        failure: None,
        drained: true,
        ..DeniedCalls::default()
    }
}

fn report_of(source: &str, outcome: &jail::Outcome) -> Report {
    build(Inputs {
        subject: Subject::new("main.py".into(), source.as_bytes()),
        static_analysis: lint("main.py", source.as_bytes()),
        outcome: Ok(outcome),
        telemetry_enabled: true,
    })
}

#[test]
fn an_uneventful_run_is_clean() {
    let report = report_of("print(sum(range(10)))\n", &outcome(recorded(vec![], 0)));
    assert_eq!(report.verdict, Verdict::Clean, "{:?}", report.reasons);
    assert!(report.kernel.complete);
    assert!(report.reasons.is_empty());
}

#[test]
fn every_denied_name_is_said_however_many_others_come_first() {
    let calls = recorded(
        vec![denied("setuid", 1000, [0; 6]), denied("chroot", 1, [0; 6])],
        0,
    );
    let report = report_of("pass\n", &outcome(calls));
    assert_eq!(report.verdict, Verdict::Blocked);
    let names: Vec<&str> = report
        .kernel
        .denied
        .iter()
        .map(|d| d.name.as_str())
        .collect();
    assert_eq!(names, ["setuid", "chroot"]);
    assert_eq!(
        report.reasons[0],
        "the kernel denied 1001 system call(s): setuid ×1000, chroot"
    );
    let human = render_human(&report, false);
    assert!(human.contains("setuid ×1000, chroot"), "{human}");
}

/// Withdrawals that each followed a signal sent to end a process (a pool
/// terminating its workers) do not raise the verdict, and are said; one
/// more than the signals account for does.
#[test]
fn withdrawals_after_signals_that_end_processes_alone_are_clean() {
    let calls = |after_endings| DeniedCalls {
        withdrawn_after_endings: after_endings,
        ..recorded(vec![], 2)
    };
    let report = report_of("pass\n", &outcome(calls(2)));
    assert_eq!(report.verdict, Verdict::Clean, "{:?}", report.reasons);
    let human = render_human(&report, false);
    assert!(
        human.contains(
            "saw 2 interrupted by a signal before they could be read (denied or only watched: \
             unknown), each after a signal sent to end a process"
        ),
        "{human}"
    );
    let report = report_of("pass\n", &outcome(calls(1)));
    assert_eq!(report.verdict, Verdict::Suspicious, "{:?}", report.reasons);
    assert!(
        report.reasons[0].ends_with("1 of them after a signal sent to end a process"),
        "{:?}",
        report.reasons
    );
}

/// A withdrawn notification may have been a denial or a watched call: alone
/// it is suspicious, and said; with a denial read by name, blocked.
#[test]
fn withdrawn_notifications_alone_are_suspicious_and_are_said() {
    let report = report_of("pass\n", &outcome(recorded(vec![], 40)));
    assert_eq!(report.verdict, Verdict::Suspicious, "{:?}", report.reasons);
    assert_eq!(
        (report.kernel.denied_recorded, report.kernel.withdrawn),
        (0, 40)
    );
    assert!(
        report.reasons[0].contains("40 interrupted by a signal before they could be read"),
        "{:?}",
        report.reasons
    );
    let calls = recorded(vec![denied("chroot", 2, [0; 6])], 40);
    let report = report_of("pass\n", &outcome(calls));
    assert_eq!(report.verdict, Verdict::Blocked, "{:?}", report.reasons);
    assert_eq!(
        report.reasons[0],
        "the kernel denied 2 system call(s): chroot ×2; 40 interrupted by a signal before \
         they could be read (denied or only watched: unknown)"
    );
}

#[test]
fn a_record_that_stopped_early_is_not_complete_and_is_a_reason() {
    let mut calls = recorded(vec![], 0);
    calls.failure = Some("reading seccomp notifications: boom".into());
    let report = report_of("pass\n", &outcome(calls));
    assert!(!report.kernel.complete);
    assert_eq!(report.verdict, Verdict::Suspicious);
    assert!(report.reasons[0].contains("boom"), "{:?}", report.reasons);
}

#[test]
fn a_record_not_drained_is_not_complete() {
    let mut calls = recorded(vec![], 0);
    calls.drained = false;
    let report = report_of("pass\n", &outcome(calls));
    assert!(!report.kernel.complete);
    assert!(render_human(&report, false).contains("may be missing"));
}

#[test]
fn without_notification_the_record_claims_nothing() {
    let report = report_of("pass\n", &outcome(DeniedCalls::default()));
    assert_eq!(report.kernel.recorded_by, "none");
    assert!(!report.kernel.complete);
}

#[test]
fn socket_families_are_decoded_per_sample() {
    let calls = recorded(vec![denied("socket", 3000, [17, 3, 0, 0, 0, 0])], 0);
    let report = report_of("pass\n", &outcome(calls));
    let sample = &report.kernel.denied[0].arguments[0];
    assert_eq!(sample.decoded.as_deref(), Some("family=AF_PACKET, type=3"));
    assert_eq!(sample.count, 3000);
}

#[test]
fn the_strongest_findings_are_listed_however_many_weaker_come_first() {
    // More medium findings (PJ501) than the analyzer keeps, some marked ignored
    // by the program itself, then one high (PJ201) on the last line.
    let weak = analyzer::MAX_FINDINGS + 300;
    let mut source = "getattr(x, input())\n".repeat(weak - 50);
    source.push_str(&"getattr(x, input())  # pyjail: ignore[PJ501]\n".repeat(50));
    source.push_str("print.__globals__\n");
    let report = report_of(&source, &outcome(recorded(vec![], 0)));
    let section = &report.static_analysis;
    assert_eq!(section.findings_total, weak + 1);
    assert_eq!(section.findings.len(), analyzer::MAX_FINDINGS);
    assert_eq!(section.findings_left_out, weak + 1 - analyzer::MAX_FINDINGS);
    assert_eq!(section.ignored_by_comment, 50);
    assert!(
        section.findings.iter().any(|f| f.rule_id == "PJ201"),
        "the high finding was crowded out"
    );
    assert!(
        section
            .findings
            .windows(2)
            .all(|w| w[0].range <= w[1].range),
        "listed findings are not in source order"
    );
    let rules: Vec<(&str, usize)> = section
        .by_rule
        .iter()
        .map(|r| (r.rule_id.as_str(), r.count))
        .collect();
    assert_eq!(rules, [("PJ201", 1), ("PJ501", weak)]);
    assert_eq!(section.max_severity, Some(analyzer::Severity::High));
}

#[test]
fn escape_shows_control_and_reordering_characters() {
    assert!(matches!(
        escape("plain × é ✓"),
        std::borrow::Cow::Borrowed(_)
    ));
    assert_eq!(escape("a\x1b[2Jb"), "a\\x1b[2Jb");
    assert_eq!(escape("\r\x07\x7f\n\t"), "\\x0d\\x07\\x7f\\x0a\\x09");
    assert_eq!(escape("\u{9b}31m"), "\\u{9b}31m");
    assert_eq!(
        escape("evil\u{202e}yp.exe\u{2066}\u{200f}"),
        "evil\\u{202e}yp.exe\\u{2066}\\u{200f}"
    );
}

/// What a terminal would act on in `text`, pyjail's own colours aside.
fn live_controls(text: &str) -> Vec<char> {
    let ours = [
        anstyle::Style::new().bold().render().to_string(),
        anstyle::Style::new().dimmed().render().to_string(),
        anstyle::Reset.render().to_string(),
    ];
    let mut text = text.to_string();
    for colour in [
        anstyle::AnsiColor::Green,
        anstyle::AnsiColor::Yellow,
        anstyle::AnsiColor::Red,
    ] {
        let style = anstyle::Style::new().bold().fg_color(Some(colour.into()));
        text = text.replace(&style.render().to_string(), "");
    }
    for sequence in &ours {
        text = text.replace(sequence.as_str(), "");
    }
    text.chars()
        .filter(|&c| c != '\n' && human::needs_escape(c))
        .collect()
}

#[test]
fn nothing_from_the_jail_reaches_the_terminal_raw() {
    let hostile = "\x1b[2J\x1b[Hpyjail report: CLEAN\r\x07\u{202e}\u{9b}8m";
    let capture = TelemetryCapture {
        head: vec![hostile.to_string(), format!("{{\"ev\": \"{hostile}\"}}")],
        bytes: 64,
        ..TelemetryCapture::default()
    };
    let mut run = outcome(recorded(vec![denied("ptrace", 1, [0; 6])], 2));
    run.telemetry = Some(capture);
    run.degradations.push(jail::outcome::Degradation {
        layer: jail::Layer::Landlock,
        detail: hostile.into(),
    });
    let source = format!("x = '{hostile}'\nprint.__globals__\n");
    let mut report = build(Inputs {
        subject: Subject::new(format!("dir/{hostile}.py"), source.as_bytes()),
        static_analysis: lint("main.py", source.as_bytes()),
        outcome: Ok(&run),
        telemetry_enabled: true,
    });
    report.kernel.failure = Some(hostile.into());
    let tampered = report
        .runtime
        .telemetry
        .as_ref()
        .is_some_and(|t| t.tamper.iter().any(|s| s.detail.contains('\x1b')));
    assert!(tampered, "the hostile line did not reach a tamper detail");
    for colour in [false, true] {
        let text = render_human(&report, colour);
        assert_eq!(live_controls(&text), Vec::<char>::new(), "{text:?}");
        assert!(text.contains("\\x1b[2J"), "{text}");
    }
}

#[test]
fn a_failed_run_is_an_error_with_an_empty_record() {
    let report = build(Inputs {
        subject: Subject::new("main.py".into(), b"pass\n"),
        static_analysis: lint("main.py", b"pass\n"),
        outcome: Err("cannot set up the jail".into()),
        telemetry_enabled: true,
    });
    assert_eq!(report.verdict, Verdict::Error);
    assert_eq!(report.kernel.denied_recorded, 0);
}

#[test]
fn a_denial_joins_the_static_finding_of_its_kind() {
    let source = "import ctypes\nctypes.CDLL(None).ptrace(0, 0, 0, 0)\n";
    let calls = recorded(vec![denied("ptrace", 3, [0; 6])], 0);
    let report = report_of(source, &outcome(calls));
    let chain = report
        .correlation
        .iter()
        .find(|c| c.kernel_denials.iter().any(|d| d.name == "ptrace"))
        .expect("no chain with the denial");
    assert_eq!(chain.kind, analyzer::Capability::Native);
    assert_eq!(chain.severity, analyzer::Severity::High);
    assert!(
        chain.static_findings.iter().any(|s| s.line == 2),
        "{chain:?}"
    );
    assert!(
        chain.summary.ends_with("kernel: ptrace ×3 denied"),
        "{}",
        chain.summary
    );
}

/// Telemetry of a run whose program raised `events` (name, category, `via`,
/// arguments as JSON), each from line 3, with a start, counts and end.
type TestEvent<'e> = (&'e str, &'e str, Option<&'e str>, &'e str);

fn telemetry(events: &[TestEvent]) -> TelemetryCapture {
    let at_line_3: Vec<(TestEvent, u32)> = events.iter().map(|e| (*e, 3)).collect();
    telemetry_at(&at_line_3)
}

/// Events as the prelude writes them, each raised at a line of `/work/main.py`.
fn telemetry_at(events: &[(TestEvent, u32)]) -> TelemetryCapture {
    let policy = jail::prelude::default_policy_hash();
    let line = |seq: usize, body: String| {
        format!(r#"{{"v":1,"seq":{seq},"pid":3,"tid":3,"t":{seq}000,{body}}}"#)
    };
    let mut head = vec![line(
        1,
        format!(
            r#""kind":"start","python":"3.11.7","cache_tag":"cpython-311","prelude":"1","policy":"{policy}","file":"/work/main.py","argc":1,"site":false,"fd":255"#
        ),
    )];
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for (i, ((name, category, via, args), at)) in events.iter().enumerate() {
        let via = via.map_or(String::new(), |v| format!(r#","via":"{v}""#));
        head.push(line(
            i + 2,
            format!(
                r#""kind":"event","event":"{name}","tier":"always","cat":"{category}","n":1,"file":"/work/main.py","line":{at}{via},"args":{args}"#
            ),
        ));
        match counts.iter_mut().find(|(n, _)| n == name) {
            Some((_, count)) => *count += 1,
            None => counts.push((name, 1)),
        }
    }
    let n = events.len();
    let listed: Vec<String> = counts
        .iter()
        .map(|(k, v)| format!(r#""{k}":{v}"#))
        .collect();
    head.push(line(
        n + 2,
        format!(r#""kind":"counts","counts":{{{}}}"#, listed.join(",")),
    ));
    head.push(line(
        n + 3,
        format!(
            r#""kind":"end","names":{},"events":{n},"other_events":0,"lost":0,"hook_errors":0"#,
            counts.len()
        ),
    ));
    let bytes = head.iter().map(|l| l.len() as u64 + 1).sum();
    TelemetryCapture {
        head,
        bytes,
        ..TelemetryCapture::default()
    }
}

fn verdict_with(events: &[(&str, &str, Option<&str>, &str)]) -> (Verdict, Vec<String>) {
    let mut run = outcome(recorded(vec![], 0));
    run.telemetry = Some(telemetry(events));
    let report = report_of("import matplotlib\n", &run);
    assert!(
        report.runtime.telemetry.as_ref().unwrap().tamper.is_empty(),
        "{:?}",
        report.runtime.telemetry
    );
    (report.verdict, report.reasons)
}

/// The report of `print(1)` whose run raised `events`.
fn report_of_events(events: &[TestEvent]) -> Report {
    let mut run = outcome(recorded(vec![], 0));
    run.telemetry = Some(telemetry(events));
    report_of("print(1)\n", &run)
}

/// The report of `print(1)` whose run made sampled path records: (event, first argument as
/// JSON, marked unusual by the prelude), each from line 4.
fn report_of_sampled_paths(records: &[(&str, &str, bool)]) -> Report {
    let policy = jail::prelude::default_policy_hash();
    let line = |seq: usize, body: String| {
        format!(r#"{{"v":1,"seq":{seq},"pid":3,"tid":3,"t":{seq}000,{body}}}"#)
    };
    let mut head = vec![line(
        1,
        format!(
            r#""kind":"start","python":"3.11.7","cache_tag":"cpython-311","prelude":"1","policy":"{policy}","file":"/work/main.py","argc":1,"site":false,"fd":255"#
        ),
    )];
    for (i, (name, path, unusual)) in records.iter().enumerate() {
        let marked = if *unusual {
            r#","unusual":true,"file":"/work/main.py","line":4"#
        } else {
            ""
        };
        head.push(line(
            i + 2,
            format!(
                r#""kind":"event","event":"{name}","tier":"sampled","cat":"filesystem-read","n":1{marked},"args":[{path}]"#
            ),
        ));
    }
    let n = records.len();
    let counts: Vec<String> = records
        .iter()
        .map(|(name, _, _)| format!(r#""{name}":{n}"#))
        .collect();
    head.push(line(
        n + 2,
        format!(r#""kind":"counts","counts":{{{}}}"#, counts.join(",")),
    ));
    head.push(line(
        n + 3,
        format!(
            r#""kind":"end","names":{n},"events":{},"other_events":0,"lost":0,"hook_errors":0,"unusual_unrecorded":0"#,
            n * n
        ),
    ));
    let mut run = outcome(recorded(vec![], 0));
    run.telemetry = Some(TelemetryCapture {
        head,
        ..TelemetryCapture::default()
    });
    report_of("print(1)\n", &run)
}

/// A sampled path record is an attempt when the prelude found its path outside the places
/// ordinary code reads: a read of one of them is none, whatever its class (the cgroup's CPU
/// limit, which libraries read to size their pools). Every path event of the policy counts,
/// those the report did not read before it took them from the policy too (`os.walk`).
#[test]
fn only_unusual_reads_are_attempts() {
    let report = report_of_sampled_paths(&[
        ("open", r#""/sys/fs/cgroup/cpu.max","r",524288"#, false),
        ("os.listdir", r#""/work/data""#, false),
    ]);
    assert_eq!(report.verdict, Verdict::Clean, "{:?}", report.reasons);

    let report = report_of_sampled_paths(&[
        ("os.walk", r#""/root/.ssh",true,null,false"#, true),
        ("open", r#""/proc/1/environ","r",524288"#, true),
        ("open", r#""/nonexistent/1","r",524288"#, true),
        // A path given as bytes, shown whole.
        (
            "open",
            r#"{"bytes":"/etc/sudoers","len":12},"r",524288"#,
            true,
        ),
    ]);
    assert_eq!(report.verdict, Verdict::Suspicious, "{:?}", report.reasons);
    assert_eq!(
        report.reasons,
        [
            "the program tried to reach /root/.ssh (line 4), a host secret",
            "the program tried to reach /proc/1/environ (line 4), a kernel or other process' interface",
            "the program tried to reach /etc/sudoers (line 4), a host secret",
        ]
    );
}

/// An unusual path the record does not show whole cannot be classed: cut past 256
/// characters (slashes pad `/etc/shadow` that far) or a str subclass shown as its type, it is
/// named as what the record shows. An ordinary one is no attempt.
#[test]
fn an_unusual_path_the_record_cuts_is_named_as_it_is() {
    let padded = "/".repeat(256);
    let cut = format!(r#"{{"str":"{padded}","len":266}},"r",524288"#);
    let report = report_of_sampled_paths(&[
        ("open", &cut, true),
        ("os.listdir", r#"{"type":"Sneaky"}"#, true),
        ("open", &cut, false),
        ("open", r#"3,"r",524288"#, false),
    ]);
    assert_eq!(report.verdict, Verdict::Suspicious, "{:?}", report.reasons);
    let not_shown = "outside the places ordinary code reads, and not shown whole";
    assert_eq!(
        report.reasons,
        [
            format!(
                "the program tried to reach {}… (266 long) (line 4), {not_shown}",
                &padded[..64]
            ),
            format!("the program tried to reach a path given as a Sneaky (line 4), {not_shown}"),
        ]
    );
}

const FC_LIST: (&str, &str, Option<&str>, &str) = (
    "subprocess.Popen",
    "process",
    Some("import"),
    r#"["fc-list", ["fc-list", "--help"], null, null]"#,
);

/// matplotlib runs `fc-list` while it is imported: the import's doing, not
/// the program's. So is a traceback the interpreter prints at exit.
#[test]
fn what_an_installed_module_does_while_imported_is_not_the_programs() {
    let at_exit = (
        "compile",
        "code-exec",
        Some("interpreter"),
        r#"["raise RuntimeError(message)", "/work/main.py"]"#,
    );
    assert_eq!(verdict_with(&[FC_LIST, at_exit]).0, Verdict::Clean);
    // Changing the environment is ordinary too.
    let putenv = ("os.putenv", "process", Some("library"), r#"["TZ", "UTC"]"#);
    assert_eq!(verdict_with(&[putenv]).0, Verdict::Clean);
}

/// Once the program has changed the environment (a PATH to its own
/// `fc-list`), a process an import starts may be its doing.
#[test]
fn a_process_an_import_starts_counts_after_the_program_changed_the_environment() {
    let path = (
        "os.putenv",
        "process",
        Some("library"),
        r#"["PATH", "/work:/usr/bin"]"#,
    );
    let (verdict, reasons) = verdict_with(&[path, FC_LIST]);
    assert_eq!(verdict, Verdict::Suspicious);
    assert_eq!(reasons, ["1 security-relevant audit event(s) at run time"]);
    // The import's own changes do not count as the program's.
    let its_own = ("os.putenv", "process", Some("import"), r#"["X", "1"]"#);
    assert_eq!(verdict_with(&[its_own, FC_LIST]).0, Verdict::Clean);
    // The program's own process starts count, whatever the environment.
    let own = ("os.system", "process", None, r#"["id"]"#);
    assert_eq!(verdict_with(&[own]).0, Verdict::Suspicious);
}

const HEAP_WALK: TestEvent = ("gc.get_objects", "tamper", None, "[-1]");

const CLOSES_FILES_AT_EXIT: &str = "import gc, io
def close_open_files():
    for obj in gc.get_objects():
        if isinstance(obj, io.IOBase):
            obj.close()
";

fn heap_walk_report(source: &str, lines: &[u32]) -> Report {
    let mut run = outcome(recorded(vec![], 0));
    let events: Vec<(TestEvent, u32)> = lines.iter().map(|&l| (HEAP_WALK, l)).collect();
    run.telemetry = Some(telemetry_at(&events));
    report_of(source, &run)
}

/// A heap walk that static analysis shows keeps to open files accounts for its event.
#[test]
fn a_heap_walk_static_analysis_bounds_counts_for_nothing() {
    let report = heap_walk_report(CLOSES_FILES_AT_EXIT, &[3]);
    assert_eq!(report.verdict, Verdict::Clean, "{:?}", report.reasons);
    let accounted = &report.runtime.accounted_for;
    assert_eq!(accounted.len(), 1);
    assert_eq!(
        (accounted[0].line, accounted[0].rule_id.as_str()),
        (3, "PJ435")
    );
}

/// The same event from another line, or a walk that is not bounded, still counts.
#[test]
fn a_heap_walk_elsewhere_or_unbounded_counts() {
    // A second walk at a line with no finding that accounts for it.
    let report = heap_walk_report(CLOSES_FILES_AT_EXIT, &[3, 5]);
    assert_eq!(report.verdict, Verdict::Suspicious);
    assert_eq!(
        report.reasons,
        [
            "1 security-relevant audit event(s) at run time",
            "telemetry may be incomplete: 1 tamper signal(s)"
        ]
    );
    let unbounded = CLOSES_FILES_AT_EXIT.replace("obj.close()", "obj.write(1)");
    let report = heap_walk_report(&unbounded, &[3]);
    assert_eq!(report.verdict, Verdict::Suspicious);
    assert!(report.runtime.accounted_for.is_empty());
}

/// Constant code the analyzer linted clean (PJ420) accounts for the `compile` its call
/// raises at that line, when the record shows the compiled text whole and as clean: a
/// cookbook recipe's `exec("x += 1")` is clean. Other text compiled at that line, or text
/// the record cut, still counts.
#[test]
fn constant_code_linted_clean_accounts_for_its_compile() {
    let source = "def bump():\n    x = 0\n    exec('x += 1')\n    return x\nbump()\n";
    let compiled = |args: &str| {
        let mut run = outcome(recorded(vec![], 0));
        run.telemetry = Some(telemetry(&[("compile", "code-exec", None, args)]));
        report_of(source, &run)
    };
    let report = compiled(r#"[{"bytes":"x += 1","len":6},"<string>"]"#);
    assert_eq!(report.verdict, Verdict::Clean, "{:?}", report.reasons);
    let accounted = &report.runtime.accounted_for;
    assert_eq!(
        (accounted.len(), accounted[0].rule_id.as_str()),
        (1, "PJ420")
    );
    for other in [
        r#"[{"bytes":"__import__('os').system('id')","len":29},"<string>"]"#,
        r#"[{"bytes":"x += 1","len":900},"<string>"]"#,
        r#"[{"str":"x += 1","len":5000},"<string>"]"#,
    ] {
        let report = compiled(other);
        assert_eq!(report.verdict, Verdict::Suspicious, "{other}");
        assert!(report.runtime.accounted_for.is_empty(), "{other}");
    }
}

/// A long constant the analyzer linted clean (a module bundled as text and `exec`ed into a
/// module object, as the AtCoder Library's expander writes them) accounts for its compile
/// when the cut record shows that constant's start and length; text of another length, or
/// that starts otherwise, still counts.
#[test]
fn a_long_constant_linted_clean_accounts_for_its_cut_compile() {
    let body: String = (0..300).map(|i| format!("x{i} = {i}\n")).collect();
    assert!(body.len() > 2000);
    let source = format!("import types\nm = types.ModuleType('m')\nexec({body:?}, m.__dict__)\n");
    let compiled = |head: &str, len: usize| {
        let mut run = outcome(recorded(vec![], 0));
        let args = format!(
            r#"[{{"bytes":{},"len":{len}}},"<string>"]"#,
            serde_json::to_string(head).unwrap()
        );
        run.telemetry = Some(telemetry(&[("compile", "code-exec", None, &args)]));
        report_of(&source, &run)
    };
    let head = &body[..1800];
    let report = compiled(head, body.len());
    assert_eq!(report.verdict, Verdict::Clean, "{:?}", report.reasons);
    assert_eq!(report.runtime.accounted_for[0].rule_id, "PJ420");
    for (head, len, why) in [
        (head.to_string(), body.len() + 1, "another length"),
        (
            format!("import os\n{}", &body[..1790]),
            body.len(),
            "another start",
        ),
    ] {
        let report = compiled(&head, len);
        assert_eq!(report.verdict, Verdict::Suspicious, "{why}");
        assert!(report.runtime.accounted_for.is_empty(), "{why}");
    }
}

/// Code known only at run time (PJ419, `eval(input())` in a contest solution) is answered
/// for a run whose record shows every text compiled at its line whole and clean: the
/// finding stays in the static section and raises nothing. One compile there of flagged
/// or cut text, or none at all (the code never ran), leaves it raising the verdict.
#[test]
fn code_known_only_at_run_time_is_answered_by_the_texts_the_run_compiled() {
    let source = "import sys\nfor line in sys.stdin:\n    print(eval(line))\n";
    let compiled = |texts: &[&str]| {
        let mut run = outcome(recorded(vec![], 0));
        let events: Vec<(TestEvent, u32)> = texts
            .iter()
            .map(|args| (("compile", "code-exec", None, *args), 3))
            .collect();
        run.telemetry = Some(telemetry_at(&events));
        report_of(source, &run)
    };
    let clean = r#"[{"bytes":"3+4*2","len":5},"<string>"]"#;
    let report = compiled(&[clean, r#"[{"bytes":"[1, 2, 3]","len":9},"<string>"]"#]);
    assert_eq!(report.verdict, Verdict::Clean, "{:?}", report.reasons);
    assert_eq!(report.static_analysis.findings[0].rule_id, "PJ419");
    let accounted = &report.runtime.accounted_for;
    assert_eq!(accounted.len(), 2);
    assert!(accounted
        .iter()
        .all(|a| a.rule_id == "PJ419" && a.line == 3));
    // The hook counted a compile the record did not keep (past a name's budget): it may
    // have been anything.
    let mut run = outcome(recorded(vec![], 0));
    let mut capture = telemetry_at(&[(("compile", "code-exec", None, clean), 3)]);
    for line in &mut capture.head {
        *line = line.replace(r#""counts":{"compile":1}"#, r#""counts":{"compile":2}"#);
    }
    run.telemetry = Some(capture);
    let report = report_of(source, &run);
    assert_eq!(report.verdict, Verdict::Suspicious, "an unkept compile");
    assert!(report.runtime.accounted_for.is_empty());
    for (texts, why) in [
        (
            vec![
                clean,
                r#"[{"bytes":"__import__('os').system('id')","len":29},"<string>"]"#,
            ],
            "one text the analyzer flags",
        ),
        (
            vec![clean, r#"[{"str":"1+1","len":5000},"<string>"]"#],
            "one text the record cut",
        ),
        (vec![], "no compile: the code never ran"),
    ] {
        let report = compiled(&texts);
        assert_eq!(report.verdict, Verdict::Suspicious, "{why}");
        assert!(
            report
                .reasons
                .iter()
                .any(|r| r.starts_with("static analysis: 1 finding(s), the strongest high")),
            "{why}: {:?}",
            report.reasons
        );
    }
}

/// Text the program holds as a string is not code the analyzer checked: compiling it
/// counts, however the call to `eval` was hidden from the analyzer.
#[test]
fn compiling_text_the_program_holds_still_counts() {
    let source = "import functools\nfunctools.reduce(lambda a, f: f(a), [eval], \"__import__('os').getcwd()\")\n";
    let mut run = outcome(recorded(vec![], 0));
    let args = r#"["__import__('os').getcwd()", "<string>"]"#;
    run.telemetry = Some(telemetry(&[("compile", "code-exec", None, args)]));
    let report = report_of(source, &run);
    assert_eq!(report.verdict, Verdict::Suspicious, "{:?}", report.reasons);
    assert!(report.runtime.accounted_for.is_empty());
}

/// Code a library compiles for the program under a made-up file name (a doctest built at
/// run time, a timeit statement, a dataclass's methods written from field names), or a
/// module the program wrote into /tmp and imported, counts when the analyzer flags it; the
/// library's ordinary work, and the lines a traceback compiles to show them, do not.
#[test]
fn code_a_library_compiles_for_the_program_counts_when_the_analyzer_flags_it() {
    for (via, args, counts) in [
        (
            "library",
            r#"[{"bytes": "with open('/flag') as fh:\n    print(fh.read())\n", "len": 47}, "<doctest __main__.selfcheck[0]>"]"#,
            true,
        ),
        (
            "library",
            r#"["__import__('os').system('id')", "<timeit-src>"]"#,
            true,
        ),
        (
            "import",
            r#"[{"bytes": "print(open('/flag').read())\n", "len": 28}, "/usr/lib/python3.11/../../../tmp/t/site_tools.py"]"#,
            true,
        ),
        // A suppression comment in the text is the program's own word.
        (
            "library",
            r#"["__import__('os').system('id')  # pyjail: ignore[PJ210, PJ403]", "<string>"]"#,
            true,
        ),
        (
            "library",
            r#"["def __create_fn__(_type_x):\n def __init__(self, x:_type_x):\n  self.x=x\n return __init__", "<string>"]"#,
            false,
        ),
        // A traceback showing a library's line.
        (
            "interpreter",
            r#"["exec(txt, globals, ns)", "<unknown>"]"#,
            false,
        ),
        (
            "library",
            r#"["os.system(cmd)", "/usr/lib/python3.11/pydoc.py"]"#,
            false,
        ),
    ] {
        let report = report_of_events(&[("compile", "code-exec", Some(via), args)]);
        assert_eq!(
            report.verdict != Verdict::Clean,
            counts,
            "{via} {args}: {:?}",
            report.reasons
        );
    }
}

#[test]
fn writing_to_harmless_devices_is_the_jails_own_business() {
    for (path, counts) in [
        ("/dev/null", false),
        ("/dev/stdout", false),
        ("/dev/sda", true),
        ("/dev/null/../sda", true),
    ] {
        let args = format!(r#"["{path}", "w", 577]"#);
        let args: &'static str = Box::leak(args.into_boxed_str());
        let report = report_of_events(&[("open", "filesystem-write", None, args)]);
        assert_eq!(
            report.verdict != Verdict::Clean,
            counts,
            "{path}: {:?}",
            report.reasons
        );
    }
}

/// One watched call: act, place, call name, paths, argv.
type Watched<'a> = (Act, Place, &'a str, &'a [&'a str], &'a [&'a str]);

/// A kernel record of watched calls, each once.
fn watched(calls: &[Watched]) -> WatchedCalls {
    let mut record = WatchedCalls {
        recorded: true,
        ..WatchedCalls::default()
    };
    for &(act, place, call, paths, argv) in calls {
        record.total += 1;
        record.groups.push(WatchedGroup {
            act,
            place,
            count: 1,
            samples: vec![WatchedCall {
                call: call.into(),
                paths: paths.iter().map(|p| p.to_string()).collect(),
                argv: argv.iter().map(|a| a.to_string()).collect(),
                loader_variables: Vec::new(),
                pids: vec![9],
                count: 1,
            }],
            other: 0,
            other_pids: Vec::new(),
            other_pids_cut: false,
        });
    }
    record
}

/// The paths of the program starts no audit event accounts for.
fn unaccounted(report: &Report) -> Vec<&str> {
    let execs = report.kernel.watched.execs.iter();
    execs
        .filter(|e| e.accounted_by.is_none())
        .map(|e| e.path.as_str())
        .collect()
}

fn report_with_watched(
    record: WatchedCalls,
    events: &[(&str, &str, Option<&str>, &str)],
) -> Report {
    let mut run = outcome(recorded(vec![], 0));
    run.watched_calls = record;
    run.telemetry = Some(telemetry(events));
    report_of("print(1)\n", &run)
}

/// Writes in the jail's scratch are the program's business; a write outside
/// it, or to a start-up file of the jail's home, is an attempt: suspicious,
/// with the path in the reason. The result is not claimed.
#[test]
fn watched_writes_outside_the_scratch_are_attempts() {
    let ordinary = watched(&[
        (
            Act::Write,
            Place::Writable,
            "openat",
            &["/work/out.txt"],
            &[],
        ),
        (Act::Remove, Place::Writable, "unlink", &["/tmp/x"], &[]),
        (
            Act::Write,
            Place::HiddenInHome,
            "openat",
            &["/work/.cache/matplotlib/fontlist.json"],
            &[],
        ),
    ]);
    let report = report_with_watched(ordinary, &[]);
    assert_eq!(report.verdict, Verdict::Clean, "{:?}", report.reasons);
    assert_eq!(report.kernel.watched.inside_total, 3);

    let outside = watched(&[
        (
            Act::Write,
            Place::Outside,
            "openat",
            &["/etc/cron.d/x"],
            &[],
        ),
        (
            Act::Rename,
            Place::Outside,
            "rename",
            &["/work/a", "/usr/lib/a"],
            &[],
        ),
    ]);
    let report = report_with_watched(outside, &[]);
    assert_eq!(report.verdict, Verdict::Suspicious);
    let reason = &report.reasons[0];
    assert!(
        reason.contains("2 attempt(s)")
            && reason.contains("openat /etc/cron.d/x")
            && reason.contains("rename /work/a → /usr/lib/a")
            && reason.contains("does not see results"),
        "{reason}"
    );

    let home = watched(&[(
        Act::Write,
        Place::HiddenInHome,
        "openat",
        &["/work/.bashrc"],
        &[],
    )]);
    let report = report_with_watched(home, &[]);
    assert_eq!(report.verdict, Verdict::Suspicious);
    assert!(report.reasons[0].contains("/work/.bashrc, a file that runs code later"));

    let unknown = watched(&[(Act::Write, Place::Unknown, "openat", &["<unreadable>"], &[])]);
    assert_eq!(
        report_with_watched(unknown, &[]).verdict,
        Verdict::Suspicious
    );
}

/// A program start is accounted for by an audit event that starts a program
/// of that name (the PATH search tries several paths), or by a shell's command
/// line; the account is shown, but only a helper's fixed command line clears a
/// start, so every other start is suspicious, and one no event accounts for
/// says so.
#[test]
fn program_starts_need_an_audit_event_that_accounts_for_them() {
    let popen = (
        "subprocess.Popen",
        "process",
        Some("library"),
        r#"["true", ["true"], null, null]"#,
    );
    let search = watched(&[
        (
            Act::Exec,
            Place::Outside,
            "execve",
            &["/usr/local/bin/true"],
            &["true"],
        ),
        (
            Act::Exec,
            Place::Outside,
            "execve",
            &["/usr/bin/true"],
            &["true"],
        ),
    ]);
    let report = report_with_watched(search.clone(), &[popen]);
    let execs = &report.kernel.watched.execs;
    assert!(
        execs
            .iter()
            .all(|e| e.accounted_by.as_deref() == Some("subprocess.Popen at line 3 (via library)")),
        "{execs:?}"
    );
    assert_eq!(report.verdict, Verdict::Suspicious);
    assert_eq!(
        report.reasons,
        ["the kernel saw 2 program start(s) that are no fixed helper of the standard library \
          or of an installed module: execve /usr/local/bin/true [true], execve /usr/bin/true [true]"]
    );

    // Without the event: the kernel saw it, nothing accounts for it.
    let report = report_with_watched(search, &[]);
    assert_eq!(report.verdict, Verdict::Suspicious);
    assert!(
        report.reasons[0].contains("2 program start(s) that no audit event accounts for"),
        "{:?}",
        report.reasons
    );

    // A shell's command line accounts for the programs it names (`os.system` passes it as
    // bytes, which the telemetry records as such).
    let system = (
        "os.system",
        "process",
        None,
        r#"[{"bytes": "ls -l | /usr/bin/wc -l", "len": 21}]"#,
    );
    let shell = watched(&[
        (
            Act::Exec,
            Place::Outside,
            "execve",
            &["/bin/sh"],
            &["sh", "-c", "ls -l | /usr/bin/wc -l"],
        ),
        (
            Act::Exec,
            Place::Outside,
            "execve",
            &["/usr/bin/ls"],
            &["ls", "-l"],
        ),
        (
            Act::Exec,
            Place::Outside,
            "execve",
            &["/usr/bin/wc"],
            &["wc", "-l"],
        ),
        (
            Act::Exec,
            Place::Outside,
            "execve",
            &["/usr/bin/id"],
            &["id"],
        ),
    ]);
    let report = report_with_watched(shell, &[system]);
    assert_eq!(unaccounted(&report), ["/usr/bin/id"]);

    // A program that starts the one its arguments name (`env`) accounts for it, bytes or not;
    // other programs' arguments do not.
    let env = (
        "subprocess.Popen",
        "process",
        None,
        r#"[{"bytes": "/usr/bin/env", "len": 12}, [{"bytes": "/usr/bin/env", "len": 12}, "LC_ALL=C", "date"], null, null]"#,
    );
    let echo = (
        "subprocess.Popen",
        "process",
        None,
        r#"["/bin/echo", ["/bin/echo", "id"], null, null]"#,
    );
    // A shell line longer than the telemetry keeps whole: its head still names programs.
    let long = (
        "subprocess.Popen",
        "process",
        None,
        r#"["/bin/sh", ["/bin/sh", "-c", {"str": "tr a-z A-Z < in.txt | wc -c; echo", "len": 300}], null, null]"#,
    );
    let started = watched(&[
        (
            Act::Exec,
            Place::Outside,
            "execve",
            &["/usr/bin/env"],
            &["env", "LC_ALL=C", "date"],
        ),
        (
            Act::Exec,
            Place::Outside,
            "execve",
            &["/usr/bin/date"],
            &["date"],
        ),
        (
            Act::Exec,
            Place::Outside,
            "execve",
            &["/bin/echo"],
            &["echo", "id"],
        ),
        (
            Act::Exec,
            Place::Outside,
            "execve",
            &["/usr/bin/id"],
            &["id"],
        ),
        (
            Act::Exec,
            Place::Outside,
            "execve",
            &["/usr/bin/tr"],
            &["tr", "a-z", "A-Z"],
        ),
    ]);
    let report = report_with_watched(started, &[env, echo, long]);
    assert_eq!(unaccounted(&report), ["/usr/bin/id"]);

    // matplotlib's fc-list, started while it is imported.
    let fc_list = watched(&[(
        Act::Exec,
        Place::Outside,
        "execve",
        &["/usr/bin/fc-list"],
        &["fc-list", "--help"],
    )]);
    let report = report_with_watched(fc_list, &[FC_LIST]);
    assert_eq!(report.verdict, Verdict::Clean, "{:?}", report.reasons);
}

/// Paths and arguments from the jail reach the terminal escaped.
#[test]
fn watched_paths_are_escaped() {
    let hostile = "/etc/\x1b[2Jcron";
    let record = watched(&[
        (Act::Write, Place::Outside, "openat", &[hostile], &[]),
        (
            Act::Exec,
            Place::Outside,
            "execve",
            &["/bin/\u{202e}sh"],
            &["\x07"],
        ),
    ]);
    let report = report_with_watched(record, &[]);
    for colour in [false, true] {
        let text = render_human(&report, colour);
        assert_eq!(live_controls(&text), Vec::<char>::new(), "{text:?}");
    }
    assert!(report.reasons.iter().all(|r| !r.contains('\x1b')));
}

/// A helper program (matplotlib's `fc-list`) may try to write its own cache
/// outside the scratch: the helper's doing, listed, not counted, unless the
/// program changed its environment first.
#[test]
fn writes_of_a_helper_program_are_the_helpers() {
    let record = || {
        watched(&[
            (
                Act::Exec,
                Place::Outside,
                "execve",
                &["/usr/bin/fc-list"],
                &["fc-list"],
            ),
            (
                Act::Write,
                Place::Outside,
                "openat",
                &["/var/cache/fontconfig/x.cache-8"],
                &[],
            ),
        ])
    };
    let report = report_with_watched(record(), &[FC_LIST]);
    assert_eq!(report.verdict, Verdict::Clean, "{:?}", report.reasons);
    let change = &report.kernel.watched.outside[0];
    assert!(
        change
            .describe()
            .ends_with("(by /usr/bin/fc-list, matplotlib's font manager (a fixed helper program))"),
        "{}",
        change.describe()
    );
    let path = (
        "os.putenv",
        "process",
        Some("library"),
        r#"["PATH", "/work"]"#,
    );
    let report = report_with_watched(record(), &[path, FC_LIST]);
    assert!(
        report
            .reasons
            .iter()
            .any(|r| r.contains("1 attempt(s) to write")),
        "{:?}",
        report.reasons
    );
    // Another pid's write is not the helper's.
    let mut other = record();
    other.groups[1].samples[0].pids.push(10);
    let report = report_with_watched(other, &[FC_LIST]);
    assert_eq!(report.verdict, Verdict::Suspicious);
}

/// What stays inside the jail counts against nobody: forks, signals to the
/// program's own processes, unix sockets in its scratch, sends on connected
/// sockets, and unpickling plain data. Their neighbours that leave it still
/// count.
#[test]
fn what_stays_in_the_jail_is_its_own_business() {
    for (event, category, via, args, counts) in [
        ("os.fork", "process", Some("library"), "[]", false),
        ("os.fork", "process", None, "[]", false),
        ("os.kill", "signal", Some("library"), "[3, 15]", false),
        ("os.kill", "signal", None, "[2, 2]", false),
        ("os.kill", "signal", None, "[1, 9]", true),
        ("os.kill", "signal", None, "[-1, 9]", true),
        ("os.kill", "signal", None, "[0, 9]", true),
        ("os.killpg", "signal", None, "[1, 9]", true),
        ("signal.pthread_kill", "signal", None, "[140000, 10]", false),
        (
            "socket.bind",
            "network",
            Some("library"),
            r#"[{"type": "socket"}, "/tmp/pymp-1/listener-2"]"#,
            false,
        ),
        (
            "socket.connect",
            "network",
            None,
            r#"[{"type": "socket"}, "\u0000abstract"]"#,
            false,
        ),
        (
            "socket.connect",
            "network",
            None,
            r#"[{"type": "socket"}, "/run/docker.sock"]"#,
            true,
        ),
        (
            "socket.connect",
            "network",
            None,
            r#"[{"type": "socket"}, ["10.0.0.1", 80]]"#,
            true,
        ),
        (
            "socket.sendmsg",
            "network",
            Some("library"),
            r#"[{"type": "socket"}, null]"#,
            false,
        ),
        (
            "socket.sendto",
            "network",
            None,
            r#"[{"type": "socket"}, ["10.0.0.1", 53]]"#,
            true,
        ),
        (
            "pickle.find_class",
            "native",
            None,
            r#"["__main__", "Book"]"#,
            false,
        ),
        (
            "pickle.find_class",
            "native",
            None,
            r#"["datetime", "date"]"#,
            false,
        ),
        (
            "pickle.find_class",
            "native",
            None,
            r#"["os", "system"]"#,
            true,
        ),
        (
            "pickle.find_class",
            "native",
            None,
            r#"["__main__", "os.system"]"#,
            true,
        ),
        (
            "pickle.find_class",
            "native",
            None,
            r#"["builtins", "getattr"]"#,
            true,
        ),
    ] {
        let report = report_of_events(&[(event, category, via, args)]);
        assert_eq!(
            report.verdict != Verdict::Clean,
            counts,
            "{event} {args}: {:?}",
            report.reasons
        );
    }
}

/// `multiprocessing.Value` views shared memory through ctypes `from_buffer`
/// (`cdata/buffer`, then `cdata` at that address) and takes its address:
/// not native code the program reached. A raw address read, a library loaded
/// or a `cdata` at an address of its own is.
#[test]
fn a_librarys_ctypes_views_of_its_own_buffers_do_not_count() {
    let view = |address: u64| -> Vec<TestEvent<'static>> {
        let buffer = format!("[{address}, 4, 0]");
        let at = format!("[{address}]");
        vec![
            (
                "ctypes.cdata/buffer",
                "native",
                Some("library"),
                Box::leak(buffer.into_boxed_str()),
            ),
            (
                "ctypes.cdata",
                "native",
                Some("library"),
                Box::leak(at.into_boxed_str()),
            ),
            (
                "ctypes.addressof",
                "native",
                Some("library"),
                r#"[{"type": "c_int"}]"#,
            ),
        ]
    };
    let verdict = |events: &[TestEvent]| report_of_events(events).verdict;
    assert_eq!(verdict(&view(4096)), Verdict::Clean);
    let mut elsewhere = view(4096);
    elsewhere[1].3 = "[8192]";
    assert_eq!(verdict(&elsewhere), Verdict::Suspicious);
    for other in [
        ("ctypes.cdata", "native", Some("library"), "[4096]"),
        (
            "ctypes.dlopen",
            "native",
            Some("library"),
            r#"["libc.so.6"]"#,
        ),
        ("ctypes.string_at", "native", Some("library"), "[4096, 8]"),
        ("ctypes.cdata/buffer", "native", None, "[4096, 4, 0]"),
    ] {
        assert_eq!(verdict(&[other]), Verdict::Suspicious, "{other:?}");
    }
}

/// The interpreters multiprocessing starts itself raise no event; the record
/// accounts for them word for word, on the jail's interpreter, when the
/// loader was told to load nothing into them.
#[test]
fn the_standard_librarys_own_interpreters_are_accounted_for() {
    const PYTHON: &str = "/usr/bin/python3";
    let tracker = [
        PYTHON,
        "-B",
        "-S",
        "-I",
        "-X",
        "utf8",
        "-c",
        "from multiprocessing.resource_tracker import main;main(5)",
    ];
    let report_of_start = |path: &str, argv: &[&str], loader: &[&str]| {
        let mut record = watched(&[(Act::Exec, Place::Outside, "execve", &[path], argv)]);
        record.groups[0].samples[0].loader_variables =
            loader.iter().map(|v| v.to_string()).collect();
        let mut run = outcome(recorded(vec![], 0));
        run.interpreter = PYTHON.into();
        run.watched_calls = record;
        run.telemetry = Some(telemetry(&[]));
        report_of("print(1)\n", &run)
    };
    let report = report_of_start(PYTHON, &tracker, &[]);
    assert_eq!(report.verdict, Verdict::Clean, "{:?}", report.reasons);
    assert_eq!(
        report.kernel.watched.execs[0].helper.as_deref(),
        Some("multiprocessing's resource tracker (standard library)")
    );
    let mut evil = tracker;
    evil[7] = "from multiprocessing.resource_tracker import main;main(5);import os";
    for (path, argv, loader) in [
        (PYTHON, &evil[..], &[][..]),
        ("/tmp/python3", &tracker[..], &[][..]),
        (PYTHON, &tracker[..], &["LD_PRELOAD"][..]),
        (PYTHON, &tracker[..], &["…"][..]),
    ] {
        let report = report_of_start(path, argv, loader);
        assert_eq!(unaccounted(&report), [path], "{argv:?} {loader:?}");
        assert_eq!(report.verdict, Verdict::Suspicious);
    }
}

/// The kernel's record of program starts with `execs` (path, argv), each from the
/// read-only system.
fn starts(execs: &[(&str, &[&str])]) -> WatchedCalls {
    let calls: Vec<_> = execs
        .iter()
        .map(|&(path, argv)| (Act::Exec, Place::Outside, "execve", [path], argv))
        .collect();
    let borrowed: Vec<_> = calls
        .iter()
        .map(|(act, place, call, paths, argv)| (*act, *place, *call, &paths[..], *argv))
        .collect();
    watched(&borrowed)
}

/// The program's telemetry can say anything about who started a program: a start the
/// kernel saw is cleared only by a helper's fixed command line, never by a record
/// relabelled as an import's (or a library's).
#[test]
fn relabelled_telemetry_clears_no_program_start() {
    for via in [Some("import"), Some("library"), None] {
        let system = (
            "os.system",
            "process",
            via,
            r#"[{"bytes": "id; cat /etc/hostname", "len": 21}]"#,
        );
        let shell = starts(&[
            ("/bin/sh", &["sh", "-c", "id; cat /etc/hostname"]),
            ("/usr/bin/id", &["id"]),
            ("/usr/bin/cat", &["cat", "/etc/hostname"]),
        ]);
        let report = report_with_watched(shell, &[system]);
        assert_eq!(report.verdict, Verdict::Suspicious, "{via:?}");
        assert!(
            report.reasons[0].contains("3 program start(s) that are no fixed helper"),
            "{via:?}: {:?}",
            report.reasons
        );
    }
}

/// An import's (or a library's) network, signal, credential and device events count: the
/// record's `via` is the telemetry's word.
#[test]
fn an_imports_network_use_counts() {
    let connect = (
        "socket.connect",
        "network",
        Some("import"),
        r#"[{"type": "socket"}, ["192.0.2.1", 443]]"#,
    );
    assert_eq!(verdict_with(&[connect]).0, Verdict::Suspicious);
}

/// What the standard library runs on an ordinary call (`platform.architecture()` runs
/// `file -b` on the interpreter, `platform.processor()` runs `uname -p`) is judged on
/// the kernel's record alone: clean, whatever the telemetry says.
#[test]
fn a_fixed_helper_program_is_not_the_programs_start() {
    const PYTHON: &str = "/usr/bin/python3.11";
    let popen = (
        "subprocess.Popen",
        "process",
        Some("library"),
        r#"["file", ["file", "-b", "/usr/bin/python3.11"], null, null]"#,
    );
    let record = starts(&[
        ("/usr/bin/file", &["file", "-b", PYTHON]),
        ("/usr/bin/uname", &["uname", "-p"]),
    ]);
    for events in [&[popen][..], &[]] {
        let mut run = outcome(recorded(vec![], 0));
        run.interpreter = PYTHON.into();
        run.watched_calls = record.clone();
        run.telemetry = Some(telemetry(events));
        let report = report_of("import platform\nplatform.architecture()\n", &run);
        assert_eq!(report.verdict, Verdict::Clean, "{:?}", report.reasons);
    }
}

/// A flood of the telemetry pipe crowds records out, not the hook's end counts: a
/// security-relevant count beyond the records kept is suspicious.
#[test]
fn events_counted_but_crowded_out_of_the_record_count() {
    let connect = (
        "socket.connect",
        "network",
        None,
        r#"[{"type": "socket"}, ["192.0.2.1", 443]]"#,
    );
    let mut capture = telemetry(&[connect; 50]);
    let before = capture.head.len();
    capture
        .head
        .retain(|line| !line.contains(r#""event":"socket.connect""#));
    capture.dropped_lines = (before - capture.head.len()) as u64;
    let mut run = outcome(recorded(vec![], 0));
    run.telemetry = Some(capture);
    let report = report_of("print(1)\n", &run);
    assert_eq!(report.verdict, Verdict::Suspicious);
    assert!(
        report.reasons.iter().any(|r| r
            == "the hook counted 50 `socket.connect` event(s) whose records were lost (a full or flooded telemetry pipe)"),
        "{:?}",
        report.reasons
    );
    // Without a loss, every counted event has its record, judged on its own.
    let unix = (
        "socket.connect",
        "network",
        Some("library"),
        r#"[{"type": "socket"}, "\u0000listener"]"#,
    );
    assert_eq!(report_of_events(&[unix]).verdict, Verdict::Clean);
}

/// A library of the interpreter's own process that keeps state outside the scratch
/// (libuuid's clock, on `uuid.uuid1()`) attempts an ordinary write there.
#[test]
fn a_librarys_own_state_file_is_not_the_programs_write() {
    let clock = watched(&[(
        Act::Write,
        Place::Outside,
        "openat",
        &["/var/lib/libuuid/clock.txt"],
        &[],
    )]);
    let report = report_with_watched(clock, &[]);
    assert_eq!(report.verdict, Verdict::Clean, "{:?}", report.reasons);
    assert_eq!(
        report.kernel.watched.outside[0].describe(),
        "openat /var/lib/libuuid/clock.txt (libuuid's clock, which uuid.uuid1() keeps)"
    );
    let beside = watched(&[(
        Act::Rename,
        Place::Outside,
        "rename",
        &["/var/lib/libuuid/clock.txt", "/etc/cron.d/x"],
        &[],
    )]);
    assert_eq!(
        report_with_watched(beside, &[]).verdict,
        Verdict::Suspicious
    );
}

/// Calls past a group's samples are known by their callers: a helper's cache writes
/// (fontconfig writes one file per font directory) past the sample are its own, unless
/// another process made some of them.
#[test]
fn a_helpers_writes_past_the_sample_are_the_helpers() {
    let record = |other_pids: Vec<u32>| {
        let mut record = watched(&[
            (
                Act::Exec,
                Place::Outside,
                "execve",
                &["/usr/bin/fc-list"],
                &["fc-list"],
            ),
            (
                Act::Write,
                Place::Outside,
                "openat",
                &["/var/cache/fontconfig/a.cache-8"],
                &[],
            ),
        ]);
        let writes = &mut record.groups[1];
        writes.other = 7;
        writes.count += 7;
        writes.other_pids = other_pids;
        record.total += 7;
        record
    };
    let report = report_with_watched(record(vec![9]), &[]);
    assert_eq!(report.verdict, Verdict::Clean, "{:?}", report.reasons);
    assert_eq!(report.kernel.watched.not_kept_by_helpers, 7);
    let report = report_with_watched(record(vec![9, 10]), &[]);
    assert_eq!(report.verdict, Verdict::Suspicious);
    assert!(
        report.reasons[0].contains("7 attempt(s)"),
        "{:?}",
        report.reasons
    );
}

/// A module's finding says nothing about the program's lines: a bounded heap
/// walk at line 3 of a module does not account for the program's unbounded
/// one at its own line 3, nor join its chain.
#[test]
fn a_modules_finding_does_not_account_for_the_programs_event() {
    let program = CLOSES_FILES_AT_EXIT.replace("obj.close()", "obj.write(1)");
    let mut run = outcome(recorded(vec![], 0));
    run.telemetry = Some(telemetry_at(&[(HEAP_WALK, 3)]));
    let helper = PathBuf::from("helper.py");
    let static_analysis = modules::lint(
        "main.py",
        program.as_bytes(),
        modules::candidates([(helper, CLOSES_FILES_AT_EXIT.len() as u64)], "main.py"),
        |_, _| Ok(CLOSES_FILES_AT_EXIT.as_bytes().to_vec()),
    );
    assert!(static_analysis
        .findings
        .iter()
        .any(|f| f.rule_id == "PJ435" && f.file == "helper.py" && f.start.line == 3));
    let report = build(Inputs {
        subject: Subject::new("main.py".into(), program.as_bytes()),
        static_analysis,
        outcome: Ok(&run),
        telemetry_enabled: true,
    });
    assert!(report.runtime.accounted_for.is_empty());
    assert_eq!(report.verdict, Verdict::Suspicious);
    for chain in &report.correlation {
        assert!(
            chain.static_findings.iter().all(|s| s.rule_id != "PJ435"),
            "{chain:?}"
        );
    }
}

/// A helper's process ran the caller's code before it started the helper: only writes
/// under the helper's own state are its own, and never a start-up file.
#[test]
fn only_a_helpers_own_state_is_its_doing() {
    for (place, path) in [
        (Place::Outside, "/etc/cron.d/x"),
        (Place::HiddenInHome, "/work/.bashrc"),
    ] {
        let record = watched(&[
            (
                Act::Exec,
                Place::Outside,
                "execve",
                &["/usr/bin/fc-list"],
                &["fc-list"],
            ),
            (Act::Write, place, "openat", &[path], &[]),
        ]);
        let report = report_with_watched(record, &[]);
        assert_eq!(report.verdict, Verdict::Suspicious, "{path}");
    }
}

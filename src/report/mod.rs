//! The threat report: what the code looked like it would do (analyzer), what
//! it tried at run time (audit telemetry, advisory), and what the kernel
//! stopped (seccomp denials recorded by the supervisor), joined in one
//! versioned document. Schema: `docs/report.schema.json`.

mod correlate;
mod human;
mod kind;

use serde::Serialize;

pub use human::render as render_human;

/// Bumped on any incompatible change to the JSON form.
pub const SCHEMA: &str = "pyjail-report/1";

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema: &'static str,
    pub tool: Tool,
    pub subject: Subject,
    pub verdict: Verdict,
    /// Why the verdict is what it is, most important first.
    pub reasons: Vec<String>,
    #[serde(rename = "static")]
    pub static_analysis: StaticSection,
    pub runtime: RuntimeSection,
    pub kernel: KernelSection,
    pub limits: LimitsSection,
    pub process: ProcessSection,
    pub correlation: Vec<correlate::Chain>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct Subject {
    /// The path given, `<string>` for `-c`, `<stdin>` for `-`.
    pub path: String,
    pub sha256: String,
    pub size: u64,
}

/// From least to most alarming; the report takes the strongest that applies,
/// except that `error` means the jail could not run the program at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// No static finding, no notable event, nothing denied, no limit hit.
    Clean,
    /// Static or runtime signs of an escape attempt, but nothing was blocked.
    Suspicious,
    /// A limit ended or cut the run.
    LimitExceeded,
    /// The jail denied something.
    Blocked,
    /// The jail could not run the program.
    Error,
}

#[derive(Debug, Clone, Serialize)]
pub struct StaticSection {
    /// Every finding, those the source asks to ignore included.
    pub findings: Vec<analyzer::Finding>,
    /// How many of `findings` a `# pyjail: ignore[...]` comment in the
    /// program itself would have hidden from `pyjail lint`.
    pub ignored_by_comment: usize,
    /// Why the code could not be linted completely (the findings of the rest are
    /// listed); it still ran in the jail.
    pub parse_error: Option<ParseError>,
    pub max_severity: Option<analyzer::Severity>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ParseError {
    pub kind: &'static str,
    pub message: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl StaticSection {
    /// The program's own `# pyjail: ignore[...]` comments are the author's
    /// word, and the author is not trusted here: suppressed findings count.
    pub fn from_lint(linted: analyzer::Linted) -> Self {
        let ignored_by_comment = linted.suppressed.len();
        let mut findings = linted.findings;
        findings.extend(linted.suppressed);
        findings.sort_by_key(|f| f.range);
        let parse_error = linted.error.map(|err| {
            let location = err.location();
            ParseError {
                kind: err.kind(),
                message: err.to_string(),
                line: location.as_ref().map(|l| l.start.line),
                column: location.as_ref().map(|l| l.start.column),
            }
        });
        StaticSection {
            max_severity: findings.iter().map(|f| f.severity).max(),
            findings,
            ignored_by_comment,
            parse_error,
        }
    }
}

/// Audit-hook telemetry: written by code running inside the program's own
/// interpreter, so the program can forge, drop or silence it.
#[derive(Debug, Clone, Serialize)]
pub struct RuntimeSection {
    /// Always false: see `blind_spots`.
    pub trusted: bool,
    /// False with `--no-telemetry`.
    pub enabled: bool,
    /// What the prelude reported; None when it was off or the run failed.
    pub telemetry: Option<jail::telemetry::Telemetry>,
    pub blind_spots: &'static [&'static str],
}

/// What the audit prelude cannot see, whatever it logs.
pub const BLIND_SPOTS: &[&str] = &[
    "_posixsubprocess.fork_exec starts processes without an audit event",
    "calls through ctypes reach libc directly and raise no events",
    "subinterpreters may run without the hook",
    "the program can forge events with sys.audit",
    "the program can write forged records straight to the telemetry fd, or close it",
];

#[derive(Debug, Clone, Serialize)]
pub struct KernelSection {
    /// `seccomp-user-notification` when the supervisor recorded each denial,
    /// `none` when denials only returned EPERM (see degradations).
    pub recorded_by: &'static str,
    pub denied: Vec<DeniedCall>,
    pub denied_total: u64,
    /// Denials past the record cap: counted, not itemised.
    pub denied_dropped: u64,
    pub degradations: Vec<jail::outcome::Degradation>,
}

/// Denied calls grouped by name and arguments.
#[derive(Debug, Clone, Serialize)]
pub struct DeniedCall {
    pub name: String,
    pub arch: &'static str,
    pub args: [u64; 6],
    /// Decoded arguments where cheap (e.g. socket families, ioctl commands).
    pub decoded: Option<String>,
    pub pid: u32,
    pub count: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct LimitsSection {
    pub hit: Vec<jail::outcome::Limit>,
    pub peak_memory_bytes: Option<u64>,
    pub peak_memory_source: &'static str,
    pub cpu_ms: f64,
    pub wall_ms: f64,
    pub pids_peak: Option<u64>,
    pub stdout: jail::outcome::StreamStats,
    pub stderr: jail::outcome::StreamStats,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProcessSection {
    pub exit_code: Option<i32>,
    pub signal: Option<i32>,
    pub interrupted_by: Option<i32>,
    pub wall_ms: f64,
    pub cpu_user_ms: f64,
    pub cpu_system_ms: f64,
    pub interpreter: String,
    pub python_version: String,
    /// Why the program did not run (verdict `error`).
    pub error: Option<String>,
}

/// Everything a report is made from.
pub struct Inputs<'a> {
    pub subject: Subject,
    pub static_analysis: StaticSection,
    pub outcome: Result<&'a jail::Outcome, String>,
    pub telemetry_enabled: bool,
}

pub fn build(inputs: Inputs) -> Report {
    let Inputs {
        subject,
        static_analysis,
        outcome,
        telemetry_enabled,
    } = inputs;
    let (runtime, kernel, limits, process) = match outcome {
        Ok(outcome) => (
            runtime_section(outcome, telemetry_enabled),
            kernel_section(outcome),
            limits_section(outcome),
            process_section(outcome),
        ),
        Err(error) => failed_run(error, telemetry_enabled),
    };
    let correlation = correlate::chains(&static_analysis, &runtime, &kernel);
    let (verdict, reasons) = verdict(&static_analysis, &runtime, &kernel, &limits, &process);
    Report {
        schema: SCHEMA,
        tool: Tool {
            name: "pyjail",
            version: env!("CARGO_PKG_VERSION"),
        },
        subject,
        verdict,
        reasons,
        static_analysis,
        runtime,
        kernel,
        limits,
        process,
        correlation,
    }
}

fn runtime_section(outcome: &jail::Outcome, enabled: bool) -> RuntimeSection {
    let end = jail::telemetry::ProcessEnd {
        exit_code: outcome.exit_code,
        signal: outcome.signal,
    };
    let limits = jail::telemetry::Limits {
        expected_policy: Some(jail::prelude::policy_hash(&jail::prelude::default_policy())),
        ..Default::default()
    };
    let telemetry = outcome
        .telemetry
        .as_ref()
        .filter(|_| enabled)
        .map(|capture| jail::telemetry::parse(capture, end, limits));
    RuntimeSection {
        trusted: false,
        enabled,
        telemetry,
        blind_spots: BLIND_SPOTS,
    }
}

fn kernel_section(outcome: &jail::Outcome) -> KernelSection {
    let calls = &outcome.denied_calls;
    let mut denied: Vec<DeniedCall> = Vec::new();
    for call in &calls.records {
        match denied
            .iter_mut()
            .find(|d| d.name == call.name && d.args == call.args)
        {
            Some(same) => same.count += 1,
            None => denied.push(DeniedCall {
                name: call.name.clone(),
                arch: call.arch,
                args: call.args,
                decoded: decode_args(&call.name, &call.args),
                pid: call.pid,
                count: 1,
            }),
        }
    }
    KernelSection {
        recorded_by: if calls.recorded {
            "seccomp-user-notification"
        } else {
            "none"
        },
        denied,
        denied_total: calls.total,
        denied_dropped: calls.dropped,
        degradations: outcome.degradations.clone(),
    }
}

/// Names for the arguments a reader cares about; numbers stay in `args`.
fn decode_args(name: &str, args: &[u64; 6]) -> Option<String> {
    match name {
        "socket" => Some(format!(
            "family={}, type={}",
            socket_family(args[0]),
            args[1] & 0xf
        )),
        "ioctl" => {
            let request = args[1] as u32;
            let known = match request {
                0x5412 => "TIOCSTI",
                0x541c => "TIOCLINUX",
                _ => return Some(format!("fd={}, request={request:#x}", args[0] as i32)),
            };
            Some(format!("fd={}, request={known}", args[0] as i32))
        }
        "clone" => Some(format!("flags={:#x}", args[0])),
        "ptrace" => Some(format!(
            "request={}, pid={}",
            args[0] as i64, args[1] as i32
        )),
        "kill" => Some(format!("pid={}, signal={}", args[0] as i32, args[1] as i32)),
        _ => None,
    }
}

fn socket_family(family: u64) -> String {
    match family {
        1 => "AF_UNIX".into(),
        2 => "AF_INET".into(),
        10 => "AF_INET6".into(),
        16 => "AF_NETLINK".into(),
        17 => "AF_PACKET".into(),
        other => other.to_string(),
    }
}

fn limits_section(outcome: &jail::Outcome) -> LimitsSection {
    LimitsSection {
        hit: outcome.limits_hit.clone(),
        peak_memory_bytes: outcome.peak_memory_bytes,
        peak_memory_source: outcome.peak_memory_source,
        cpu_ms: outcome.cpu_user_ms + outcome.cpu_system_ms,
        wall_ms: outcome.wall_ms,
        pids_peak: outcome.pids_peak,
        stdout: outcome.stdout.clone(),
        stderr: outcome.stderr.clone(),
    }
}

fn process_section(outcome: &jail::Outcome) -> ProcessSection {
    ProcessSection {
        exit_code: outcome.exit_code,
        signal: outcome.signal,
        interrupted_by: outcome.interrupted_by,
        wall_ms: outcome.wall_ms,
        cpu_user_ms: outcome.cpu_user_ms,
        cpu_system_ms: outcome.cpu_system_ms,
        interpreter: outcome.interpreter.clone(),
        python_version: outcome.python_version.clone(),
        error: None,
    }
}

fn failed_run(
    error: String,
    enabled: bool,
) -> (RuntimeSection, KernelSection, LimitsSection, ProcessSection) {
    let empty = jail::Outcome::default();
    let mut process = process_section(&empty);
    process.error = Some(error);
    (
        RuntimeSection {
            trusted: false,
            enabled,
            telemetry: None,
            blind_spots: BLIND_SPOTS,
        },
        kernel_section(&empty),
        limits_section(&empty),
        process,
    )
}

fn verdict(
    static_analysis: &StaticSection,
    runtime: &RuntimeSection,
    kernel: &KernelSection,
    limits: &LimitsSection,
    process: &ProcessSection,
) -> (Verdict, Vec<String>) {
    let mut reasons = Vec::new();
    let mut verdict = Verdict::Clean;
    let mut raise = |to: Verdict, why: String| {
        verdict = verdict.max(to);
        reasons.push((to, why));
    };
    if let Some(error) = &process.error {
        raise(
            Verdict::Error,
            format!("the jail could not run the program: {error}"),
        );
    }
    if kernel.denied_total > 0 {
        let names: Vec<&str> = kernel.denied.iter().map(|d| d.name.as_str()).collect();
        raise(
            Verdict::Blocked,
            format!(
                "the kernel denied {} system call(s): {}",
                kernel.denied_total,
                names.join(", ")
            ),
        );
    }
    for limit in &limits.hit {
        raise(
            Verdict::LimitExceeded,
            format!("{} was hit", limit.describe()),
        );
    }
    if let Some(severity) = static_analysis.max_severity {
        if severity >= analyzer::Severity::Medium {
            raise(
                Verdict::Suspicious,
                format!(
                    "static analysis: {} finding(s), the strongest {severity}",
                    static_analysis.findings.len()
                ),
            );
        }
    }
    if let Some(error) = &static_analysis.parse_error {
        raise(
            Verdict::Suspicious,
            format!(
                "the code could not be linted ({}): {}",
                error.kind, error.message
            ),
        );
    }
    if let Some(summary) = &runtime.telemetry {
        let notable = notable_events(summary);
        if notable > 0 {
            raise(
                Verdict::Suspicious,
                format!("{notable} security-relevant audit event(s) at run time"),
            );
        }
        if !summary.tamper.is_empty() {
            raise(
                Verdict::Suspicious,
                format!(
                    "telemetry may be incomplete: {} tamper signal(s)",
                    summary.tamper.len()
                ),
            );
        }
    }
    reasons.sort_by_key(|r| std::cmp::Reverse(r.0));
    (verdict, reasons.into_iter().map(|(_, why)| why).collect())
}

/// Events of the always-logged tier: what the policy calls security-relevant.
pub fn notable_events(telemetry: &jail::telemetry::Telemetry) -> usize {
    telemetry
        .events
        .iter()
        .filter(|e| e.tier == jail::telemetry::Tier::Always)
        .count()
}

impl Subject {
    /// `name` as the user gave it; the digest is of the exact bytes that ran.
    pub fn new(name: String, source: &[u8]) -> Subject {
        use sha2::Digest;
        let digest = sha2::Sha256::digest(source);
        Subject {
            path: name,
            sha256: digest.iter().map(|b| format!("{b:02x}")).collect(),
            size: source.len() as u64,
        }
    }
}

/// Lints the program as the analyzer would: the same rules as `pyjail lint`.
pub fn lint(name: &str, source: &[u8]) -> StaticSection {
    let linter = analyzer::Linter::new(analyzer::RuleSet::embedded());
    StaticSection::from_lint(linter.lint_with_suppressed(name, source))
}

/// Writes `report` to `path` as JSON or as the human form; `-` is standard
/// error (coloured when it is a terminal), so a person can read it at once.
pub fn write(path: &std::path::Path, human: bool, report: &Report) -> std::io::Result<()> {
    use std::io::{IsTerminal, Write};
    let to_stderr = path == std::path::Path::new("-");
    let text = if human {
        render_human(report, to_stderr && std::io::stderr().is_terminal())
    } else {
        let mut json = serde_json::to_string_pretty(report).map_err(std::io::Error::other)?;
        json.push('\n');
        json
    };
    if to_stderr {
        std::io::stderr().lock().write_all(text.as_bytes())
    } else {
        std::fs::write(path, text)
    }
}

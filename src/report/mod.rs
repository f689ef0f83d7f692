//! The threat report: what the code looked like it would do (analyzer), what
//! it tried at run time (audit telemetry, advisory), what the kernel stopped
//! (seccomp denials recorded by the supervisor) and which programs it started
//! and which paths it changed (the kernel's record of watched calls), joined
//! in one versioned document. Schema: `docs/report.schema.json`.

mod correlate;
mod helpers;
mod human;
mod kind;
mod local;
pub mod modules;
mod watched;

use std::collections::HashMap;

use serde::Serialize;

pub use human::{escape, needs_escape, render as render_human};

/// Bumped on any incompatible change to the JSON form.
pub const SCHEMA: &str = "pyjail-report/4";

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
    /// `--out`: the files that came back (path, size, sha256) and those left
    /// in the jail with why; null without `--out`.
    pub files: Option<jail::files::Collected>,
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
    /// The kernel denied a system call.
    Blocked,
    /// The jail could not run the program.
    Error,
}

/// What the analyzer found in the program, and in the other Python files of
/// its /work (`modules`), as one set of findings.
#[derive(Debug, Clone, Serialize)]
pub struct StaticSection {
    /// The strongest findings (at most [`analyzer::MAX_FINDINGS`], most
    /// severe first, then earliest: the program's before its modules'), the
    /// program's first, then each module's in the order they were linted,
    /// each in source order; those the source asks to ignore included.
    pub findings: Vec<FileFinding>,
    /// Every finding, listed or not.
    pub findings_total: usize,
    /// Findings the analyzer counted but did not keep (counted in `by_rule`).
    pub findings_left_out: usize,
    /// How many findings each rule made, every rule that fired included:
    /// strongest first.
    pub by_rule: Vec<RuleCount>,
    /// How many of the findings a `# pyjail: ignore[...]` comment in the
    /// code itself would have hidden from `pyjail lint`.
    pub ignored_by_comment: usize,
    /// Why the code could not be linted completely (the findings of the rest are
    /// listed): the program's first reason, else the first module's, else that
    /// modules were left out ([`modules`]); it still ran in the jail.
    pub parse_error: Option<ParseError>,
    pub max_severity: Option<analyzer::Severity>,
    /// The other Python files of the program's /work (a project's, or
    /// `--work`'s), linted with it; None when it was given no files.
    pub modules: Option<modules::ModulesSection>,
    /// The constant code the program's lines run that the analyzer linted clean: a run's
    /// record of compiling it, cut when long, is told from other text by it.
    #[serde(skip)]
    pub clean_constant_code: Vec<analyzer::CleanConstantCode>,
}

/// A finding, and the file it is in.
#[derive(Debug, Clone, Serialize)]
pub struct FileFinding {
    /// The file's path in /work: the program's name there, or one of its
    /// modules'.
    pub file: String,
    #[serde(flatten)]
    pub finding: analyzer::Finding,
    /// 0 for the program, then each module's place in the order linted.
    #[serde(skip)]
    source: usize,
}

impl FileFinding {
    /// Whether the finding is in the program's own file, whose lines the
    /// telemetry's lines are matched with.
    pub fn in_program(&self) -> bool {
        self.source == 0
    }
}

impl std::ops::Deref for FileFinding {
    type Target = analyzer::Finding;

    fn deref(&self) -> &analyzer::Finding {
        &self.finding
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct RuleCount {
    pub rule_id: String,
    pub name: String,
    pub severity: analyzer::Severity,
    pub count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ParseError {
    pub kind: &'static str,
    pub message: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// The file that could not be linted, as [`FileFinding::file`].
    pub file: String,
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
    /// Events of the program's own lines that a static finding at the same line shows
    /// harmless (`analyzer::accounts_for_event`): recorded, but they raise nothing.
    pub accounted_for: Vec<AccountedEvent>,
    pub blind_spots: &'static [&'static str],
    /// The kernel recorded every program start (`kernel.watched`), so process-start
    /// events are judged there, on the kernel's record, not on the telemetry's word.
    #[serde(skip)]
    pub starts_judged_by_kernel: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct AccountedEvent {
    pub seq: u64,
    pub event: String,
    pub line: u32,
    /// The static finding at that line that accounts for it.
    pub rule_id: String,
}

/// What the audit prelude cannot see, whatever it logs.
pub const BLIND_SPOTS: &[&str] = &[
    "_posixsubprocess.fork_exec starts processes without an audit event: the kernel's record (kernel.watched.execs) shows every program start, and each raises the verdict whatever the telemetry says started it, unless its command line is word for word a fixed helper of the standard library or of an installed module (multiprocessing's helper interpreters, platform's file and uname, fontconfig's fc-list for matplotlib) run from the read-only system with no dynamic loader variables in its environment",
    "interpreters started with exec (subprocess, multiprocessing's spawn and forkserver start methods) run without the prelude: what they do is in the kernel's record and its denials only",
    "calls through ctypes reach libc directly and raise no events: program starts and changes of paths among them are in the kernel's record (kernel.watched), other allowed calls are not",
    "subinterpreters may run without the hook",
    "the program can forge events with sys.audit",
    "the program can write forged records straight to the telemetry fd, close it, or route it through itself and rewrite every record (who raised an event, and whether it happened): so nothing it says clears what the kernel recorded, events of the capabilities that matter whoever calls them (process, network, signal, credentials, device) count whoever it says raised them, and when records were lost (a flooded pipe), the hook's end counts of those events raise the verdict",
];

#[derive(Debug, Clone, Serialize)]
pub struct KernelSection {
    /// `seccomp-user-notification` when the supervisor recorded each denial,
    /// `none` when denials only returned EPERM (see degradations).
    pub recorded_by: &'static str,
    /// Denied calls by name, in the order each name was first denied: every
    /// name the kernel reported is here.
    pub denied: Vec<DeniedCall>,
    /// Denials read with their name and arguments.
    pub denied_recorded: u64,
    /// Notifications a signal interrupted before the supervisor could read
    /// them: counted exactly, but whether each was a denial or a watched
    /// call, and its name, are unknown.
    pub withdrawn: u64,
    /// Of `withdrawn`, those of tasks a signal ended while they waited on a
    /// watched call (a pool's terminated workers, the jail's end of the
    /// processes left), as the supervisor read them when the signal was
    /// sent. Alone they do not raise the verdict.
    pub withdrawn_after_endings: u64,
    /// True when the record covers the whole run: no failure, and the count
    /// of withdrawn notifications was read to the end (`drained`).
    pub complete: bool,
    /// Why the record stopped before the run ended: later denials were still
    /// refused, but not recorded.
    pub failure: Option<String>,
    /// False when the jail was killed (a limit, a signal) before the count was
    /// read to the end: a call interrupted in its last instant may be missing.
    pub drained: bool,
    /// Allowed program starts and changes of paths, shown to the supervisor
    /// before they ran.
    pub watched: watched::WatchedSection,
    /// What this record does not show, however complete it is.
    pub not_recorded: &'static [&'static str],
    pub degradations: Vec<jail::outcome::Degradation>,
}

impl KernelSection {
    pub fn withdrawn(&self) -> Withdrawn {
        Withdrawn {
            total: self.withdrawn,
            after_endings: self.withdrawn_after_endings,
        }
    }
}

/// What seccomp user notification cannot tell the supervisor.
pub const NOT_RECORDED: &[&str] = &[
    "the names and arguments of notifications withdrawn by a signal before they were read, and whether each was a denial or a watched call (counted in withdrawn)",
    "a call the kernel restarts after a signal is counted twice: withdrawn, then recorded",
    "clone3 is refused with ENOSYS without a record: the C library tries it before clone for every thread and falls back to clone, whose flags the filter checks",
    "sync, syncfs and sync_file_range are answered with success without running: they are not denials",
    "calls the profile allows, other than program starts and changes of paths (watched): the jail holds them by other means (namespaces, Landlock, limits)",
];

/// Every denial of one call name.
#[derive(Debug, Clone, Serialize)]
pub struct DeniedCall {
    pub name: String,
    pub arch: &'static str,
    pub count: u64,
    /// The first distinct argument lists, each with its count.
    pub arguments: Vec<DeniedArguments>,
    /// Denials of this name whose arguments are not listed.
    pub other_arguments: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct DeniedArguments {
    /// The call number (it tells apart numbers named `unknown`).
    pub nr: i32,
    pub args: [u64; 6],
    /// Decoded arguments where cheap (e.g. socket families, ioctl commands).
    pub decoded: Option<String>,
    /// Host pid of the first caller.
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
    let files = outcome.as_ref().ok().and_then(|o| o.collected.clone());
    let (mut runtime, kernel, limits, process) = match outcome {
        Ok(outcome) => {
            let runtime = runtime_section(outcome, telemetry_enabled);
            let kernel = kernel_section(outcome, runtime.telemetry.as_ref());
            (
                runtime,
                kernel,
                limits_section(outcome),
                process_section(outcome),
            )
        }
        Err(error) => failed_run(error, telemetry_enabled),
    };
    runtime.accounted_for = accounted_for(&static_analysis, runtime.telemetry.as_ref());
    runtime.starts_judged_by_kernel = kernel.watched.recorded_by != "none";
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
        files,
    }
}

fn runtime_section(outcome: &jail::Outcome, enabled: bool) -> RuntimeSection {
    let end = jail::telemetry::ProcessEnd {
        exit_code: outcome.exit_code,
        signal: outcome.signal,
    };
    let limits = jail::telemetry::Limits {
        expected_policy: Some(jail::prelude::default_policy_hash().to_string()),
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
        accounted_for: Vec::new(),
        blind_spots: BLIND_SPOTS,
        starts_judged_by_kernel: false,
    }
}

/// The always-logged events raised straight from a line of the program's own file (no
/// library between) where a static finding at that line of that file shows that use harmless
/// (a heap walk that keeps only what cannot reach further, PJ435). The line comes from the
/// program's frames, which only code-object tricks could change, and those are findings and
/// events of their own.
fn accounted_for(
    static_analysis: &StaticSection,
    telemetry: Option<&jail::telemetry::Telemetry>,
) -> Vec<AccountedEvent> {
    let Some(telemetry) = telemetry else {
        return Vec::new();
    };
    let Some(program) = telemetry.start.as_ref().map(|s| s.file.as_str()) else {
        return Vec::new();
    };
    let own = |e: &&jail::telemetry::Event| {
        e.tier == jail::telemetry::Tier::Always
            && e.via.is_none()
            && e.forged.is_none()
            && e.file.as_deref() == Some(program)
    };
    // A line whose code is known only at run time is answered when every compile the
    // record shows there is of text whole and clean, and the record kept every compile
    // the hook counted: one unclear or unkept compile answers nothing.
    let kept_compiles = telemetry
        .events
        .iter()
        .filter(|e| e.event == "compile")
        .count() as u64;
    let every_compile_kept = telemetry.counts.get("compile") == Some(&kept_compiles);
    let mut clean_lines: HashMap<u32, bool> = HashMap::new();
    if every_compile_kept {
        for e in telemetry.events.iter().filter(own) {
            if let (Some(line), "compile") = (e.line, e.event.as_str()) {
                let clean = clean_lines.entry(line).or_insert(true);
                *clean = *clean && compiles_clean_text(e);
            }
        }
    }
    let answered_at = |rule_id: &str, line: u32, event: &str| {
        analyzer::answered_by_events(rule_id, event)
            && event == "compile"
            && clean_lines.get(&line) == Some(&true)
    };
    telemetry
        .events
        .iter()
        .filter(own)
        .filter_map(|e| {
            let line = e.line?;
            let finding = static_analysis.findings.iter().find(|f| {
                f.in_program()
                    && f.start.line == line as usize
                    && (analyzer::accounts_for_event(&f.rule_id, &e.event)
                        || answered_at(&f.rule_id, line, &e.event))
            })?;
            // The constant the analyzer linted is what ran only if the record shows text
            // that is whole and as clean, or, cut, is that constant's start and length:
            // another call on the line, or a rebound `exec`, compiles something else.
            if e.event == "compile"
                && !compiles_clean_text(e)
                && !shows_clean_constant(e, line, &static_analysis.clean_constant_code)
            {
                return None;
            }
            Some(AccountedEvent {
                seq: e.seq,
                event: e.event.clone(),
                line,
                rule_id: finding.rule_id.clone(),
            })
        })
        .collect()
}

/// Whether the run's record answers `finding` (`analyzer::answered_by_events`): some event
/// at its line was accounted for by its rule, which [`accounted_for`] does only when every
/// such event there shows harmless code.
fn is_answered(runtime: &RuntimeSection, finding: &FileFinding) -> bool {
    finding.in_program()
        && runtime.accounted_for.iter().any(|a| {
            a.rule_id == finding.rule_id
                && a.line as usize == finding.start.line
                && analyzer::answered_by_events(&a.rule_id, &a.event)
        })
}

/// How many of the listed findings the run's record answers; none when the list leaves
/// findings out (an unlisted one could be the strongest).
fn answered_findings(static_analysis: &StaticSection, runtime: &RuntimeSection) -> usize {
    if static_analysis.findings.len() < static_analysis.findings_total {
        return 0;
    }
    static_analysis
        .findings
        .iter()
        .filter(|f| is_answered(runtime, f))
        .count()
}

fn kernel_section(
    outcome: &jail::Outcome,
    telemetry: Option<&jail::telemetry::Telemetry>,
) -> KernelSection {
    let calls = &outcome.denied_calls;
    let denied = calls
        .calls
        .iter()
        .map(|call| DeniedCall {
            name: call.name.clone(),
            arch: call.arch,
            count: call.count,
            arguments: call
                .samples
                .iter()
                .map(|s| DeniedArguments {
                    nr: s.nr,
                    args: s.args,
                    decoded: decode_args(&call.name, &s.args),
                    pid: s.pid,
                    count: s.count,
                })
                .collect(),
            other_arguments: call.other_args,
        })
        .collect();
    KernelSection {
        recorded_by: if calls.recorded {
            "seccomp-user-notification"
        } else {
            "none"
        },
        denied,
        denied_recorded: calls.total,
        withdrawn: calls.withdrawn,
        withdrawn_after_endings: calls.withdrawn_after_endings,
        complete: calls.recorded && calls.failure.is_none() && calls.drained,
        failure: calls.failure.clone(),
        drained: calls.drained,
        watched: watched::section(&outcome.watched_calls, telemetry, &outcome.interpreter),
        not_recorded: NOT_RECORDED,
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
        cpu_ms: outcome.cpu_ms(),
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
            accounted_for: Vec::new(),
            blind_spots: BLIND_SPOTS,
            starts_judged_by_kernel: false,
        },
        kernel_section(&empty, None),
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
    let withdrawn = kernel.withdrawn();
    if kernel.denied_recorded + withdrawn.unaccounted() > 0 {
        let names = kernel.denied.iter().map(|d| (d.name.as_str(), d.count));
        // A withdrawn notification may have been a watched call: only a
        // denial read by name says the kernel refused something.
        let refused = kernel.denied_recorded > 0;
        raise(
            if refused {
                Verdict::Blocked
            } else {
                Verdict::Suspicious
            },
            format!("the kernel {}", describe_denials(names, withdrawn)),
        );
    }
    for why in watched::reasons(&kernel.watched) {
        raise(Verdict::Suspicious, why);
    }
    if let Some(failure) = &kernel.failure {
        raise(
            Verdict::Suspicious,
            format!("the record of denied calls stopped early ({failure}): later denials were refused but not recorded"),
        );
    }
    for limit in &limits.hit {
        raise(
            Verdict::LimitExceeded,
            format!("{} was hit", limit.describe()),
        );
    }
    // Findings the run's record answered (PJ419 whose every compiled text was clean) do
    // not raise the verdict; the reason counts them apart.
    let answered = answered_findings(static_analysis, runtime);
    let strongest = if answered == 0 {
        static_analysis.max_severity
    } else {
        static_analysis
            .findings
            .iter()
            .filter(|f| !is_answered(runtime, f))
            .map(|f| f.severity)
            .max()
    };
    if let Some(severity) = strongest.filter(|s| *s >= analyzer::Severity::Medium) {
        let apart = match answered {
            0 => String::new(),
            n => format!(" ({n} more answered by the run's record)"),
        };
        raise(
            Verdict::Suspicious,
            format!(
                "static analysis: {} finding(s), the strongest {severity}{apart}",
                static_analysis.findings_total - answered
            ),
        );
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
        let notable = notable_events(runtime);
        if notable > 0 {
            raise(
                Verdict::Suspicious,
                format!("{notable} security-relevant audit event(s) at run time"),
            );
        }
        for (path, class, line) in host_path_attempts(summary) {
            let at = line.map_or(String::new(), |l| format!(" (line {l})"));
            raise(
                Verdict::Suspicious,
                format!("the program tried to reach {path}{at}, {class}"),
            );
        }
        for (name, unkept) in counted_but_lost(runtime) {
            raise(
                Verdict::Suspicious,
                format!(
                    "the hook counted {unkept} `{}` event(s) whose records were lost \
                     (a full or flooded telemetry pipe)",
                    escape(&name)
                ),
            );
        }
        let tamper = tamper_signals(runtime);
        if tamper > 0 {
            raise(
                Verdict::Suspicious,
                format!("telemetry may be incomplete: {tamper} tamper signal(s)"),
            );
        }
    }
    reasons.sort_by_key(|r| std::cmp::Reverse(r.0));
    (verdict, reasons.into_iter().map(|(_, why)| why).collect())
}

/// Notifications a signal withdrew before they were read.
#[derive(Debug, Clone, Copy, Default)]
pub struct Withdrawn {
    pub total: u64,
    /// Those that followed a signal sent to end a process (`jail::notify`).
    pub after_endings: u64,
}

impl Withdrawn {
    pub fn of(calls: &jail::outcome::DeniedCalls) -> Withdrawn {
        Withdrawn {
            total: calls.withdrawn,
            after_endings: calls.withdrawn_after_endings,
        }
    }

    /// Withdrawals no signal sent to end a process accounts for: the
    /// program made them happen some other way.
    pub fn unaccounted(self) -> u64 {
        self.total.saturating_sub(self.after_endings)
    }
}

/// `denied N system call(s): a ×3, b, ...`: every name, in the order given,
/// then the withdrawn notifications. Names are few (see `jail::notify`), so
/// all are said.
pub fn describe_denials<'a>(
    names: impl Iterator<Item = (&'a str, u64)>,
    withdrawn: Withdrawn,
) -> String {
    let mut total = 0;
    let parts: Vec<String> = names
        .map(|(name, count)| {
            total += count;
            match count {
                1 => name.to_string(),
                n => format!("{name} ×{n}"),
            }
        })
        .collect();
    let after = match withdrawn.after_endings {
        0 => String::new(),
        n if n == withdrawn.total => {
            ", each after a signal sent to end a process (a task ended while its call waited)"
                .to_string()
        }
        n => format!(", {n} of them after a signal sent to end a process"),
    };
    let interrupted = format!(
        "{} interrupted by a signal before they could be read (denied or only watched: unknown){after}",
        withdrawn.total
    );
    match (total, withdrawn.total) {
        (_, 0) => format!("denied {total} system call(s): {}", parts.join(", ")),
        (0, _) => format!("saw {interrupted}"),
        _ => format!(
            "denied {total} system call(s): {}; {interrupted}",
            parts.join(", ")
        ),
    }
}

/// Most host paths a report names as attempts.
const MAX_ATTEMPTS: usize = 8;

/// Paths the program's file calls named that are host secrets, kernel or other
/// processes' interfaces, or files that run code later: inside the jail most
/// do not exist or are the jail's own stand-ins, so the call failed or read
/// nothing of the host, but the attempt is what a reviewer needs to see. The
/// jail's home is /work, so `~` there is read as a home directory. From
/// telemetry, so advisory: the path events are the audit policy's, and the
/// prelude, which judges each sampled one against the places ordinary code
/// reads (the policy's `paths`), marks those outside them `unusual`: only
/// those are attempts, and past their sample budget only those are records,
/// within a budget whose end is itself a tamper signal. A read of an
/// ordinary place is no attempt, whatever class its path has (the cgroup's
/// CPU limit, which libraries read to size their pools). An unusual path the
/// record does not show whole (cut past 256 characters, which slashes can
/// pad, or a str subclass shown as its type) cannot be classed: it is named
/// as what it is (fail closed).
fn host_path_attempts(
    telemetry: &jail::telemetry::Telemetry,
) -> Vec<(String, &'static str, Option<u32>)> {
    let path_events = &jail::prelude::default_policy().paths.events;
    let mut seen: Vec<(String, &'static str, Option<u32>)> = Vec::new();
    for event in &telemetry.events {
        let ordinary_read = event.tier == jail::telemetry::Tier::Sampled && !event.unusual;
        if !path_events.contains(&event.event)
            || ordinary_read
            || event.via.as_deref() == Some("import")
        {
            continue;
        }
        let Some(path) = event.args.get(0).and_then(path_text) else {
            if event.unusual {
                let shown = escape(&unshown_path(event.args.get(0))).into_owned();
                let class = "outside the places ordinary code reads, and not shown whole";
                if seen.len() < MAX_ATTEMPTS && !seen.iter().any(|(p, _, _)| *p == shown) {
                    seen.push((shown, class, event.line));
                }
            }
            continue;
        };
        let as_home = path
            .strip_prefix("/work/")
            .map(|rest| format!("/root/{rest}"));
        let class = match analyzer::classify_path(as_home.as_deref().unwrap_or(path)) {
            analyzer::PathClass::Secret => "a host secret",
            analyzer::PathClass::Kernel => "a kernel or other process' interface",
            // Reading a start-up file is what the tools it starts do (pdb
            // reads .pdbrc): only writing one plants code.
            analyzer::PathClass::Persistence if opens_to_write(event) => {
                "a file that runs code later"
            }
            _ => continue,
        };
        let shown = escape(path).into_owned();
        if seen.len() < MAX_ATTEMPTS && !seen.iter().any(|(p, _, _)| *p == shown) {
            seen.push((shown, class, event.line));
        }
    }
    seen
}

/// Whether an `open` event's mode or flags write, create or truncate (the
/// event's arguments are the path, the mode, or None, and the flags).
fn opens_to_write(event: &jail::telemetry::Event) -> bool {
    if event.event != "open" {
        return false;
    }
    let mode_writes = event
        .args
        .get(1)
        .and_then(serde_json::Value::as_str)
        .is_some_and(|mode| mode.contains(['w', 'a', 'x', '+']));
    let write_flags =
        (libc::O_WRONLY | libc::O_RDWR | libc::O_CREAT | libc::O_TRUNC | libc::O_APPEND) as i64;
    let flags_write = event
        .args
        .get(2)
        .and_then(serde_json::Value::as_i64)
        .is_some_and(|flags| flags & write_flags != 0);
    mode_writes || flags_write
}

/// A path argument as the prelude shows it: a str, or bytes (as latin-1 text,
/// which keeps every ASCII path as it is) when shown whole.
fn path_text(argument: &serde_json::Value) -> Option<&str> {
    if let Some(path) = argument.as_str() {
        return Some(path);
    }
    let head = argument.get("bytes")?.as_str()?;
    let whole = argument.get("len")?.as_u64()? == head.chars().count() as u64;
    whole.then_some(head)
}

/// What the record shows of a path it does not show whole: its head and
/// length when cut, else the type the prelude names.
fn unshown_path(argument: Option<&serde_json::Value>) -> String {
    let field = |name: &str| argument.and_then(|a| a.get(name));
    let head = field("str")
        .or_else(|| field("bytes"))
        .and_then(serde_json::Value::as_str);
    let len = field("len").and_then(serde_json::Value::as_u64);
    match (head, len, field("type").and_then(serde_json::Value::as_str)) {
        (Some(head), Some(len), _) => {
            let head: String = head.chars().take(64).collect();
            format!("{head}… ({len} long)")
        }
        (_, _, Some(kind)) => format!("a path given as a {kind}"),
        _ => "a path the record does not show".into(),
    }
}

/// Events of the always-logged tier (what the policy calls security-relevant)
/// that count against the program, and the compiles of modules while they are
/// imported (sampled: ordinary imports compile) that [`compiles_flagged_code`] counts.
pub fn notable_events(runtime: &RuntimeSection) -> usize {
    let Some(telemetry) = &runtime.telemetry else {
        return 0;
    };
    let steered = environment_changed(telemetry);
    let events = &telemetry.events;
    (0..events.len())
        .filter(|&i| {
            let previous = i.checked_sub(1).map(|p| &events[p]);
            (events[i].tier == jail::telemetry::Tier::Always || events[i].event == "compile")
                && !(runtime.starts_judged_by_kernel && watched::starts_a_program(&events[i]))
                && raised_by_program(&events[i], previous, steered)
        })
        .filter(|&i| !runtime.accounted_for.iter().any(|a| a.seq == events[i].seq))
        .count()
}

/// Security-relevant events the hook's end record counts beyond the records kept, when
/// records were lost: a flood of the telemetry pipe crowds records out (the prelude's
/// `dropped`, the supervisor's capture keeping head and tail), but not the end counts.
/// The events of capabilities that matter whoever calls them, and process events when
/// the kernel did not record program starts itself. Their records might have shown them
/// harmless (a unix socket's connect), but with records lost nothing can.
pub fn counted_but_lost(runtime: &RuntimeSection) -> Vec<(String, u64)> {
    use analyzer::Capability::{Credentials, Device, Network, Process, Signal};
    let Some(telemetry) = &runtime.telemetry else {
        return Vec::new();
    };
    let lost = &telemetry.lost;
    if lost.by_prelude + lost.by_supervisor + lost.unexplained == 0
        || telemetry.counts_source != jail::telemetry::CountsSource::EndRecord
    {
        return Vec::new();
    }
    let policy = jail::prelude::default_policy();
    let counts_whoever_calls = |name: &str| {
        let capability = policy
            .always_category(name)
            .and_then(|category| category.parse::<analyzer::Capability>().ok());
        match capability {
            Some(Network | Signal | Credentials | Device) => true,
            Some(Process) => !runtime.starts_judged_by_kernel,
            _ => false,
        }
    };
    telemetry
        .counts
        .iter()
        .filter(|(name, _)| counts_whoever_calls(name))
        .filter_map(|(name, &counted)| {
            let kept = telemetry.events.iter().filter(|e| &e.event == name).count() as u64;
            (counted > kept).then(|| (name.clone(), counted - kept))
        })
        .collect()
}

/// Tamper signals that count against the program ([`tamper_counts`]).
pub fn tamper_signals(runtime: &RuntimeSection) -> usize {
    let Some(telemetry) = &runtime.telemetry else {
        return 0;
    };
    telemetry
        .tamper
        .iter()
        .filter(|t| tamper_counts(runtime, t))
        .count()
}

/// Whether a tamper signal counts against the program: not when every time
/// was on its behalf, nor for an event whose every occurrence a static
/// finding accounts for.
pub fn tamper_counts(runtime: &RuntimeSection, signal: &jail::telemetry::TamperSignal) -> bool {
    if signal.on_behalf {
        return false;
    }
    let accounted = signal.event.as_ref().map_or(0, |event| {
        runtime
            .accounted_for
            .iter()
            .filter(|a| &a.event == event)
            .count() as u64
    });
    signal.kind != jail::telemetry::TamperKind::TamperEvent || accounted < signal.count
}

/// Events that change the environment processes inherit.
const ENVIRONMENT_EVENTS: &[&str] = &["os.putenv", "os.unsetenv"];

/// Whether the program (not an installed module while it was imported)
/// changed its environment: the one way it could steer what an installed
/// module starts while being imported (a PATH to its own `fc-list`).
pub(super) fn environment_changed(telemetry: &jail::telemetry::Telemetry) -> bool {
    telemetry.events.iter().any(|e| {
        ENVIRONMENT_EVENTS.contains(&e.event.as_str()) && e.via.as_deref() != Some("import")
    })
}

/// Whether an always-logged event counts against the program. The prelude
/// says who stood between the program's code and the event: code installed
/// with the interpreter (`via: library`) or no Python code at all (`via:
/// interpreter`, a traceback printed at exit): the event was raised on the
/// program's behalf by an ordinary API (dataclasses compile their methods,
/// doctest traces, asyncio makes a unix socket pair) and counts only for the
/// capabilities whose use matters whoever calls them; native code only when
/// a library called ctypes. The import system loading an installed module
/// (`via: import`: numpy loads its libraries, matplotlib runs `fc-list`)
/// acts on nobody's request but the module's, yet a record's `via` is the
/// telemetry's word, which the program can rewrite: so only process events
/// are left out for it (the kernel's record judges program starts by their
/// command lines when it has one; without it, they count once the program
/// changed the environment first, `steered`), and the other capabilities
/// count as from a library. What stays inside the jail ([`local`]: writes in its
/// own /work and /tmp, unix sockets there, forks, signals to the program's
/// own processes, unpickling plain data) is its own business whoever asks.
/// A library's ctypes views of memory it holds count no more than its other
/// work ([`local::view_of_a_buffer`]). Code a library compiles counts when the
/// analyzer flags it ([`compiles_flagged_code`]): the library only carried it.
/// Telemetry is advisory: this decides what the verdict reports, never what the
/// jail allows.
fn raised_by_program(
    event: &jail::telemetry::Event,
    previous: Option<&jail::telemetry::Event>,
    steered: bool,
) -> bool {
    use analyzer::Capability::{Credentials, Device, Network, Process, Signal};
    let capability = kind::of_event(event);
    if local::stays_in_the_jail(event, capability) {
        return false;
    }
    let always =
        |c: analyzer::Capability| [Process, Network, Signal, Credentials, Device].contains(&c);
    match event.via.as_deref() {
        None => true,
        Some("library" | "interpreter") => {
            capability.is_some_and(always)
                || (event.event.starts_with("ctypes.") && !local::view_of_a_buffer(event, previous))
                || compiles_flagged_code(event)
        }
        Some("import") => {
            capability.is_some_and(|c| always(c) && (c != Process || steered))
                || compiles_flagged_code(event)
        }
        _ => capability.is_some_and(always),
    }
}

/// Whether `event` compiles text the program may have written in which the analyzer
/// finds something of medium severity or more. Libraries compile what the program hands
/// them under a made-up file name: a docstring doctest runs (`<doctest ...>`), a statement
/// timeit times (`<timeit-src>`), the field names a dataclass writes its methods with
/// (`<string>`), all built at run time where the static analysis saw no code; the import
/// system compiles a module the program wrote into /work or /tmp at run time (however the
/// path to it is spelled: `<lib>/../../tmp/x.py`). A traceback compiles the lines it
/// shows, of real files, or under `<unknown>` a piece of one: not counted, since a
/// library's own line may look like anything. What the record shows is linted: the head
/// of a longer text (its cut is a syntax error, and the parser reads on past errors).
fn compiles_flagged_code(event: &jail::telemetry::Event) -> bool {
    let program_text = event
        .args
        .get(1)
        .and_then(serde_json::Value::as_str)
        .is_some_and(|file| {
            (file.starts_with('<') && file != "<unknown>")
                || matches!(
                    jail::watched::place_of(file),
                    jail::outcome::Place::Writable | jail::outcome::Place::HiddenInHome
                )
        });
    if event.event != "compile" || !program_text {
        return false;
    }
    let Some(source) = event.args.get(0).and_then(watched::text_of) else {
        return false;
    };
    // The program wrote the text: its suppression comments are its own word.
    let linted = linter().lint_with_suppressed("<compiled>", source.as_bytes());
    linted
        .findings
        .iter()
        .chain(&linted.suppressed)
        .any(|finding| finding.severity >= analyzer::Severity::Medium)
}

/// Whether a `compile` event's record shows its source whole and the analyzer finds
/// nothing in it, suppressed findings included.
fn compiles_clean_text(event: &jail::telemetry::Event) -> bool {
    let Some(source) = event.args.get(0).and_then(whole_source) else {
        return false;
    };
    let linted = linter().lint_with_suppressed("<compiled>", &source);
    linted.findings.is_empty() && linted.suppressed.is_empty() && linted.error.is_none()
}

/// Whether a `compile` record the prelude cut (a long module bundled as text) shows the
/// start and the length of constant code that the analyzer linted clean at `line`: the
/// AtCoder Library's expander `exec`s each module's text into a module object.
fn shows_clean_constant(
    event: &jail::telemetry::Event,
    line: u32,
    constants: &[analyzer::CleanConstantCode],
) -> bool {
    let Some(argument) = event.args.get(0) else {
        return false;
    };
    let field = |name: &str| argument.get(name);
    let len = field("len").and_then(serde_json::Value::as_u64);
    let matches = |code: &analyzer::CleanConstantCode| -> bool {
        if code.line != line as usize {
            return false;
        }
        match (
            field("bytes").and_then(serde_json::Value::as_str),
            field("str").and_then(serde_json::Value::as_str),
            len,
        ) {
            // Bytes are shown as their latin-1 reading.
            (Some(head), _, Some(len)) => {
                let head: Option<Vec<u8>> = head
                    .chars()
                    .map(|c| u8::try_from(u32::from(c)).ok())
                    .collect();
                head.is_some_and(|head| {
                    code.text.len() as u64 == len && code.text.starts_with(&head)
                })
            }
            (_, Some(head), Some(len)) => std::str::from_utf8(&code.text)
                .is_ok_and(|text| text.chars().count() as u64 == len && text.starts_with(head)),
            _ => false,
        }
    };
    constants.iter().any(matches)
}

/// The source a `compile` record shows, when it shows all of it: a string the prelude did
/// not cut, or bytes (written as their latin-1 reading, with their length) whose every byte
/// is there.
fn whole_source(argument: &serde_json::Value) -> Option<Vec<u8>> {
    match argument {
        serde_json::Value::String(text) => Some(text.clone().into_bytes()),
        serde_json::Value::Object(fields) => {
            let head = fields.get("bytes")?.as_str()?;
            let len = fields.get("len")?.as_u64()?;
            let bytes: Vec<u8> = head
                .chars()
                .map(|c| u8::try_from(u32::from(c)).ok())
                .collect::<Option<_>>()?;
            (bytes.len() as u64 == len).then_some(bytes)
        }
        _ => None,
    }
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
/// The program's own `# pyjail: ignore[...]` comments are the author's word,
/// and the author is not trusted here: suppressed findings count.
pub fn lint(name: &str, source: &[u8]) -> StaticSection {
    let mut gathered = modules::Gathered::default();
    gathered.add(name, linter().lint_with_suppressed(name, source));
    gathered.finish(None)
}

/// What every report needs, made in a warm jail's forker before it forks the
/// helpers that each build one report: the analyzer with its rules, the
/// audit policy and its hash, and whatever a first lint and a first subject
/// digest set up (the analyzer's lookup tables, and the CPU-feature probes of
/// its string searches and of SHA-256: CPUID instructions, each a trap to
/// the hypervisor on a VM).
pub fn prepare() {
    let _ = linter().lint("prepare.py", b"print(1)\n");
    Subject::new(String::new(), b"");
    jail::prelude::default_policy_hash();
}

/// The analyzer with the built-in rules, built once per process ([`prepare`]).
pub fn linter() -> &'static analyzer::Linter {
    static LINTER: std::sync::OnceLock<analyzer::Linter> = std::sync::OnceLock::new();
    LINTER.get_or_init(|| analyzer::Linter::new(analyzer::RuleSet::embedded()))
}

/// Where the report goes, opened before the run so that an unusable path
/// stops pyjail before the program runs.
pub enum Destination {
    /// `-`: standard error, coloured when it is a terminal.
    Stderr,
    File {
        file: std::fs::File,
        path: std::path::PathBuf,
    },
}

impl Destination {
    pub fn open(path: &std::path::Path) -> Result<Destination, jail::JailError> {
        if path == std::path::Path::new("-") {
            return Ok(Destination::Stderr);
        }
        let file = std::fs::File::create(path)
            .map_err(|e| jail::JailError::Input(format!("--report {}: {e}", path.display())))?;
        Ok(Destination::File {
            file,
            path: path.to_path_buf(),
        })
    }

    /// Writes `report` as JSON or as the human form; the human form on a
    /// terminal in colour, after the terminal's reset (the program wrote to
    /// the same terminal).
    pub fn write(self, human: bool, report: &Report) -> Result<(), String> {
        self.write_rendered(human, |out, colour| write_to(out, human, colour, report))
    }

    /// Writes a report rendered elsewhere (`pyjail run --server`: by the
    /// server), as [`Destination::write`] writes one.
    pub fn write_text(self, human: bool, text: &str) -> Result<(), String> {
        self.write_rendered(human, |out, _| out.write_all(text.as_bytes()))
    }

    /// `render` writes the report to its writer (in colour when told).
    fn write_rendered(
        self,
        human: bool,
        render: impl FnOnce(&mut dyn std::io::Write, bool) -> std::io::Result<()>,
    ) -> Result<(), String> {
        use std::io::Write;
        let result = match self {
            Destination::Stderr => {
                let reset = crate::terminal::stderr_reset().filter(|_| human);
                let mut err = std::io::stderr().lock();
                let written = err
                    .write_all(reset.as_deref().unwrap_or_default().as_bytes())
                    .and_then(|()| render(&mut err, reset.is_some()))
                    .and_then(|()| err.flush());
                // Nobody reads stderr any more (`2>&1 | head`): the report
                // is lost as pyjail's other lines there are.
                match written {
                    Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                    written => written,
                }
            }
            Destination::File { file, path } => {
                let mut out = std::io::BufWriter::new(file);
                render(&mut out, false)
                    .and_then(|()| out.into_inner().map_err(|e| e.into_error()))
                    .and_then(|file| sync_if_regular(&file))
                    .map_err(|e| std::io::Error::other(format!("{}: {e}", path.display())))
            }
        };
        result.map_err(|e| format!("cannot write the report: {e}"))
    }
}

/// A regular file is synced, so that the report is on disk when pyjail has
/// exited; a pipe, FIFO or device (`/dev/stdout`, `/dev/null`) has nothing to
/// sync, and the kernel refuses `fsync` on it.
fn sync_if_regular(file: &std::fs::File) -> std::io::Result<()> {
    if file.metadata()?.file_type().is_file() {
        file.sync_all()
    } else {
        Ok(())
    }
}

/// Streams the JSON form: the report is never held twice in memory.
fn write_to(
    out: &mut dyn std::io::Write,
    human: bool,
    colour: bool,
    report: &Report,
) -> std::io::Result<()> {
    if human {
        out.write_all(render_human(report, colour).as_bytes())
    } else {
        serde_json::to_writer_pretty(&mut *out, report).map_err(std::io::Error::from)?;
        out.write_all(b"\n")
    }
}

#[cfg(test)]
mod tests;

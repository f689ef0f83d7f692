//! What a run produced: the record threat reports are built from.

use serde::Serialize;

#[derive(Debug, Clone, Serialize, Default)]
pub struct Outcome {
    /// The program's exit code, when it exited.
    pub exit_code: Option<i32>,
    /// The signal that killed the program, when it was killed.
    pub signal: Option<i32>,
    pub wall_ms: f64,
    pub cpu_user_ms: f64,
    pub cpu_system_ms: f64,
    /// Peak memory of the whole jail (cgroup), or the largest process' RSS.
    pub peak_memory_bytes: Option<u64>,
    /// `cgroup-v1`, `cgroup-v2` or `rusage`.
    pub peak_memory_source: &'static str,
    pub pids_peak: Option<u64>,
    pub stdout: StreamStats,
    pub stderr: StreamStats,
    pub limits_hit: Vec<Limit>,
    pub degradations: Vec<Degradation>,
    pub denied_calls: DeniedCalls,
    /// Raw JSON lines from the audit prelude; None with `--no-telemetry`.
    pub telemetry: Option<TelemetryCapture>,
    /// pyjail was asked to stop (SIGINT, SIGTERM, SIGHUP) and killed the jail.
    pub interrupted_by: Option<i32>,
    pub interpreter: String,
    pub python_version: String,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Limit {
    /// Wall-clock timeout: the jail was killed.
    Timeout,
    /// CPU time (RLIMIT_CPU: SIGXCPU, then SIGKILL).
    Cpu,
    /// The cgroup's memory limit: the OOM killer ran.
    Memory,
    /// The pids limit refused a fork or a thread.
    Pids,
    /// RLIMIT_FSIZE (SIGXFSZ; Python ignores it and gets EFBIG instead).
    FileSize,
    /// /tmp or /work filled up.
    Disk,
    /// stdout or stderr passed the output limit and was truncated.
    Output,
}

impl Limit {
    pub fn describe(self) -> &'static str {
        match self {
            Limit::Timeout => "wall-clock timeout",
            Limit::Cpu => "CPU time limit",
            Limit::Memory => "memory limit (OOM kill)",
            Limit::Pids => "process/thread limit",
            Limit::FileSize => "file size limit",
            Limit::Disk => "disk space (/tmp or /work full)",
            Limit::Output => "output limit",
        }
    }
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct StreamStats {
    /// Bytes the program wrote.
    pub bytes: u64,
    /// Bytes passed on (at most the output limit).
    pub shown: u64,
    pub truncated: bool,
}

/// A jail layer that was missing and that the user accepted to run without.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Degradation {
    pub layer: crate::layer::Layer,
    pub detail: String,
}

/// A system call the seccomp filter refused, as the kernel reported it to the
/// supervisor (the program cannot forge or suppress these).
#[derive(Debug, Clone, Serialize)]
pub struct DeniedCall {
    pub name: String,
    pub nr: i32,
    /// `x86_64`, or `i386`/other for calls from another ABI.
    pub arch: &'static str,
    pub args: [u64; 6],
    /// Pid inside the jail's pid namespace is not available; this is the host pid.
    pub pid: u32,
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct DeniedCalls {
    /// True when denials were recorded by seccomp user notification.
    pub recorded: bool,
    /// The first denied calls, in order (at most a fixed number).
    pub records: Vec<DeniedCall>,
    /// Every denial, recorded or not.
    pub total: u64,
    /// Denials past the record cap, only counted.
    pub dropped: u64,
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct TelemetryCapture {
    /// The first lines (at most a fixed number and size).
    pub head: Vec<String>,
    /// The last lines after the head filled up, so the final `end` record survives a flood.
    pub tail: Vec<String>,
    /// Lines neither kept in `head` nor in `tail`.
    pub dropped_lines: u64,
    pub bytes: u64,
}

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
    /// What was streamed into the program's stdin.
    #[serde(skip)]
    pub stdin: StdinStats,
    pub stdout: StreamStats,
    pub stderr: StreamStats,
    pub limits_hit: Vec<Limit>,
    pub degradations: Vec<Degradation>,
    pub denied_calls: DeniedCalls,
    pub watched_calls: WatchedCalls,
    /// Raw JSON lines from the audit prelude; None with `--no-telemetry`.
    pub telemetry: Option<TelemetryCapture>,
    /// pyjail was asked to stop (SIGINT, SIGTERM, SIGHUP) and killed the jail.
    pub interrupted_by: Option<i32>,
    pub interpreter: String,
    pub python_version: String,
    /// `--out`: what came back from /work.
    #[serde(skip)]
    pub collected: Option<crate::files::Collected>,
    /// The last bytes the program wrote to stderr (for hints, never shown).
    #[serde(skip)]
    pub stderr_tail: Vec<u8>,
}

impl Outcome {
    /// User and system time together, rounded to the microsecond the kernel counts in, so
    /// the sum reads as such rather than with the float addition's last digits.
    pub fn cpu_ms(&self) -> f64 {
        ((self.cpu_user_ms + self.cpu_system_ms) * 1000.0).round() / 1000.0
    }
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

#[derive(Debug, Clone, Serialize, Default, PartialEq, Eq)]
pub struct StdinStats {
    /// Bytes passed to the program.
    pub bytes: u64,
    /// The input went on past the stdin limit and was cut there.
    pub truncated: bool,
}

/// A jail layer that was missing and that the user accepted to run without.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Degradation {
    pub layer: crate::layer::Layer,
    pub detail: String,
}

/// The system calls the seccomp filter refused, as the kernel reported them
/// to the supervisor (the program cannot forge or suppress these), grouped by
/// call name so that no number of one call can push another out of sight.
#[derive(Debug, Clone, Serialize, Default)]
pub struct DeniedCalls {
    /// True when denials were recorded by seccomp user notification.
    pub recorded: bool,
    /// One entry per call name, in the order each name was first denied.
    /// Names are bounded (numbers the syscall table does not know share one
    /// entry per ABI), so this list is too, without a cap.
    pub calls: Vec<DeniedName>,
    /// Denials the supervisor read, with their names.
    pub total: u64,
    /// Notifications the kernel withdrew before the supervisor could read
    /// them: a signal interrupted the denied call first (it returned EINTR,
    /// or ended with the process). Counted exactly, names unknown; a call the
    /// kernel restarts after the signal is also counted again when read.
    pub withdrawn: u64,
    /// Of `withdrawn`, those of tasks a signal ended while they waited on a
    /// watched call (the program's signal, or the jail's end of the
    /// processes left), read when the signal was sent (`endings.rs`).
    pub withdrawn_after_endings: u64,
    /// Why the record stopped before the jail did; None when it covers the run.
    pub failure: Option<String>,
    /// The kernel's count was read to the end with the program's processes
    /// gone: every withdrawn notification is counted. False when the jail
    /// was killed first (a limit, a signal): a call interrupted in the last
    /// instant before may be missing from `withdrawn`.
    pub drained: bool,
}

/// Every denial of one call name.
#[derive(Debug, Clone, Serialize)]
pub struct DeniedName {
    pub name: String,
    /// `x86_64`, `x32`, `i386` or `other`: calls from another ABI are refused
    /// whatever their number.
    pub arch: &'static str,
    pub count: u64,
    /// The first distinct argument lists, each with its count.
    pub samples: Vec<DeniedArgs>,
    /// Denials whose arguments are not among `samples`.
    pub other_args: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct DeniedArgs {
    /// The call number: it tells apart numbers that share an `unknown` name.
    pub nr: i32,
    pub args: [u64; 6],
    /// The host pid of the first caller (the jail's own pids are not reported).
    pub pid: u32,
    pub count: u64,
}

/// Allowed calls that start a program or change a path, as the kernel showed
/// them to the supervisor before running them (seccomp user notification
/// answered "continue", `watched.rs`): the program cannot forge or skip
/// these records, but what a record says about a path is what the task's
/// memory held when the supervisor read it (another thread may change it
/// before the kernel reads it again), and the record never says whether the
/// call then succeeded. Grouped by act and by where the path points, so
/// that no number of ordinary writes can push one outside out of sight.
#[derive(Debug, Clone, Serialize, Default)]
pub struct WatchedCalls {
    /// True when watched calls were shown to the supervisor.
    pub recorded: bool,
    /// One entry per (act, place), in the order each was first seen.
    pub groups: Vec<WatchedGroup>,
    /// Every watched call recorded.
    pub total: u64,
}

/// What a watched call does.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Act {
    /// Starts a program (execve, execveat).
    Exec,
    /// Opens for writing or creates a file (open with write flags, creat).
    Write,
    /// Makes a new name: a directory, a link, a symbolic link.
    Create,
    /// Removes a name (unlink, rmdir).
    Remove,
    Rename,
    Truncate,
    /// Changes a mode, an owner or times.
    Metadata,
}

/// Where a watched call's path points, read as a path (symbolic links are
/// not followed: the kernel follows them when it runs the call).
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    /// /work, /tmp, a harmless device (/dev/null) or the program's own
    /// descriptors (/dev/stdout, /proc/self/fd/N).
    Writable,
    /// A hidden entry of /work, which is the jail user's home (`~/.bashrc`
    /// is /work/.bashrc): writable, but where start-up files and keys live
    /// on a host. Kept apart so that ordinary writes cannot crowd them out.
    HiddenInHome,
    /// Anywhere else: the jail's read-only root.
    Outside,
    /// The path could not be read or resolved (a bad pointer, a directory
    /// descriptor that was not one).
    Unknown,
}

/// Every watched call of one act at one place.
#[derive(Debug, Clone, Serialize)]
pub struct WatchedGroup {
    pub act: Act,
    pub place: Place,
    pub count: u64,
    /// The first distinct calls (name and paths), each with its count.
    pub samples: Vec<WatchedCall>,
    /// Calls not among `samples`.
    pub other: u64,
    /// The callers' pids of the calls not among `samples` (of the calling
    /// threads, the first few), so that the report can tell whose they were.
    pub other_pids: Vec<u32>,
    /// More callers made such calls than `other_pids` keeps.
    pub other_pids_cut: bool,
}

/// One watched call as the supervisor read it from the task: hostile text.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct WatchedCall {
    pub call: String,
    /// The paths it names, absolute when the supervisor could resolve them
    /// (against the task's working directory or directory descriptor, read
    /// through /proc), cut to a bounded length; for a rename or a link the
    /// old name first, for a symbolic link the text it will hold first.
    pub paths: Vec<String>,
    /// For a program start: its first arguments, bounded.
    pub argv: Vec<String>,
    /// For a program start: the dynamic loader's variables in its
    /// environment, by name ("…": the environment was not read whole).
    pub loader_variables: Vec<String>,
    /// The host pids (of the calling threads) of the first callers.
    pub pids: Vec<u32>,
    pub count: u64,
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

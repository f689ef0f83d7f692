//! The enforced boundary: namespaces, a fresh read-only root, seccomp,
//! Landlock, cgroups and rlimits around the host's CPython.
//!
//! [`run`] is the whole story: prepare (interpreter, root plan, seccomp
//! program, cgroup, pipes) in the supervisor, then `sandbox.rs` sets the jail
//! up step by step in the child, and `supervisor.rs` watches it.

pub mod cache;
pub mod caps;
pub mod cgroup;
pub mod control;
pub mod cpu;
pub mod doctor;
pub mod endings;
pub mod error;
pub mod files;
pub mod ids;
pub mod landlock;
pub mod layer;
pub mod mount;
pub mod net;
pub mod notify;
pub mod outcome;
pub mod prelude;
pub mod profile;
pub mod python;
pub mod rlimits;
pub mod rootfs;
pub mod sandbox;
pub mod seccomp;
pub mod supervisor;
pub mod syscall_table;
pub mod teardown;
pub mod telemetry;
pub mod template;
pub mod units;
pub mod user;
pub mod warm;
pub mod watched;

use std::ffi::CString;
use std::io::Write;
use std::os::fd::{AsRawFd, OwnedFd};
use std::path::{Path, PathBuf};

pub use error::JailError;
pub use layer::Layer;
pub use outcome::Outcome;
pub use profile::Profile;

use cgroup::Cgroup;
pub use rootfs::Content;
use rootfs::{NewFile, Plan, PYJAIL_DIR, WORK_DIR};

/// Where the audit prelude is placed inside the jail.
pub const PRELUDE_PATH: &str = "/.pyjail/prelude.py";
/// The environment every program gets (before `--env`).
pub const BASE_ENV: &[(&str, &str)] = &[
    ("PATH", "/usr/local/bin:/usr/bin:/bin"),
    ("HOME", WORK_DIR),
    ("LANG", "C.UTF-8"),
    ("TMPDIR", "/tmp"),
];

/// A program to run and how.
#[derive(Debug, Clone)]
pub struct Request {
    /// File name inside /work (e.g. `main.py`); for a module, its name.
    pub program_name: String,
    /// The program's text (what the report lints).
    pub source: Vec<u8>,
    /// How the program gets into the jail and starts.
    pub entry: Entry,
    pub args: Vec<String>,
    /// Limits already overridden by flags.
    pub profile: Profile,
    pub env: Vec<(String, String)>,
    /// What the program reads on stdin.
    pub stdin: Stdin,
    /// Extra read-only binds (source on the host, target in the jail).
    pub ro_binds: Vec<(PathBuf, PathBuf)>,
    /// Copied into /work before the program starts (`--work`).
    pub work: Option<files::WorkTree>,
    /// Where the program's files in /work go after the run (`--out`).
    pub out: Option<files::CollectSpec>,
    /// Layers the user accepts to run without ([`Layer::DEGRADABLE`]).
    pub allow_degraded: Vec<Layer>,
    /// The audit prelude (source or a bytecode image for the interpreter
    /// the run is given), placed read-only at PRELUDE_PATH and run before the program with a
    /// telemetry pipe on fd 3; None runs without telemetry.
    pub prelude: Option<Content>,
}

/// How the program starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// `source` is written to /work/`program_name` and run.
    Source,
    /// /work/`program_name` comes with the `--work` tree (a project's `__main__.py`).
    Copied,
    /// `-m MODULE`, found on `sys.path` (/work first).
    Module(String),
}

/// Where the program's standard input comes from. Everything but `Empty` is
/// streamed through a pipe, up to the profile's stdin limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stdin {
    /// /dev/null.
    Empty,
    /// pyjail's own standard input.
    Inherit,
    /// A file: regular, FIFO or character device (opened before the
    /// jail starts, so a FIFO waits for its writer there).
    File(PathBuf),
}

impl Stdin {
    /// The default: pyjail's own stdin when it is open and not a terminal
    /// (a pipe, a file, /dev/null); a terminal's or a closed one gives nothing.
    pub fn unless_terminal() -> Stdin {
        use std::io::IsTerminal;
        let open = nix::sys::stat::fstat(0).is_ok();
        if open && !std::io::stdin().is_terminal() {
            Stdin::Inherit
        } else {
            Stdin::Empty
        }
    }

    fn open(&self) -> Result<Option<OwnedFd>, JailError> {
        match self {
            Stdin::Empty => Ok(None),
            Stdin::Inherit => {
                // A duplicate: pyjail's fd 0 stays as it is (and blocking, for
                // whoever shares it), and the jail closes this one.
                nix::fcntl::fcntl(0, nix::fcntl::FcntlArg::F_DUPFD_CLOEXEC(3))
                    .map(|fd| {
                        // SAFETY: a fresh fd we own.
                        Some(unsafe { <OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(fd) })
                    })
                    .map_err(|e| JailError::Input(format!("--stdin -: standard input: {e}")))
            }
            Stdin::File(path) => {
                let file = std::fs::File::open(path)
                    .map_err(|e| JailError::Input(format!("--stdin {}: {e}", path.display())))?;
                let is_dir = file.metadata().is_ok_and(|m| m.is_dir());
                if is_dir {
                    return Err(JailError::Input(format!(
                        "--stdin {}: is a directory",
                        path.display()
                    )));
                }
                Ok(Some(file.into()))
            }
        }
    }
}

/// Runs `request` in a new jail with `interpreter` (resolved by the caller,
/// who compiles the prelude for it: [`python::resolve`]). Program output goes
/// to `stdout`/`stderr` (capped) as it comes. Returns as soon as the program
/// has ended and its outcome is known, with what is left to tear down (the
/// jail's pid 1 in its exit, its cgroup, its host ids): finish it, or let a
/// reaper do it ([`teardown::Teardown`]). Errors mean the program did not run
/// (exit 125).
///
/// `network`: the jail's network namespace, when the caller started making
/// it ahead (`net.rs`); without, the jail makes its own.
///
/// The caller must be single-threaded (but for `network`'s thread, which
/// ends before the clone): the jail's first process comes from a raw
/// `clone`, which skips glibc's fork handlers, so a lock another thread held
/// at that moment (malloc's, stdio's) would stay locked in the child, which
/// allocates. A multi-threaded caller is refused.
pub fn run(
    request: &Request,
    interpreter: &python::Interpreter,
    network: Option<net::Ahead>,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<(Outcome, teardown::Teardown), JailError> {
    for layer in &request.allow_degraded {
        degradable(layer.name())?;
    }
    if request.profile.seccomp.0.is_empty() {
        return Err(JailError::setup(
            Layer::Seccomp,
            "the profile has no compiled seccomp program (load it with Profile::load)",
        ));
    }
    let limits = &request.profile.limits;
    let plan = plan(request, interpreter)?;
    let pipe = || {
        nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC)
            .map_err(|e| JailError::setup(Layer::Pipes, e))
    };
    let (out_r, out_w) = pipe()?;
    let (err_r, err_w) = pipe()?;
    let telemetry = request.prelude.as_ref().map(|_| pipe()).transpose()?;
    let (control_parent, control_child) =
        control::pair().map_err(|e| JailError::setup(Layer::Pipes, e))?;
    let stdin_source = request.stdin.open()?;
    let stdin_pipe = stdin_source.as_ref().map(|_| pipe()).transpose()?;
    let ids = user::IdMap::for_current_user().map_err(|e| {
        JailError::setup(
            Layer::Identity,
            format!("cannot lease host ids for the jail: {e}"),
        )
    })?;
    // What the cgroup needs of the host is read here, while the network
    // thread may still be at work (see `read_host`).
    cgroup::read_host();
    let network = network.map_or(net::Source::OwnOnThread, net::Ahead::enter);
    require_single_thread()?;
    let spec = sandbox::ChildSpec {
        plan,
        limits: limits.clone(),
        landlock_optional: degraded(request, Layer::Landlock),
        notify: true,
        drop_groups: ids.drop_groups,
        placement: cpu::Placement::plan(),
        network,
        seccomp: request.profile.seccomp.clone(),
        syscalls: request.profile.syscalls.clone(),
        argv: argv(request, interpreter)?,
        envp: envp(request)?,
        copy_in: request.work.is_some(),
        collect: request.out.is_some(),
        role: sandbox::Role::Program,
        fds: sandbox::ChildFds {
            control: control_child.as_raw_fd(),
            stdout: out_w.as_raw_fd(),
            stderr: err_w.as_raw_fd(),
            telemetry: telemetry.as_ref().map(|(_, w)| w.as_raw_fd()),
            stdin: stdin_pipe.as_ref().map(|(r, _)| r.as_raw_fd()),
        },
    };
    let mut child_ends: Vec<OwnedFd> = vec![out_w, err_w, control_child];
    let (telemetry_read, telemetry_write) = telemetry.unzip();
    child_ends.extend(telemetry_write);
    let (stdin_read, stdin_write) = stdin_pipe.unzip();
    child_ends.extend(stdin_read);
    let stdin = match (stdin_source, stdin_write) {
        (Some(source), Some(pipe)) => Some(
            supervisor::StdinFeed::new(source, pipe, limits.stdin)
                .map_err(|e| JailError::setup(Layer::Pipes, e))?,
        ),
        _ => None,
    };
    let mut ended = supervisor::run(
        supervisor::Supervised {
            program: spec.seccomp.clone(),
            pipes: supervisor::Pipes {
                stdout: Some(out_r),
                stderr: Some(err_r),
                telemetry: telemetry_read,
                control: control_parent,
                stdin,
            },
            child_ends,
            ids,
            cgroup: supervisor::CgroupRequest {
                memory: limits.memory,
                pids: limits.pids,
                optional: degraded(request, Layer::Cgroup),
            },
            wall: limits.wall,
            cpu: limits.cpu,
            output_limit: limits.output,
            stdout,
            stderr,
            work: request.work.as_ref(),
            collect: request.out.is_some(),
        },
        &spec,
    )?;
    let collected = request
        .out
        .as_ref()
        .map(|spec| match ended.work_dir.take() {
            Some(work) => files::collect(work, spec, &unchanged(request), ended.userns.take()),
            None => files::Collected {
                error: Some("the jail ended before /work could be kept for --out".into()),
                ..files::Collected::default()
            },
        });
    let (jail, cgroup, ids) = (ended.unreaped.take(), ended.cgroup.take(), ended.ids.take());
    let mut outcome = finish(ended, request.profile.limits.cpu, cgroup.as_ref());
    let teardown = teardown::Teardown::new(jail, cgroup, ids);
    outcome.interpreter = interpreter.executable.display().to_string();
    outcome.python_version = interpreter.version.clone();
    if request.prelude.is_none() {
        outcome.telemetry = None;
    }
    outcome.collected = collected;
    Ok((outcome, teardown))
}

/// What in /work is still as pyjail put it there, so not collected.
fn unchanged(request: &Request) -> files::Unchanged {
    let mut unchanged = files::Unchanged::default();
    if let Some(tree) = &request.work {
        for entry in &tree.entries {
            if let files::EntryKind::File { size, mtime, .. } = entry.kind {
                unchanged.copies.insert(entry.path.clone(), (size, mtime));
            }
        }
    }
    if request.entry == Entry::Source {
        unchanged.program = Some((request.program_name.clone().into(), request.source.clone()));
    }
    let binds = request.ro_binds.iter().map(|(_, target)| target);
    unchanged.mount_points = binds
        .filter_map(|target| target.strip_prefix(WORK_DIR).ok())
        .map(Path::to_path_buf)
        .collect();
    unchanged
}

pub(crate) fn require_single_thread() -> Result<(), JailError> {
    let threads = live_threads().map_err(|e| {
        JailError::setup(
            Layer::Supervisor,
            format!("cannot count our threads in /proc/self/task: {e}"),
        )
    })?;
    if threads == 1 {
        Ok(())
    } else {
        Err(JailError::Threaded(threads))
    }
}

/// Our threads that may still run code of ours: a thread that is joined has
/// left user space for good, but stays listed until the kernel has finished
/// its exit, which a loaded host can delay by milliseconds (a 5 ms wait for
/// it to go once refused a run here); such a thread already carries the
/// kernel's "exiting" flag, and is not counted.
fn live_threads() -> std::io::Result<usize> {
    // SAFETY: gettid has no arguments and cannot fail.
    let own = unsafe { libc::gettid() }.to_string();
    let mut live = 0;
    for entry in std::fs::read_dir("/proc/self/task")? {
        let tid = entry?.file_name();
        if tid.to_str() == Some(own.as_str()) {
            live += 1;
            continue;
        }
        // Gone between the listing and this read: not live either.
        let Ok(stat) =
            std::fs::read_to_string(format!("/proc/self/task/{}/stat", tid.to_string_lossy()))
        else {
            continue;
        };
        if !exiting(&stat) {
            live += 1;
        }
    }
    Ok(live)
}

/// Whether a task's /proc stat line carries PF_EXITING, set as the task
/// enters its exit; a line that cannot be read counts as not exiting.
fn exiting(stat: &str) -> bool {
    const PF_EXITING: u64 = 0x4;
    // Fields after the name, which ends at the last ')': the state first,
    // the flags seventh.
    stat.rsplit_once(')')
        .and_then(|(_, fields)| fields.split_whitespace().nth(6))
        .and_then(|flags| flags.parse::<u64>().ok())
        .is_some_and(|flags| flags & PF_EXITING != 0)
}

fn degraded(request: &Request, layer: Layer) -> bool {
    request.allow_degraded.contains(&layer)
}

/// The layer `name` names, if the user may accept to run without it.
pub fn degradable(name: &str) -> Result<Layer, JailError> {
    name.parse::<Layer>()
        .ok()
        .filter(|layer| layer.degradable())
        .ok_or_else(|| {
            let known: Vec<&str> = Layer::DEGRADABLE.iter().map(|l| l.name()).collect();
            JailError::Input(format!(
                "--allow-degraded: `{name}` is not a layer pyjail can run without (known: {})",
                known.join(", ")
            ))
        })
}

/// Fills in exit status, times, memory and the limits that were hit.
pub(crate) fn finish(
    mut ended: supervisor::Ended,
    cpu_limit: std::time::Duration,
    cgroup: Option<&Cgroup>,
) -> Outcome {
    let usage = ended.usage;
    let time = |t: libc::timeval| t.tv_sec as f64 * 1000.0 + t.tv_usec as f64 / 1000.0;
    let outcome = &mut ended.outcome;
    outcome.cpu_user_ms = time(ended.rusage.ru_utime);
    outcome.cpu_system_ms = time(ended.rusage.ru_stime);
    match ended.raw_status {
        Some(s) if libc::WIFEXITED(s) => outcome.exit_code = Some(libc::WEXITSTATUS(s)),
        Some(s) if libc::WIFSIGNALED(s) => outcome.signal = Some(libc::WTERMSIG(s)),
        // Killed before the program ended (timeout, interrupt): the jail got SIGKILL.
        _ => outcome.signal = Some(libc::SIGKILL),
    }
    match (usage.and_then(|u| u.peak_memory), cgroup) {
        (Some(peak), Some(cgroup)) => {
            outcome.peak_memory_bytes = Some(peak);
            outcome.peak_memory_source = match cgroup.version() {
                cgroup::Version::V2 => "cgroup-v2",
                cgroup::Version::V1 => "cgroup-v1",
            };
        }
        _ => {
            outcome.peak_memory_bytes = Some(ended.rusage.ru_maxrss as u64 * 1024);
            outcome.peak_memory_source = "rusage";
        }
    }
    outcome.pids_peak = usage.and_then(|u| u.pids_peak);
    let limits_hit = supervisor::limits_hit(&ended, cpu_limit, usage);
    ended.outcome.limits_hit = limits_hit;
    ended.outcome
}

/// What the jail shows: system dirs, the interpreter, /etc, binds, files.
pub(crate) fn plan(
    request: &Request,
    interpreter: &python::Interpreter,
) -> Result<Plan, JailError> {
    let limits = &request.profile.limits;
    let mut plan = Plan::new(&interpreter.prefixes, limits.scratch_size());
    if let Some(dir) = interpreter.real_executable.parent() {
        plan.add_bind(dir, dir, true);
    }
    if !request.profile.site_packages {
        plan.hidden = interpreter.site_packages.clone();
    }
    let mut binds = request.ro_binds.clone();
    for spec in &request.profile.ro_bind {
        binds.push(parse_bind(spec)?);
    }
    // What pyjail itself puts in /work: nothing may hide it or be hidden by it.
    let mut in_work: Vec<PathBuf> = Vec::new();
    if request.entry == Entry::Source {
        in_work.push(request.program_name.clone().into());
    }
    if let Some(tree) = &request.work {
        in_work.extend(tree.entries.iter().map(|e| e.path.clone()));
    }
    let mut targets: Vec<PathBuf> = Vec::new();
    for (source, target) in binds {
        let meta = std::fs::metadata(&source)
            .map_err(|e| JailError::Input(format!("--ro-bind {}: {e}", source.display())))?;
        check_bind_target(&target)?;
        if let Ok(below_work) = target.strip_prefix(WORK_DIR) {
            let clash = in_work
                .iter()
                .find(|p| p.starts_with(below_work) || below_work.starts_with(p));
            if let Some(clash) = clash {
                return Err(JailError::Input(format!(
                    "--ro-bind {}: its target {} would hide or be mixed with /work/{} (the program or \
                     a --work file): give another target, --ro-bind SRC:/work/NAME",
                    source.display(),
                    target.display(),
                    clash.display()
                )));
            }
        }
        if targets
            .iter()
            .any(|t| t.starts_with(&target) || target.starts_with(t))
        {
            return Err(JailError::Input(format!(
                "--ro-bind {}: target {} overlaps another bind's",
                source.display(),
                target.display()
            )));
        }
        targets.push(target.clone());
        plan.binds.push(rootfs::Bind {
            source,
            target,
            is_dir: meta.is_dir(),
        });
    }
    let copied = request.work.as_ref().map_or(0, |tree| tree.bytes);
    if request.source.len() as u64 + copied > limits.scratch_size() {
        return Err(JailError::Input(format!(
            "the program and its files are larger than /work ({} bytes)",
            limits.scratch_size()
        )));
    }
    if request.entry == Entry::Source {
        plan.files.push(NewFile {
            path: Path::new(WORK_DIR).join(&request.program_name),
            content: Content::Bytes(request.source.clone()),
            mode: 0o644,
        });
    }
    if let Some(prelude) = &request.prelude {
        plan.files.push(NewFile {
            path: PRELUDE_PATH.into(),
            content: prelude.clone(),
            mode: 0o444,
        });
    }
    Ok(plan)
}

/// The largest program accepted: it is copied into /work and must fit the
/// file-size limit (and /work).
pub fn program_limit(profile: &Profile) -> u64 {
    profile.limits.file_size.min(profile.limits.scratch_size())
}

/// A dotted module name (`-m`): identifiers, none starting with a digit.
pub fn is_module_name(name: &str) -> bool {
    !name.is_empty()
        && name.split('.').all(|part| {
            !part.is_empty()
                && !part.starts_with(|c: char| c.is_ascii_digit())
                && part.chars().all(|c| c.is_alphanumeric() || c == '_')
        })
}

/// `SRC` or `SRC:DST`, SRC made absolute. DST defaults to /work/<SRC's
/// name>: next to the program, where `open("name")` finds it.
pub fn parse_bind(spec: &str) -> Result<(PathBuf, PathBuf), JailError> {
    let (source, target) = match spec.split_once(':') {
        Some((source, target)) => (source, Some(target)),
        None => (spec, None),
    };
    let source = std::fs::canonicalize(source)
        .map_err(|e| JailError::Input(format!("--ro-bind {spec}: {source}: {e}")))?;
    let target = match target {
        Some(target) => PathBuf::from(target),
        None => {
            let name = source.file_name().ok_or_else(|| {
                JailError::Input(format!(
                    "--ro-bind {spec}: `/` has no name to bind under /work: give SRC:DST"
                ))
            })?;
            Path::new(WORK_DIR).join(name)
        }
    };
    Ok((source, target))
}

fn check_bind_target(target: &Path) -> Result<(), JailError> {
    let reserved = ["/", "/proc", "/dev", "/tmp", WORK_DIR, PYJAIL_DIR, "/etc"];
    let clean = target.components().all(|c| {
        matches!(
            c,
            std::path::Component::RootDir | std::path::Component::Normal(_)
        )
    });
    if target == Path::new(WORK_DIR) {
        return Err(JailError::Input(format!(
            "--ro-bind target {WORK_DIR}: the program's directory stays writable; copy a directory \
             into it with --work DIR, or bind it below: --ro-bind DIR:{WORK_DIR}/NAME"
        )));
    }
    if !target.is_absolute() || !clean || reserved.iter().any(|r| Path::new(r) == target) {
        return Err(JailError::Input(format!(
            "--ro-bind target `{}` must be an absolute, normalised path other than {}",
            target.display(),
            reserved.join(", ")
        )));
    }
    Ok(())
}

fn cstring(text: &str) -> Result<CString, JailError> {
    CString::new(text)
        .map_err(|_| JailError::Input(format!("`{}` contains a NUL byte", text.escape_debug())))
}

/// `-B`: bytecode caches of the program's modules would be written into /work,
/// which is thrown away with the jail (and each write would be telemetry noise).
/// With the prelude: `python -I -B -S PRELUDE [--site] (/work/NAME | --module
/// MODULE) ARGS`; the prelude puts the program's directory (or, for a module, the
/// working directory) first on `sys.path`, after its own imports. Without:
/// `python -E -s -B [-S] (/work/NAME | -m MODULE) ARGS`, which is `-I` except
/// that Python itself puts that directory first. Either way /work is on
/// `sys.path` as under a plain `python3 FILE`, so sibling modules import.
pub(crate) fn argv(
    request: &Request,
    interpreter: &python::Interpreter,
) -> Result<Vec<CString>, JailError> {
    let executable = interpreter.executable.to_string_lossy().into_owned();
    let mut argv = vec![executable];
    if !has_own_locale(&request.env) {
        argv.extend(UTF8_MODE.map(String::from));
    }
    let site = request.profile.site_packages;
    match &request.prelude {
        Some(_) => {
            argv.extend(["-I", "-B", "-S", PRELUDE_PATH].map(String::from));
            if site {
                argv.push("--site".into());
            }
        }
        None => {
            argv.extend(["-E", "-s", "-B"].map(String::from));
            if !site {
                argv.push("-S".into());
            }
        }
    }
    match &request.entry {
        Entry::Module(module) => {
            let flag = if request.prelude.is_some() {
                "--module"
            } else {
                "-m"
            };
            argv.extend([flag.to_string(), module.clone()]);
        }
        Entry::Source | Entry::Copied => {
            argv.push(format!("{WORK_DIR}/{}", request.program_name));
        }
    }
    argv.extend(request.args.iter().cloned());
    argv.iter().map(|a| cstring(a)).collect()
}

/// Python's UTF-8 mode, under the jail's own locale (`LANG=C.UTF-8` of
/// [`BASE_ENV`]): the same encodings (file names, streams, `open`), but
/// decoded by Python itself instead of the C library's converters, which
/// cost every interpreter start here ~0.1-0.2 ms (getpath's file names).
/// What differs is `sys.flags.utf8_mode`.
pub(crate) const UTF8_MODE: [&str; 2] = ["-X", "utf8"];

/// Whether the program is given a locale of its own (`--env LANG=...`):
/// then the interpreter follows it, without UTF-8 mode.
fn has_own_locale(env: &[(String, String)]) -> bool {
    env.iter()
        .any(|(key, _)| matches!(key.as_str(), "LANG" | "LC_ALL" | "LC_CTYPE"))
}

pub(crate) fn envp(request: &Request) -> Result<Vec<CString>, JailError> {
    let mut env: Vec<(String, String)> = BASE_ENV
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    for (key, value) in &request.env {
        if key.is_empty() || key.contains('=') {
            return Err(JailError::Input(format!(
                "--env: `{key}` is not a variable name"
            )));
        }
        env.retain(|(k, _)| k != key);
        env.push((key.clone(), value.clone()));
    }
    env.iter()
        .map(|(k, v)| cstring(&format!("{k}={v}")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::exiting;

    #[test]
    fn a_task_entering_its_exit_is_told_by_its_flags() {
        let live = std::fs::read_to_string("/proc/thread-self/stat").unwrap();
        assert!(!exiting(&live), "{live}");
        // The same line with PF_EXITING set in its flags, and a name with a
        // parenthesis and spaces in it, as a thread may name itself.
        let (_, fields) = live.rsplit_once(')').unwrap();
        let mut fields: Vec<String> = fields.split_whitespace().map(String::from).collect();
        let flags: u64 = fields[6].parse().unwrap();
        fields[6] = (flags | 0x4).to_string();
        let dying = format!("123 (a) b (c) {}", fields.join(" "));
        assert!(exiting(&dying), "{dying}");
        assert!(!exiting("123 (no fields)"));
    }
}

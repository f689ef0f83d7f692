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
pub mod error;
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
pub mod telemetry;
pub mod units;
pub mod user;

use std::ffi::CString;
use std::io::Write;
use std::os::fd::{AsRawFd, OwnedFd};
use std::path::{Path, PathBuf};

pub use error::JailError;
pub use layer::Layer;
pub use outcome::Outcome;
pub use profile::Profile;

use cgroup::Cgroup;
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
    /// File name inside /work (e.g. `main.py`).
    pub program_name: String,
    pub source: Vec<u8>,
    pub args: Vec<String>,
    /// Limits already overridden by flags.
    pub profile: Profile,
    pub python: Option<PathBuf>,
    pub env: Vec<(String, String)>,
    /// File streamed into the program's stdin; None: empty.
    pub stdin: Option<PathBuf>,
    /// Extra read-only binds (source on the host, target in the jail).
    pub ro_binds: Vec<(PathBuf, PathBuf)>,
    /// Layers the user accepts to run without ([`Layer::DEGRADABLE`]).
    pub allow_degraded: Vec<Layer>,
    /// The audit prelude (source or a bytecode image for this interpreter),
    /// placed read-only at PRELUDE_PATH and run before the program with a
    /// telemetry pipe on fd 3; None runs without telemetry.
    pub prelude: Option<Vec<u8>>,
}

/// Runs `request` in a new jail. Program output goes to `stdout`/`stderr`
/// (capped) as it comes. Errors mean the program did not run (exit 125).
///
/// The caller must be single-threaded: the jail's first process comes from
/// a raw `clone`, which skips glibc's fork handlers, so a lock another
/// thread held at that moment (malloc's, stdio's) would stay locked in the
/// child, which allocates. A multi-threaded caller is refused.
pub fn run(
    request: &Request,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<Outcome, JailError> {
    require_single_thread()?;
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
    let interpreter = python::resolve(request.python.as_deref())?;
    let plan = plan(request, &interpreter)?;
    let pipe = || {
        nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC)
            .map_err(|e| JailError::setup(Layer::Pipes, e))
    };
    let (out_r, out_w) = pipe()?;
    let (err_r, err_w) = pipe()?;
    let telemetry = request.prelude.as_ref().map(|_| pipe()).transpose()?;
    let (control_parent, control_child) =
        control::pair().map_err(|e| JailError::setup(Layer::Pipes, e))?;
    let stdin_file = request
        .stdin
        .as_ref()
        .map(|path| {
            std::fs::File::open(path)
                .map_err(|e| JailError::Input(format!("--stdin {}: {e}", path.display())))
        })
        .transpose()?;
    let stdin_pipe = stdin_file.as_ref().map(|_| pipe()).transpose()?;
    let ids = user::IdMap::for_current_user().map_err(|e| {
        JailError::setup(
            Layer::Identity,
            format!("cannot lease host ids for the jail: {e}"),
        )
    })?;
    let spec = sandbox::ChildSpec {
        plan,
        limits: limits.clone(),
        landlock_optional: degraded(request, Layer::Landlock),
        notify: true,
        drop_groups: ids.drop_groups,
        placement: cpu::Placement::plan(),
        seccomp: request.profile.seccomp.clone(),
        syscalls: request.profile.syscalls.clone(),
        argv: argv(request, &interpreter)?,
        envp: envp(request)?,
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
    let stdin = match (stdin_file, stdin_write) {
        (Some(file), Some(pipe)) => Some(
            supervisor::StdinFeed::new(file, pipe)
                .map_err(|e| JailError::setup(Layer::Pipes, e))?,
        ),
        _ => None,
    };
    let mut ended = supervisor::run(supervisor::Supervised {
        spec,
        pipes: supervisor::Pipes {
            stdout: out_r,
            stderr: err_r,
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
    })?;
    let cgroup = ended.cgroup.take();
    let usage = cgroup.as_ref().map(Cgroup::usage);
    let mut outcome = finish(ended, request, usage, cgroup.as_ref());
    outcome.interpreter = interpreter.executable.display().to_string();
    outcome.python_version = interpreter.version;
    if request.prelude.is_none() {
        outcome.telemetry = None;
    }
    Ok(outcome)
}

fn require_single_thread() -> Result<(), JailError> {
    let threads = std::fs::read_dir("/proc/self/task")
        .map(Iterator::count)
        .map_err(|e| {
            JailError::setup(
                Layer::Supervisor,
                format!("cannot count our threads in /proc/self/task: {e}"),
            )
        })?;
    if threads != 1 {
        return Err(JailError::Threaded(threads));
    }
    Ok(())
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
fn finish(
    mut ended: supervisor::Ended,
    request: &Request,
    usage: Option<cgroup::Usage>,
    cgroup: Option<&Cgroup>,
) -> Outcome {
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
    let limits_hit = supervisor::limits_hit(&ended, request.profile.limits.cpu, usage);
    ended.outcome.limits_hit = limits_hit;
    ended.outcome
}

/// What the jail shows: system dirs, the interpreter, /etc, binds, files.
fn plan(request: &Request, interpreter: &python::Interpreter) -> Result<Plan, JailError> {
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
    for (source, target) in binds {
        let meta = std::fs::metadata(&source)
            .map_err(|e| JailError::Input(format!("--ro-bind {}: {e}", source.display())))?;
        check_bind_target(&target)?;
        plan.binds.push(rootfs::Bind {
            source,
            target,
            is_dir: meta.is_dir(),
        });
    }
    if request.source.len() as u64 > limits.scratch_size() {
        return Err(JailError::Input(format!(
            "the program is larger than /work ({} bytes)",
            limits.scratch_size()
        )));
    }
    plan.files.push(NewFile {
        path: Path::new(WORK_DIR).join(&request.program_name),
        content: request.source.clone(),
        mode: 0o644,
    });
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

/// `SRC` or `SRC:DST` (DST defaults to SRC), SRC made absolute.
pub fn parse_bind(spec: &str) -> Result<(PathBuf, PathBuf), JailError> {
    let (source, target) = match spec.split_once(':') {
        Some((source, target)) => (source, Some(target)),
        None => (spec, None),
    };
    let source = std::fs::canonicalize(source)
        .map_err(|e| JailError::Input(format!("--ro-bind {spec}: {source}: {e}")))?;
    let target = target.map_or_else(|| source.clone(), PathBuf::from);
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

/// `python -I -S [prelude [--site]] /work/NAME ARGS`; without `-S` for site-packages.
fn argv(request: &Request, interpreter: &python::Interpreter) -> Result<Vec<CString>, JailError> {
    let executable = interpreter.executable.to_string_lossy().into_owned();
    let program = format!("{WORK_DIR}/{}", request.program_name);
    let mut argv = vec![executable, "-I".to_string()];
    let site = request.profile.site_packages;
    match &request.prelude {
        Some(_) => {
            argv.extend(["-S".to_string(), PRELUDE_PATH.to_string()]);
            if site {
                argv.push("--site".into());
            }
        }
        None if !site => argv.push("-S".into()),
        None => {}
    }
    argv.push(program);
    argv.extend(request.args.iter().cloned());
    argv.iter().map(|a| cstring(a)).collect()
}

fn envp(request: &Request) -> Result<Vec<CString>, JailError> {
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

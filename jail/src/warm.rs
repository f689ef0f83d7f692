//! A warm jail: every layer set up and the interpreter started ahead of its
//! job, blocked in the audit prelude reading the job from its stdin pipe.
//! Used for exactly one job, then torn down like any jail.
//!
//! [`Warm::start`] is [`crate::run`] up to the program: the same clone,
//! hand-over, root, cgroup, Landlock, seccomp and prelude, with a stdin pipe
//! always and no program file yet. The prelude (`--job`) writes one line,
//! `ready`, on the telemetry pipe and then reads the job: a header
//! ([`Job::encode`]) with the program, its arguments, environment, files and
//! file-size limit, followed on the same pipe by the program's stdin. The job
//! is read before any of its code runs, so the jail's state when the program
//! starts is what a cold run gives it. [`Warm::run`] lowers the cgroup's
//! limits to the job's, feeds the pipe, and watches the jail as a cold run
//! does, with the wall clock and CPU budget starting at the job.
//!
//! Like [`crate::run`], only a single-threaded process may start one (the
//! jail is a raw clone without fork handlers).

use std::io::Write;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, OwnedFd};
use std::path::{Component, Path};
use std::time::{Duration, Instant};

use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
use nix::sys::signal::{SigSet, SigmaskHow};

use crate::control::{self, Message};
use crate::error::JailError;
use crate::files::{MAX_DEPTH, MAX_NAME, MAX_PATH, MAX_WORK_ENTRIES as MAX_FILES};
use crate::layer::Layer;
use crate::notify::{Listener, Prologue, Received, Record};
use crate::outcome::{Degradation, DeniedCalls, Outcome, WatchedCalls};
use crate::profile::{Limits, Profile};
use crate::supervisor::{self, Early, Started, Supervised};
use crate::{python, sandbox, user, Entry, Request, Stdin, PRELUDE_PATH};

/// What the prelude writes on the telemetry pipe once it waits for its job.
const READY: &[u8] = b"ready\n";
/// How long a jail may take from clone to waiting for its job.
const READY_WITHIN: Duration = Duration::from_secs(30);
/// How every jail of a pool is made.
#[derive(Debug, Clone)]
pub struct WarmSpec {
    pub profile: Profile,
    /// Resolved once for the pool ([`python::resolve`]).
    pub interpreter: python::Interpreter,
    /// The compiled audit prelude: a warm jail always runs it.
    pub prelude: Vec<u8>,
    pub allow_degraded: Vec<Layer>,
}

/// One job for a warm jail. Limits must be within the pool's profile.
#[derive(Debug, Clone)]
pub struct Job {
    /// File name in /work (`main.py`; with [`Entry::Copied`], the path of
    /// one of `files`), or the module's name.
    pub program_name: String,
    /// The program's text ([`Entry::Copied`]: that file's, for the report).
    pub source: Vec<u8>,
    /// What runs: `source` as /work/`program_name`, one of `files`, or `-m`.
    pub entry: Entry,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
    /// Directories made in /work before the files (`--work`'s empty ones).
    pub dirs: Vec<String>,
    pub files: Vec<InlineFile>,
    pub stdin: Vec<u8>,
    pub limits: Limits,
    /// `--out`: the files the program leaves in /work come back in memory
    /// ([`crate::files::collect_in_memory`]; `dir` only names them).
    pub collect: Option<crate::files::CollectSpec>,
}

/// A file written into /work before the program starts.
#[derive(Debug, Clone)]
pub struct InlineFile {
    /// Relative to /work.
    pub path: String,
    pub content: Vec<u8>,
    pub executable: bool,
    /// Modification time (seconds, nanoseconds), kept as `--work` copies
    /// keep theirs: what still has it is not collected.
    pub mtime: (i64, i64),
}

impl Job {
    /// Refuses what a cold run would refuse, and limits above the pool's.
    pub fn check(&self, pool: &Limits) -> Result<(), JailError> {
        let input = |m: String| Err(JailError::Input(m));
        let l = &self.limits;
        let above = [
            ("timeout", l.wall > pool.wall),
            ("cpu", l.cpu > pool.cpu),
            ("memory", l.memory > pool.memory),
            ("pids", l.pids > pool.pids),
            ("file_size", l.file_size > pool.file_size),
            ("output", l.output > pool.output),
            ("stdin", l.stdin > pool.stdin),
        ];
        if let Some((name, _)) = above.iter().find(|(_, above)| *above) {
            return input(format!(
                "limit `{name}` is above the server profile's: a job may only lower limits"
            ));
        }
        if l.wall.is_zero() || l.cpu.is_zero() {
            return input("timeout and cpu must be greater than zero".into());
        }
        if let Some(why) = Limits::below_floors(l.memory, l.pids, ["memory", "pids"]) {
            return input(why);
        }
        if l.open_files != pool.open_files || l.tmp_size != pool.tmp_size {
            return input("open files and /tmp size are the server profile's".into());
        }
        match &self.entry {
            Entry::Module(module) => {
                if !crate::is_module_name(module) {
                    return input(format!(
                        "module `{}`: not a module name",
                        module.escape_debug()
                    ));
                }
            }
            Entry::Source => {
                let name = &self.program_name;
                if name.is_empty()
                    || name == "."
                    || name == ".."
                    || name.len() > MAX_NAME
                    || name.contains(['/', '\0'])
                {
                    return input(format!(
                        "program name `{}`: not a file name",
                        name.escape_debug()
                    ));
                }
            }
            Entry::Copied => {
                if !self.files.iter().any(|f| f.path == self.program_name) {
                    return input(format!(
                        "program `{}`: not one of the job's files",
                        self.program_name.escape_debug()
                    ));
                }
            }
        }
        if let Some(collect) = &self.collect {
            crate::files::check_globs(&collect.globs)?;
        }
        for text in self.args.iter() {
            if text.contains('\0') {
                return input("an argument contains a NUL byte".into());
            }
        }
        for (key, value) in &self.env {
            if key.is_empty() || key.contains(['=', '\0']) || value.contains('\0') {
                return input(format!("env `{}`: not a variable", key.escape_debug()));
            }
        }
        if self.files.len() + self.dirs.len() > MAX_FILES {
            return input(format!("more than {MAX_FILES} files and directories"));
        }
        let scratch = pool.scratch_size();
        let mut total = match self.entry {
            Entry::Source => self.source.len() as u64,
            _ => 0,
        };
        let paths: std::collections::HashSet<&str> =
            self.files.iter().map(|f| f.path.as_str()).collect();
        if paths.len() != self.files.len() {
            return input("the same file path twice".into());
        }
        let parents_are_not_files = |path: &str| {
            let mut parent = path;
            while let Some((up, _)) = parent.rsplit_once('/') {
                if paths.contains(up) {
                    return input(format!("file {up} is also a directory of {path}"));
                }
                parent = up;
            }
            Ok(())
        };
        for dir in &self.dirs {
            check_path(dir)?;
            if paths.contains(dir.as_str()) {
                return input(format!("{dir} is both a file and a directory"));
            }
            parents_are_not_files(dir)?;
        }
        for file in &self.files {
            check_path(&file.path)?;
            parents_are_not_files(&file.path)?;
            if self.entry == Entry::Source {
                let first = Path::new(&file.path).components().next();
                if first == Some(Component::Normal(self.program_name.as_ref())) {
                    return input(format!(
                        "file {}: the program would replace it or be mixed with it",
                        file.path
                    ));
                }
            }
            if file.content.len() as u64 > l.file_size {
                return input(format!(
                    "file {}: larger than the file-size limit ({} bytes)",
                    file.path, l.file_size
                ));
            }
            total += file.content.len() as u64;
        }
        if total > scratch {
            return input(format!(
                "the program and its files are larger than /work ({scratch} bytes)"
            ));
        }
        if self.source.len() as u64 > l.file_size {
            return input(format!(
                "the program is larger than the file-size limit ({} bytes)",
                l.file_size
            ));
        }
        Ok(())
    }

    /// The header the prelude reads: `PJOB`, the payload's length (u32 LE),
    /// then fields, each a u32 LE length and its bytes: kind (`file`,
    /// `copied`: one of the files, or `module`), name, source, rlimits
    /// ([`Job::rlimits`]), argc, args, envc, `KEY=VALUE`s, directory count
    /// and paths, file count, and per file its path, mode, modification time
    /// (`SECONDS NANOSECONDS`) and content.
    pub fn encode(&self, pool: &Limits, with_cgroup: bool) -> Vec<u8> {
        let mut payload = Vec::new();
        let mut put = |field: &[u8]| {
            payload.extend_from_slice(&(field.len() as u32).to_le_bytes());
            payload.extend_from_slice(field);
        };
        match &self.entry {
            Entry::Module(module) => {
                put(b"module");
                put(module.as_bytes());
                put(b"");
            }
            Entry::Source => {
                put(b"file");
                put(self.program_name.as_bytes());
                put(&self.source);
            }
            Entry::Copied => {
                put(b"copied");
                put(self.program_name.as_bytes());
                put(b"");
            }
        }
        put(self.rlimits(pool, with_cgroup).as_bytes());
        put(self.args.len().to_string().as_bytes());
        for arg in &self.args {
            put(arg.as_bytes());
        }
        put(self.env.len().to_string().as_bytes());
        for (key, value) in &self.env {
            put(format!("{key}={value}").as_bytes());
        }
        put(self.dirs.len().to_string().as_bytes());
        for dir in &self.dirs {
            put(dir.as_bytes());
        }
        put(self.files.len().to_string().as_bytes());
        for file in &self.files {
            put(file.path.as_bytes());
            put(if file.executable { b"755" } else { b"644" });
            put(format!("{} {}", file.mtime.0, file.mtime.1).as_bytes());
            put(&file.content);
        }
        let mut header = b"PJOB".to_vec();
        header.extend_from_slice(&(payload.len() as u32).to_le_bytes());
        header.extend_from_slice(&payload);
        header
    }
}

impl Job {
    /// The rlimits the prelude lowers before the program starts, as
    /// `NAME=SOFT:HARD` words, where the job's limits are below the jail's
    /// (`rlimits.rs` set those), as in a cold run: without a cgroup, address
    /// space and processes stand in for memory and pids. Empty when nothing
    /// is lower: the prelude then imports nothing.
    fn rlimits(&self, pool: &Limits, with_cgroup: bool) -> String {
        let jail = crate::rlimits::settings(pool, !with_cgroup);
        let job = crate::rlimits::settings(&self.limits, !with_cgroup);
        let lower: Vec<_> = job
            .into_iter()
            .zip(jail)
            .filter(|(job, jail)| job.soft < jail.soft)
            .map(|(job, _)| job)
            .collect();
        crate::rlimits::words(&lower)
    }
}

/// A relative path of plain names under /work, within the `--work` caps.
fn check_path(path: &str) -> Result<(), JailError> {
    let bad = |why: &str| {
        Err(JailError::Input(format!(
            "file `{}`: {why}",
            path.escape_debug()
        )))
    };
    if path.is_empty() || path.len() > MAX_PATH || path.contains('\0') {
        return bad("empty, longer than 1,024 bytes or with a NUL byte");
    }
    let components: Vec<&str> = path.split('/').collect();
    if components
        .iter()
        .any(|c| c.is_empty() || *c == "." || *c == "..")
    {
        return bad("must be relative to /work, plain names without `..`, `.` or `//`");
    }
    if components.len() > MAX_DEPTH {
        return bad("more than 32 levels deep");
    }
    if components.iter().any(|c| c.len() > MAX_NAME) {
        return bad("a name longer than 255 bytes");
    }
    Ok(())
}

/// A jail waiting for its job.
pub struct Warm<'w> {
    /// Dropped first (fields drop in order): pid 1 killed and reaped, then
    /// its cgroup removed, before `supervised` gives the host ids back: no
    /// other jail may run as them while a process of this one exists.
    jail: Started,
    supervised: Supervised<'w>,
    early: Early,
    /// Calls denied and calls watched while the interpreter started.
    denied: DeniedCalls,
    watched: WatchedCalls,
    stdin_pipe: OwnedFd,
    pool: Limits,
    interpreter: python::Interpreter,
}

impl<'w> Warm<'w> {
    /// Starts a jail and waits until its interpreter waits for the job. The
    /// stop signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT) stay blocked in this
    /// thread: read them from [`Warm::signals`] while idle.
    pub fn start(
        spec: &WarmSpec,
        stdout: &'w mut dyn Write,
        stderr: &'w mut dyn Write,
    ) -> Result<Warm<'w>, JailError> {
        Warm::start_as(spec, sandbox::Role::Program, stdout, stderr)
    }

    fn start_as(
        spec: &WarmSpec,
        role: sandbox::Role,
        stdout: &'w mut dyn Write,
        stderr: &'w mut dyn Write,
    ) -> Result<Warm<'w>, JailError> {
        crate::require_single_thread()?;
        for layer in &spec.allow_degraded {
            crate::degradable(layer.name())?;
        }
        if spec.profile.seccomp.0.is_empty() {
            return Err(JailError::setup(
                Layer::Seccomp,
                "the profile has no compiled seccomp program (load it with Profile::load)",
            ));
        }
        let interpreter = &spec.interpreter;
        let request = Request {
            program_name: String::new(),
            source: Vec::new(),
            entry: Entry::Copied,
            args: Vec::new(),
            // What the plan reads of the profile: its system-call list and
            // filter are not copied for it (some 200 strings per jail).
            profile: Profile {
                name: String::new(),
                description: String::new(),
                limits: spec.profile.limits.clone(),
                site_packages: spec.profile.site_packages,
                ro_bind: spec.profile.ro_bind.clone(),
                syscalls: Vec::new(),
                seccomp: Default::default(),
            },
            env: Vec::new(),
            stdin: Stdin::Empty,
            ro_binds: Vec::new(),
            work: None,
            out: None,
            allow_degraded: spec.allow_degraded.clone(),
            prelude: Some(crate::Content::Bytes(spec.prelude.clone())),
        };
        let limits = &spec.profile.limits;
        let plan = crate::plan(&request, interpreter)?;
        let Channels {
            ours: (out_r, err_r, tel_r, in_w, control_parent),
            theirs: (out_w, err_w, tel_w, in_r, control_child),
        } = Channels::new()?;
        let ids = lease_ids()?;
        let mut argv = vec![interpreter.executable.to_string_lossy().into_owned()];
        // The interpreter starts before its job: a job's locale cannot
        // change how it decoded its start.
        argv.extend(crate::UTF8_MODE.map(String::from));
        argv.extend(["-I", "-B", "-S", PRELUDE_PATH].map(String::from));
        if spec.profile.site_packages {
            argv.push("--site".into());
        }
        argv.push(match role {
            sandbox::Role::Program => "--job".into(),
            sandbox::Role::Template { .. } => "--template".into(),
        });
        let seccomp = match role {
            sandbox::Role::Program => spec.profile.seccomp.clone(),
            sandbox::Role::Template { .. } => {
                crate::seccomp::compile_template(&spec.profile.syscalls)
                    .map_err(|e| JailError::setup(Layer::Seccomp, e))?
            }
        };
        let argv = argv
            .into_iter()
            .map(|a| std::ffi::CString::new(a).map_err(|e| JailError::Input(e.to_string())))
            .collect::<Result<_, _>>()?;
        let child_spec = sandbox::ChildSpec {
            plan,
            limits: limits.clone(),
            landlock_optional: spec.allow_degraded.contains(&Layer::Landlock),
            // A template's jails each have a listener of their own (`template.rs`).
            notify: role == sandbox::Role::Program,
            drop_groups: ids.drop_groups,
            // Set up ahead of its job, at a low priority: spreading the
            // set-up over both CPUs (a cold run's start-up time) and a thread
            // for the network namespace would only cost CPU here.
            placement: None,
            network: crate::net::Source::OwnInLine,
            seccomp,
            syscalls: spec.profile.syscalls.clone(),
            argv,
            envp: crate::envp(&request)?,
            copy_in: false,
            // /work is kept for every jail: whether a job collects is known
            // only when it comes.
            collect: true,
            role,
            fds: sandbox::ChildFds {
                control: control_child.as_raw_fd(),
                stdout: out_w.as_raw_fd(),
                stderr: err_w.as_raw_fd(),
                telemetry: Some(tel_w.as_raw_fd()),
                stdin: Some(in_r.as_raw_fd()),
            },
        };
        let mut supervised = supervise(
            spec,
            child_spec.seccomp.clone(),
            (out_r, err_r, tel_r, control_parent),
            vec![out_w, err_w, control_child, tel_w, in_r],
            ids,
            (stdout, stderr),
        );
        let stop: SigSet = supervisor::job_signals().collect();
        stop.thread_swap_mask(SigmaskHow::SIG_BLOCK)
            .map_err(|e| JailError::setup(Layer::Signals, e))?;
        let jail = supervisor::start(&mut supervised, &child_spec, &stop)?;
        Warm::when_ready(spec, supervised, jail, in_w, None)
    }

    /// Asks the template behind `requests` (`template.rs`) to fork a jail,
    /// and waits until it waits for its job, as [`Warm::start`] does.
    /// `started` is the template's [`Template::started`].
    pub fn fork(
        spec: &WarmSpec,
        requests: BorrowedFd,
        started: &StartRecord,
        stdout: &'w mut dyn Write,
        stderr: &'w mut dyn Write,
    ) -> Result<Warm<'w>, JailError> {
        let limits = &spec.profile.limits;
        let Channels {
            ours: (out_r, err_r, tel_r, in_w, control_parent),
            theirs: (out_w, err_w, tel_w, in_r, control_child),
        } = Channels::new()?;
        let ids = lease_ids()?;
        // Forked jails always have a cgroup: without one, limits would be
        // rlimits and the program another (`seccomp::UNCOUNTED_MEMORY`),
        // which a started jail handles.
        let cgroup = crate::cgroup::Cgroup::create(limits.memory, limits.pids)
            .map_err(|e| JailError::setup(Layer::Cgroup, e))?;
        let request = crate::template::ForkRequest {
            ids_in_template: ids.in_template(),
            drop_groups: ids.drop_groups,
            limits,
            landlock_optional: spec.allow_degraded.contains(&Layer::Landlock),
            program: &spec.profile.seccomp,
        };
        let stop: SigSet = supervisor::job_signals().collect();
        stop.thread_swap_mask(SigmaskHow::SIG_BLOCK)
            .map_err(|e| JailError::setup(Layer::Signals, e))?;
        let signals = supervisor::signal_fd(&stop)?;
        crate::template::send(
            requests,
            &request.encode(),
            [
                in_r.as_raw_fd(),
                out_w.as_raw_fd(),
                err_w.as_raw_fd(),
                tel_w.as_raw_fd(),
                control_child.as_raw_fd(),
            ],
        )?;
        drop((in_r, out_w, err_w, tel_w, control_child));
        let jail = join_forked(&control_parent, signals, cgroup)?;
        let supervised = supervise(
            spec,
            spec.profile.seccomp.clone(),
            (out_r, err_r, tel_r, control_parent),
            Vec::new(),
            ids,
            (stdout, stderr),
        );
        // The interpreter started in the template: its start is this job's.
        Warm::when_ready(spec, supervised, jail, in_w, Some(started))
    }

    /// Waits until the jail waits for its job. `started`: what its
    /// interpreter's start was refused or did elsewhere (in a template),
    /// which the jail's record starts with.
    fn when_ready(
        spec: &WarmSpec,
        supervised: Supervised<'w>,
        jail: Started,
        stdin_pipe: OwnedFd,
        started: Option<&StartRecord>,
    ) -> Result<Warm<'w>, JailError> {
        let mut record = Record::default();
        let early = await_ready(&supervised, &jail, &mut record)?;
        let (mut denied, mut watched) = record.finish();
        if let Some(started) = started {
            denied = crate::notify::join(started.denied.clone(), denied);
            watched = crate::watched::join(started.watched.clone(), watched);
        }
        Ok(Warm {
            supervised,
            jail,
            early,
            denied,
            watched,
            stdin_pipe,
            pool: spec.profile.limits.clone(),
            interpreter: spec.interpreter.clone(),
        })
    }

    /// Stop signals sent to this process, readable while the jail is idle.
    pub fn signals(&self) -> &nix::sys::signalfd::SignalFd {
        self.jail.signals()
    }

    /// Readable when the jail's first process has ended (it should not while idle).
    pub fn pidfd(&self) -> &OwnedFd {
        self.jail.pidfd()
    }

    /// Sets the nice value of this process and of the jail's processes
    /// (its pid 1 and the interpreter waiting for the job: nothing else runs
    /// in it yet), so that a jail started at a low priority runs its job at
    /// the caller's. Raising a priority needs CAP_SYS_NICE.
    pub fn set_priority(&self, nice: i32) -> std::io::Result<()> {
        let pid1 = self.jail.pid();
        let children = std::fs::read_to_string(format!("/proc/{pid1}/task/{pid1}/children"))?;
        let pids = children.split_whitespace().map(str::parse::<i32>);
        for pid in std::iter::once(Ok(pid1.as_raw())).chain(pids) {
            let pid = pid.map_err(std::io::Error::other)?;
            set_nice(pid, nice)?;
        }
        set_nice(0, nice)
    }

    /// Runs `job` in this jail; the wall clock and CPU budget start now.
    /// The jail's processes are gone when this returns; its cgroup goes
    /// with the [`Teardown`], so that the caller can answer first.
    pub fn run(self, job: &Job) -> Result<(Outcome, Teardown), JailError> {
        self.run_with_more_stdin(job, None)
    }

    /// [`Warm::run`], the program's stdin going on after `job.stdin` with
    /// what `more` delivers, as the program reads it, until its end (or the
    /// job's stdin limit).
    pub fn run_with_more_stdin(
        mut self,
        job: &Job,
        more: Option<OwnedFd>,
    ) -> Result<(Outcome, Teardown), JailError> {
        let started = Instant::now();
        job.check(&self.pool)?;
        let limits = &job.limits;
        let lower = limits.memory != self.pool.memory || limits.pids != self.pool.pids;
        if let Some(cgroup) = self.jail.cgroup().filter(|_| lower) {
            cgroup
                .lower(limits.memory, limits.pids)
                .map_err(|e| JailError::setup(Layer::Cgroup, e))?;
        }
        // CPU the interpreter used starting up is not the job's.
        let spent = self.jail.cgroup().and_then(|c| c.cpu_usage());
        let header = job.encode(&self.pool, self.jail.cgroup().is_some());
        let kept = job
            .stdin
            .len()
            .min(usize::try_from(limits.stdin).unwrap_or(usize::MAX));
        let stdin = &job.stdin[..kept];
        // Most jobs fit in the pipe at once; the rest of a larger one is fed
        // as the program reads it.
        let written = write_at_once(&self.stdin_pipe, &header, stdin);
        let unwritten = header.len() + stdin.len() - written;
        // What passes ahead of the feed's counted source: all of header and
        // stdin when more follows (the rest goes first, uncounted), else what
        // went in at once (the memfd's rest is counted as the feed's).
        let fed_ahead = if more.is_some() {
            header.len() + stdin.len()
        } else {
            written
        };
        match more {
            Some(more) => {
                let rest = [&header[..], stdin].concat().split_off(written);
                let room = limits.stdin.saturating_sub(kept as u64);
                let feed = supervisor::StdinFeed::after(rest, more, self.stdin_pipe, room)
                    .map_err(|e| JailError::setup(Layer::Pipes, e))?;
                self.supervised.pipes.stdin = Some(feed);
            }
            None if unwritten > 0 => {
                let rest = match written.checked_sub(header.len()) {
                    Some(into_stdin) => memfd_with(&[&stdin[into_stdin..]]),
                    None => memfd_with(&[&header[written..], stdin]),
                }?;
                let feed = supervisor::StdinFeed::new(rest, self.stdin_pipe, unwritten as u64)
                    .map_err(|e| JailError::setup(Layer::Pipes, e))?;
                self.supervised.pipes.stdin = Some(feed);
            }
            None => drop(self.stdin_pipe), // the program sees the end of its stdin
        }
        self.supervised.wall = limits.wall;
        self.supervised.cpu = limits.cpu + spent.unwrap_or_default();
        self.supervised.output_limit = limits.output;
        let mut ended =
            supervisor::watch_to_end(&mut self.supervised, self.jail, started, self.early, true)?;
        let jail = ended.unreaped.take();
        let collected = job.collect.as_ref().map(|spec| {
            let (work, userns) = (ended.work_dir.take(), ended.userns.take());
            collect(job, spec, jail.as_ref(), work, userns)
        });
        let cgroup = ended.cgroup.take();
        let ids = self.supervised.ids;
        let mut outcome = crate::finish(ended, limits.cpu, cgroup.as_ref());
        outcome.collected = collected;
        outcome.denied_calls = crate::notify::join(self.denied, outcome.denied_calls);
        outcome.watched_calls = crate::watched::join(self.watched, outcome.watched_calls);
        outcome.stdin.bytes =
            (outcome.stdin.bytes + fed_ahead as u64).saturating_sub(header.len() as u64);
        outcome.stdin.truncated |= kept < job.stdin.len();
        outcome.interpreter = self.interpreter.executable.display().to_string();
        outcome.python_version = self.interpreter.version;
        Ok((
            outcome,
            Teardown {
                _jail: jail,
                _cgroup: cgroup,
                _ids: ids,
            },
        ))
    }
}

/// The files the job left in /work, once nothing of the jail runs: its
/// pid 1 (`unreaped`, in its exit) ends only after every other process of
/// its pid namespace.
fn collect(
    job: &Job,
    spec: &crate::files::CollectSpec,
    unreaped: Option<&Started>,
    work: Option<OwnedFd>,
    userns: Option<OwnedFd>,
) -> crate::files::Collected {
    let failed = |why: &str| crate::files::Collected {
        error: Some(why.into()),
        ..Default::default()
    };
    if let Some(jail) = unreaped {
        // pid 1 waits to be let go: the files are read once it has gone.
        jail.release();
        let mut fds = [PollFd::new(jail.pidfd().as_fd(), PollFlags::POLLIN)];
        if !matches!(poll(&mut fds, PollTimeout::from(5000u16)), Ok(1)) {
            return failed("the jail did not end: its files were not collected");
        }
    }
    let Some(work) = work else {
        return failed("the jail ended before /work could be kept for --out");
    };
    let mut unchanged = crate::files::Unchanged::default();
    for file in &job.files {
        unchanged.copies.insert(
            file.path.clone().into(),
            (file.content.len() as u64, file.mtime),
        );
    }
    if job.entry == Entry::Source {
        unchanged.program = Some((job.program_name.clone().into(), job.source.clone()));
    }
    crate::files::collect_in_memory(work, spec, &unchanged, userns)
}

/// What is left of a jail after its job: its pid 1 in its exit (the kernel
/// tearing its namespaces down), reaped when this is dropped, then its
/// cgroup, removed, then its host ids, given back (fields drop in order).
/// Every measurement is read by then; the program and every stream of the
/// jail have ended.
pub struct Teardown {
    _jail: Option<Started>,
    _cgroup: Option<crate::cgroup::Cgroup>,
    _ids: user::IdMap,
}

/// Until the prelude says `ready` on the telemetry pipe: keeps what the
/// control channel says, as the watch loop would, and answers the seccomp
/// listener from its arrival: a call the profile denies while the
/// interpreter starts (the same for every job, as in a cold run) fails with
/// EPERM at once and is recorded in `denied`, which the job's record
/// continues. A stop signal, or a jail that fails a step, ends or takes too
/// long, is an error.
fn await_ready(
    supervised: &Supervised,
    jail: &Started,
    denied: &mut Record,
) -> Result<Early, JailError> {
    let deadline = Instant::now() + READY_WITHIN;
    let mut early = Early::default();
    let mut said = Vec::new();
    let telemetry = supervised
        .pipes
        .telemetry
        .as_ref()
        .expect("warm jails have telemetry");
    let control = &supervised.pipes.control;
    let failed = |what: String| JailError::setup(Layer::Supervisor, what);
    while said.len() < READY.len() {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(failed(format!(
                "the warm jail was not ready within {READY_WITHIN:?}"
            )));
        }
        let mut fds = vec![
            PollFd::new(telemetry.as_fd(), PollFlags::POLLIN),
            PollFd::new(control.as_fd(), PollFlags::POLLIN),
            PollFd::new(jail.pidfd().as_fd(), PollFlags::POLLIN),
            PollFd::new(jail.signals().as_fd(), PollFlags::POLLIN),
        ];
        if let Some(listener) = &early.listener {
            fds.push(PollFd::new(listener.as_fd(), PollFlags::POLLIN));
        }
        let timeout = PollTimeout::try_from(left.as_millis().min(60_000) as i32 + 1)
            .unwrap_or(PollTimeout::MAX);
        match poll(&mut fds, timeout) {
            Err(nix::errno::Errno::EINTR) | Ok(0) => continue,
            Err(e) => return Err(failed(e.to_string())),
            Ok(_) => {}
        }
        let ready: Vec<bool> = fds
            .iter()
            .map(|f| f.revents().is_some_and(|r| !r.is_empty()))
            .collect();
        drop(fds);
        if ready[3] {
            return Err(failed("stopped by a signal before it was ready".into()));
        }
        if ready.get(4) == Some(&true) {
            let listener = early.listener.as_mut().expect("polled");
            match listener.receive(denied) {
                Ok(Received::HungUp) => return Err(ended_early(supervised, "ended")),
                Ok(_) => {}
                Err(e) => return Err(failed(format!("reading seccomp notifications: {e}"))),
            }
        }
        if ready[1] {
            match control::recv(control) {
                Ok(Some(message)) => take(&mut early, message, supervised)?,
                _ => return Err(ended_early(supervised, "closed its control channel")),
            }
        }
        if ready[0] {
            let mut byte = [0u8; 6];
            let want = READY.len() - said.len();
            match nix::unistd::read(telemetry.as_raw_fd(), &mut byte[..want]) {
                Ok(0) => return Err(ended_early(supervised, "closed its telemetry pipe")),
                Ok(n) => said.extend_from_slice(&byte[..n]),
                Err(nix::errno::Errno::EINTR) => {}
                Err(e) => return Err(failed(e.to_string())),
            }
            if !READY.starts_with(&said) {
                return Err(failed(
                    "the warm jail's prelude did not say it was ready".into(),
                ));
            }
        }
        if ready[2] {
            return Err(ended_early(supervised, "ended"));
        }
    }
    for message in control::pending(control) {
        take(&mut early, message, supervised)?;
    }
    Ok(early)
}

/// A warm jail's pipes (stdout, stderr, telemetry, stdin: the write end of
/// stdin non-blocking, as the job is fed in without waiting) and control
/// channel: our ends and the jail's, in that order.
struct Channels {
    ours: (OwnedFd, OwnedFd, OwnedFd, OwnedFd, OwnedFd),
    theirs: (OwnedFd, OwnedFd, OwnedFd, OwnedFd, OwnedFd),
}

impl Channels {
    fn new() -> Result<Channels, JailError> {
        let pipe = || {
            nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC)
                .map_err(|e| JailError::setup(Layer::Pipes, e))
        };
        let (out_r, out_w) = pipe()?;
        let (err_r, err_w) = pipe()?;
        let (tel_r, tel_w) = pipe()?;
        let (in_r, in_w) = pipe()?;
        nix::fcntl::fcntl(
            in_w.as_raw_fd(),
            nix::fcntl::FcntlArg::F_SETFL(nix::fcntl::OFlag::O_NONBLOCK),
        )
        .map_err(|e| JailError::setup(Layer::Pipes, e))?;
        let (control_parent, control_child) =
            control::pair().map_err(|e| JailError::setup(Layer::Pipes, e))?;
        Ok(Channels {
            ours: (out_r, err_r, tel_r, in_w, control_parent),
            theirs: (out_w, err_w, tel_w, in_r, control_child),
        })
    }
}

/// A warm jail's supervisor: `program` is the one the jail runs, `ours` our
/// ends of its stdout, stderr, telemetry and control channel, `theirs` the
/// ends a started jail takes (closed here once it has them).
fn supervise<'w>(
    spec: &WarmSpec,
    program: crate::seccomp::Program,
    (stdout_pipe, stderr_pipe, telemetry, control): (OwnedFd, OwnedFd, OwnedFd, OwnedFd),
    theirs: Vec<OwnedFd>,
    ids: user::IdMap,
    (stdout, stderr): (&'w mut dyn Write, &'w mut dyn Write),
) -> Supervised<'w> {
    let limits = &spec.profile.limits;
    Supervised {
        program,
        pipes: supervisor::Pipes {
            stdout: Some(stdout_pipe),
            stderr: Some(stderr_pipe),
            telemetry: Some(telemetry),
            control,
            stdin: None,
        },
        child_ends: theirs,
        ids,
        cgroup: supervisor::CgroupRequest {
            memory: limits.memory,
            pids: limits.pids,
            optional: spec.allow_degraded.contains(&Layer::Cgroup),
        },
        wall: limits.wall,
        cpu: limits.cpu,
        output_limit: limits.output,
        stdout,
        stderr,
        work: None,
        collect: true,
    }
}

/// This jail's host ids (`user.rs`).
fn lease_ids() -> Result<user::IdMap, JailError> {
    user::IdMap::for_current_user().map_err(|e| {
        JailError::setup(
            Layer::Identity,
            format!("cannot lease host ids for the jail: {e}"),
        )
    })
}

/// The forked jail's first messages: a pidfd of its pid 1, which goes into
/// `cgroup` (v2: we move it; v1: it moves itself through the `tasks` files
/// sent with `Joined`) before it goes on.
fn join_forked(
    control: &OwnedFd,
    signals: nix::sys::signalfd::SignalFd,
    cgroup: crate::cgroup::Cgroup,
) -> Result<Started, JailError> {
    let failed = |what: String| JailError::setup(Layer::Supervisor, what);
    let mut fds = [PollFd::new(control.as_fd(), PollFlags::POLLIN)];
    let within = PollTimeout::try_from(READY_WITHIN.as_millis() as i32).unwrap_or(PollTimeout::MAX);
    if !matches!(poll(&mut fds, within), Ok(1)) {
        return Err(failed(format!(
            "the template did not fork a jail within {READY_WITHIN:?}"
        )));
    }
    let pidfd = match control::recv(control) {
        Ok(Some(Message::Forked(pidfd))) => pidfd,
        Ok(Some(Message::Failed { layer, message })) => {
            return Err(JailError::Setup { layer, message })
        }
        _ => return Err(failed("the forked jail closed its control channel".into())),
    };
    let pid = crate::template::pid_of(&pidfd)?;
    let tasks = cgroup
        .self_join_files()
        .map_err(|e| JailError::setup(Layer::Cgroup, e))?;
    if cgroup.version() == crate::cgroup::Version::V2 {
        cgroup.add(pid).map_err(|e| {
            JailError::setup(
                Layer::Cgroup,
                format!("cannot move the jail into its cgroup: {e}"),
            )
        })?;
    }
    let jail = Started::forked(pid, pidfd, signals, cgroup);
    control::send(control.as_raw_fd(), &Message::Joined(Some(tasks)))
        .map_err(|e| JailError::setup(Layer::Control, e))?;
    Ok(jail)
}

/// A template that jails are forked from (`template.rs`), in its own jail;
/// what a caller that forks keeps is the request socket and what the
/// interpreter's start was refused or did, which every forked jail's record
/// starts with.
pub struct Template<'w> {
    jail: Warm<'w>,
    requests: OwnedFd,
    started: StartRecord,
}

/// What an interpreter's start was refused or did.
#[derive(Clone, Default)]
pub struct StartRecord {
    pub denied: DeniedCalls,
    pub watched: WatchedCalls,
}

impl<'w> Template<'w> {
    /// Starts the template and waits until it waits for requests.
    pub fn start(
        spec: &WarmSpec,
        stdout: &'w mut dyn Write,
        stderr: &'w mut dyn Write,
    ) -> Result<Template<'w>, JailError> {
        // Each forked jail has a cgroup of its own (`Warm::fork`): without
        // one here, every jail is started on its own.
        let limits = &spec.profile.limits;
        crate::cgroup::Cgroup::create(limits.memory, limits.pids).map_err(|e| {
            JailError::setup(
                Layer::Cgroup,
                format!("jails forked from a template need one: {e}"),
            )
        })?;
        // What a job's interpreter start is refused or does, as a jail
        // started for one job records it: the template's own start is not
        // recorded (it has no listener) and runs on past the job's.
        let started = {
            let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
            let probe = Warm::start(spec, &mut stdout, &mut stderr)?;
            StartRecord {
                denied: probe.denied.clone(),
                watched: probe.watched.clone(),
            }
        };
        let (requests, theirs) = control::pair().map_err(|e| JailError::setup(Layer::Pipes, e))?;
        let role = sandbox::Role::Template {
            requests: theirs.as_raw_fd(),
        };
        let jail = Warm::start_as(spec, role, stdout, stderr)?;
        Ok(Template {
            jail,
            requests,
            started,
        })
    }

    /// Where to send requests ([`Warm::fork`]).
    pub fn requests(&self) -> BorrowedFd<'_> {
        self.requests.as_fd()
    }

    /// What the template's interpreter's start was refused or did.
    pub fn started(&self) -> &StartRecord {
        &self.started
    }

    /// Readable when the template can fork no more: its interpreter closed
    /// the request socket, or its pid 1 ended. Jails it forked go on as long
    /// as the template is kept (not dropped): they are in its pid namespace.
    pub fn ended(&self) -> [BorrowedFd<'_>; 2] {
        [self.requests.as_fd(), self.jail.pidfd().as_fd()]
    }

    /// Readable when a stop signal came ([`Template::stopped`]): they stay
    /// blocked while there is a template.
    pub fn signals(&self) -> BorrowedFd<'_> {
        self.jail.signals().as_fd()
    }

    /// A stop signal came: drop the template, then end.
    pub fn stopped(&self) -> bool {
        matches!(self.jail.signals().read_signal(), Ok(Some(_)))
    }
}

/// Keeps a control message of the set-up phase; a failure is the jail's error.
fn take(early: &mut Early, message: Message, supervised: &Supervised) -> Result<(), JailError> {
    match message {
        Message::Listener(fd) => {
            early.listener = Some(Listener::new(
                fd,
                supervised.program.clone(),
                Prologue::UntilJobMark,
            ))
        }
        Message::Work(dir) => early.work_dir = Some(dir),
        Message::Degraded { layer, detail } => {
            early.degradations.push(Degradation { layer, detail })
        }
        Message::Failed { layer, message } => return Err(JailError::Setup { layer, message }),
        Message::Exited { .. } => {
            return Err(JailError::setup(
                Layer::Supervisor,
                "the warm jail's interpreter ended before its job",
            ))
        }
        _ => {}
    }
    Ok(())
}

/// The jail went before it was ready: its own reason if it gave one, else
/// what it wrote on stderr (bounded).
fn ended_early(supervised: &Supervised, what: &str) -> JailError {
    let control = &supervised.pipes.control;
    if let Some(err) = control::pending(control).find_map(|m| match m {
        Message::Failed { layer, message } => Some(JailError::Setup { layer, message }),
        _ => None,
    }) {
        return err;
    }
    let mut said = [0u8; 2048];
    let n = match &supervised.pipes.stderr {
        Some(pipe) => {
            let mut probe = [PollFd::new(pipe.as_fd(), PollFlags::POLLIN)];
            let readable = poll(&mut probe, PollTimeout::ZERO).is_ok_and(|n| n > 0);
            if readable {
                nix::unistd::read(pipe.as_raw_fd(), &mut said).unwrap_or(0)
            } else {
                0
            }
        }
        None => 0,
    };
    let stderr = String::from_utf8_lossy(&said[..n]);
    JailError::setup(
        Layer::Supervisor,
        format!(
            "the warm jail {what} before it was ready{}{}",
            if n > 0 { ": " } else { "" },
            stderr.trim_end()
        ),
    )
}

/// For a process that forks a helper per jail (`pyjail warm-helper`), before
/// it forks: reads once what every jail's set-up reads of the host (where
/// cgroups go, the boot id, the host ids accounts claim), which its helpers
/// then find read, and leaves the sweep of stale cgroups (those of pyjails
/// killed before they could remove them) to [`sweep_stale`], which it calls
/// from time to time, rather than to every jail's teardown. Jails' cgroups
/// nest where this process is when it reads it.
pub fn prepare_forker() {
    crate::cgroup::read_host();
    crate::ids::read_claimed();
    crate::cgroup::sweep_on_drop(false);
}

/// Removes stale cgroups where this process' jails' cgroups go.
pub fn sweep_stale() {
    crate::cgroup::sweep();
}

/// Sets the nice value of the thread `pid` (0: the calling one).
pub fn set_nice(pid: i32, nice: i32) -> std::io::Result<()> {
    // SAFETY: a plain syscall; the id is a thread of ours or of the jail.
    if unsafe { libc::setpriority(libc::PRIO_PROCESS, pid as libc::id_t, nice) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// Writes what the pipe takes without waiting (`pipe` is non-blocking) of
/// `first` then `second`; 0 when it takes nothing or is closed.
fn write_at_once(pipe: &OwnedFd, first: &[u8], second: &[u8]) -> usize {
    let parts = [std::io::IoSlice::new(first), std::io::IoSlice::new(second)];
    loop {
        match nix::sys::uio::writev(pipe, &parts) {
            Err(nix::errno::Errno::EINTR) => continue,
            Ok(n) => return n,
            Err(_) => return 0,
        }
    }
}

/// An anonymous file holding `parts`, positioned at its start.
fn memfd_with(parts: &[&[u8]]) -> Result<OwnedFd, JailError> {
    let pipes = |e: std::io::Error| JailError::setup(Layer::Pipes, e);
    // SAFETY: a NUL-terminated name and plain flags; returns a new fd or -1.
    let fd = unsafe { libc::memfd_create(c"pyjail-job".as_ptr(), libc::MFD_CLOEXEC) };
    if fd < 0 {
        return Err(pipes(std::io::Error::last_os_error()));
    }
    // SAFETY: a fresh fd we own.
    let mut file = unsafe { std::fs::File::from_raw_fd(fd) };
    for part in parts {
        file.write_all(part).map_err(pipes)?;
    }
    use std::io::Seek;
    file.rewind().map_err(pipes)?;
    Ok(file.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(pool: &Limits) -> Job {
        Job {
            program_name: "main.py".into(),
            source: b"print(1)".to_vec(),
            entry: Entry::Source,
            args: vec!["a".into()],
            env: vec![("K".into(), "V".into())],
            dirs: vec!["empty".into()],
            files: vec![InlineFile {
                path: "data/x.txt".into(),
                content: b"x".to_vec(),
                executable: false,
                mtime: (1_700_000_000, 5),
            }],
            stdin: Vec::new(),
            limits: pool.clone(),
            collect: None,
        }
    }

    #[test]
    fn jobs_within_the_profile_pass_and_others_are_refused() {
        let pool = Profile::load("strict").unwrap().limits;
        assert!(job(&pool).check(&pool).is_ok());
        let mut more = job(&pool);
        more.limits.memory = pool.memory + 1;
        assert!(more
            .check(&pool)
            .unwrap_err()
            .to_string()
            .contains("memory"));
        let mut clash = job(&pool);
        clash.files.push(InlineFile {
            path: "data".into(),
            content: Vec::new(),
            executable: false,
            mtime: (0, 0),
        });
        assert!(clash
            .check(&pool)
            .unwrap_err()
            .to_string()
            .contains("also a directory"));
        let mut twice = job(&pool);
        twice.files.push(twice.files[0].clone());
        assert!(twice.check(&pool).is_err());
        for path in [
            "../x",
            "/etc/x",
            "a/./b",
            "",
            "a\0b",
            "main.py/x",
            "a//b",
            "a/",
        ] {
            let mut bad = job(&pool);
            bad.files[0].path = path.into();
            assert!(bad.check(&pool).is_err(), "{path:?} accepted");
        }
        let mut bad = job(&pool);
        bad.program_name = "../main.py".into();
        assert!(bad.check(&pool).is_err());
        let mut bad = job(&pool);
        bad.env = vec![("A=B".into(), "c".into())];
        assert!(bad.check(&pool).is_err());
        let mut bad = job(&pool);
        bad.entry = Entry::Module("1x".into());
        assert!(bad.check(&pool).is_err());
        let mut bad = job(&pool);
        bad.dirs.push("data/x.txt".into());
        assert!(bad.check(&pool).is_err(), "a directory where a file is");
        let mut bad = job(&pool);
        bad.dirs.push("data/x.txt/below".into());
        assert!(bad.check(&pool).is_err(), "a directory below a file");
        let mut copied = job(&pool);
        copied.entry = Entry::Copied;
        copied.program_name = "data/x.txt".into();
        assert!(copied.check(&pool).is_ok());
        copied.program_name = "data/y.txt".into();
        assert!(
            copied.check(&pool).is_err(),
            "a program that is not among the files"
        );
        let mut bad = job(&pool);
        bad.collect = Some(crate::files::CollectSpec {
            dir: "out".into(),
            globs: vec!["[".into()],
            file_size: 1,
            total: 1,
        });
        assert!(bad.check(&pool).is_err(), "a bad glob");
    }

    fn fields(header: &[u8]) -> Vec<&[u8]> {
        assert_eq!(&header[..4], b"PJOB");
        let len = u32::from_le_bytes(header[4..8].try_into().unwrap()) as usize;
        assert_eq!(header.len(), 8 + len);
        let mut fields = Vec::new();
        let mut at = 8;
        while at < header.len() {
            let n = u32::from_le_bytes(header[at..at + 4].try_into().unwrap()) as usize;
            fields.push(&header[at + 4..at + 4 + n]);
            at += 4 + n;
        }
        fields
    }

    #[test]
    fn the_header_is_length_prefixed_fields() {
        let pool = Profile::load("strict").unwrap().limits;
        let header = job(&pool).encode(&pool, true);
        let got = fields(&header);
        assert_eq!(got[0], b"file");
        assert_eq!(got[1], b"main.py");
        assert_eq!(got[2], b"print(1)");
        assert_eq!(got[3], b"", "the pool's own limits are not sent");
        assert_eq!(got[4], b"1");
        assert_eq!(got[5], b"a");
        assert_eq!(got[7], b"K=V");
        assert_eq!(&got[8..10], [&b"1"[..], b"empty"]);
        assert_eq!(got[10], b"1");
        assert_eq!(
            &got[11..],
            [&b"data/x.txt"[..], b"644", b"1700000000 5", b"x"]
        );
        let mut copied = job(&pool);
        copied.entry = Entry::Copied;
        copied.program_name = "data/x.txt".into();
        let got = copied.encode(&pool, true);
        assert_eq!(&fields(&got)[..3], [&b"copied"[..], b"data/x.txt", b""]);
        let mut lower = job(&pool);
        lower.limits.file_size = 1000;
        lower.limits.memory = 5000;
        lower.limits.pids = 3;
        lower.limits.cpu = std::time::Duration::from_millis(1500);
        let with_cgroup = b"CPU=2:3 FSIZE=1000:1000";
        assert_eq!(fields(&lower.encode(&pool, true))[3], with_cgroup);
        let without = b"CPU=2:3 FSIZE=1000:1000 AS=5000:5000 NPROC=3:3";
        assert_eq!(fields(&lower.encode(&pool, false))[3], without);
    }
}

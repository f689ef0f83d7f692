//! Black-box harness for the jail tests: runs the real `pyjail run` on real attack programs
//! (`tests/attacks/*.py`) and hands back what came out, bounded in time and in memory.
//!
//! Every run gets a unique marker, passed to the program as `sys.argv[1]`, so that processes
//! a run leaves behind can be found on the host. Destructive attacks run inside a throwaway
//! pid namespace (`unshare --pid`), so that a broken jail fails the test instead of the host.
//! `host` plants canaries and traps and checks for leftovers; `scenarios` holds the attacks
//! that run both as the test runner and as the unprivileged user `pyjail-test`.

#![allow(dead_code)]

pub mod host;
pub mod scenarios;

use std::collections::BTreeSet;
use std::ffi::OsString;
use std::fmt;
use std::fs;
use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use serde_json::Value;

/// The binary cargo built for this test run.
const PYJAIL_BUILT: &str = env!("CARGO_BIN_EXE_pyjail");

/// The binary under test: the one cargo built, or `PYJAIL_UNDER_TEST` (used to check the suite
/// itself against a stand-in without a jail, `tests/common/no-jail`: every containment test must
/// then fail).
pub fn pyjail() -> PathBuf {
    std::env::var_os("PYJAIL_UNDER_TEST").map_or_else(|| PathBuf::from(PYJAIL_BUILT), PathBuf::from)
}
/// The checkout: attack programs live here, and the jail must not let anything write to it.
pub const CHECKOUT: &str = env!("CARGO_MANIFEST_DIR");
/// How much of each output stream the harness keeps (it still counts every byte).
const CAPTURE_CAP: usize = 16 << 20;
/// The harness kills a pyjail that grows past this (it is a bug, and the host must survive it).
const PYJAIL_RSS_BOUND_KIB: u64 = 1 << 20;
/// A program that prints lines of 100 `x` until its stdout breaks.
pub const PRINTS_FOREVER: &str = "while True: print('x' * 100)";

/// Runs `command` (a `pyjail run` of [`PRINTS_FOREVER`]), reads one line of its stdout, then
/// closes it: the program must end as bare Python ends on a broken pipe, with BrokenPipeError
/// and exit 1, not run on until a limit stops it. `case` names the run in failures.
pub fn assert_ends_on_a_broken_pipe(command: &mut Command, case: &str) {
    let mut child = command
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().unwrap()),
        &mut first,
    )
    .unwrap();
    assert_eq!(first, format!("{}\n", "x".repeat(100)), "{case}");
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the program did not end on its broken pipe ({case}): {stderr}"
    );
    assert!(stderr.contains("BrokenPipeError"), "{case}: {stderr}");
}

/// Runs `command` with `input` on its stdin (then closed), its stdout and stderr captured.
pub fn output_with_stdin(command: &mut Command, input: &[u8]) -> std::process::Output {
    let mut child = command
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start the command");
    let mut stdin = child.stdin.take().expect("a piped stdin");
    // A command that exits without reading it all closes the pipe: that is its business.
    let _ = std::io::Write::write_all(&mut stdin, input);
    drop(stdin);
    child.wait_with_output().expect("wait for the command")
}

/// The unprivileged account created by `scripts/test-deps`.
pub const TEST_USER: &str = "pyjail-test";
/// Interpreter the unprivileged user runs (pyenv's lives under /root, mode 700).
pub const SYSTEM_PYTHON: &str = "/usr/bin/python3";

/// The interpreter of the venv `scripts/test-deps` makes, with numpy, pandas and
/// matplotlib; the test fails (rather than skips) when it is missing.
pub fn test_venv_python() -> &'static str {
    const PYTHON: &str = "/opt/pyjail-test-venv/bin/python";
    assert!(
        std::path::Path::new(PYTHON).exists(),
        "{PYTHON} is missing: run scripts/test-deps"
    );
    PYTHON
}

pub fn attack(name: &str) -> PathBuf {
    Path::new(CHECKOUT).join("tests/attacks").join(name)
}

pub fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .expect("read /dev/urandom");
    buf.iter().map(|b| format!("{b:02x}")).collect()
}

/// Paths travel hex-encoded to attack programs, so that a program's own command line (which
/// a broken jail lets it read back through /proc) never names a canary.
pub fn hex(text: &str) -> String {
    text.bytes().map(|b| format!("{b:02x}")).collect()
}

pub fn euid() -> u32 {
    let status = fs::read_to_string("/proc/self/status").expect("read /proc/self/status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|ids| ids.split_whitespace().nth(1))
        .and_then(|id| id.parse().ok())
        .expect("effective uid in /proc/self/status")
}

pub fn is_root() -> bool {
    euid() == 0
}

/// Who starts pyjail: the test runner itself, or (when the runner is root) `pyjail-test`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    Runner,
    TestUser,
}

impl Who {
    /// The account pyjail really runs as, None for the runner.
    pub fn user(self) -> Option<&'static TestUser> {
        match self {
            Who::Runner => None,
            Who::TestUser => test_user(),
        }
    }

    /// True when pyjail runs without root (so cgroups are out of reach on this machine).
    pub fn unprivileged(self) -> bool {
        self.user().is_some() || !is_root()
    }
}

/// The unprivileged account with a private, world-readable copy of the pyjail binary.
pub struct TestUser {
    pub uid: u32,
    pub gid: u32,
    /// Directory the user can read: the pyjail copy and copies of attack programs.
    pub home: PathBuf,
    pub pyjail: PathBuf,
}

/// The test user when the runner is root; None when the runner is unprivileged itself (then
/// the "as the test user" cases simply run as the runner). Fails, never skips, when root and
/// the user is missing.
pub fn test_user() -> Option<&'static TestUser> {
    if !is_root() {
        return None;
    }
    static USER: OnceLock<TestUser> = OnceLock::new();
    Some(USER.get_or_init(TestUser::prepare))
}

impl TestUser {
    fn prepare() -> TestUser {
        let id = |flag: &str| -> u32 {
            let out = Command::new("id")
                .args([flag, TEST_USER])
                .output()
                .expect("run id");
            assert!(
                out.status.success(),
                "the tests run as root and the unprivileged user `{TEST_USER}` does not exist: \
                 run scripts/test-deps (it creates the user) and test again"
            );
            String::from_utf8_lossy(&out.stdout)
                .trim()
                .parse()
                .expect("numeric id")
        };
        let (uid, gid) = (id("-u"), id("-g"));
        remove_stale_user_dirs();
        let home = PathBuf::from(format!(
            "/tmp/pyjail-test-user-{}-{}",
            std::process::id(),
            random_hex(4)
        ));
        fs::create_dir(&home).expect("create the test user's directory");
        fs::set_permissions(&home, fs::Permissions::from_mode(0o755)).unwrap();
        let copy = home.join("pyjail");
        fs::copy(pyjail(), &copy).expect("copy pyjail for the test user");
        fs::set_permissions(&copy, fs::Permissions::from_mode(0o755)).unwrap();
        TestUser {
            uid,
            gid,
            home,
            pyjail: copy,
        }
    }

    /// `program` run as this user (`setpriv`, no supplementary groups).
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut command = Command::new("setpriv");
        command
            .arg(format!("--reuid={}", self.uid))
            .arg(format!("--regid={}", self.gid))
            .args(["--clear-groups", "--"])
            .arg(program);
        command
    }

    /// A copy of `program` the user can read.
    fn readable_copy(&self, program: &Path, marker: &str) -> PathBuf {
        let name = program.file_name().expect("program file name");
        let copy = self
            .home
            .join(format!("{marker}-{}", name.to_string_lossy()));
        fs::copy(program, &copy).expect("copy program for the test user");
        fs::set_permissions(&copy, fs::Permissions::from_mode(0o644)).unwrap();
        copy
    }
}

/// Test-user directories of earlier test processes that are gone (statics are never dropped).
fn remove_stale_user_dirs() {
    let Ok(entries) = fs::read_dir("/tmp") else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix("pyjail-test-user-") else {
            continue;
        };
        let pid = rest.split('-').next().unwrap_or("");
        if !pid.is_empty() && !Path::new("/proc").join(pid).exists() {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// Runs that check the host for leftovers take this lock exclusively, so that no other run of
/// the same test binary creates cgroups, mounts or temp dirs meanwhile; every other run shares it.
static RUN_LOCK: RwLock<()> = RwLock::new(());

enum RunLock {
    Shared(RwLockReadGuard<'static, ()>),
    Exclusive(RwLockWriteGuard<'static, ()>),
}

impl RunLock {
    fn take(exclusive: bool) -> RunLock {
        if exclusive {
            RunLock::Exclusive(RUN_LOCK.write().unwrap_or_else(|e| e.into_inner()))
        } else {
            RunLock::Shared(RUN_LOCK.read().unwrap_or_else(|e| e.into_inner()))
        }
    }
}

enum Program {
    File(PathBuf),
    Code(String),
    Stdin(String),
    Nothing,
}

/// One `pyjail run`, described before it starts.
pub struct Jail {
    options: Vec<OsString>,
    program: Program,
    program_args: Vec<String>,
    env: Vec<(String, String)>,
    who: Who,
    guard: bool,
    sentinel_in_guard: bool,
    exclusive: bool,
    inherit_fd9: Option<PathBuf>,
    stdin: Option<Vec<u8>>,
    /// How many times `stdin` is written (a stream far larger than the harness's memory).
    stdin_repeat: u64,
    tty: bool,
    stdout_unread: bool,
    bound: Duration,
    allow_degraded_cgroup: bool,
    without_landlock: bool,
    python: Option<PathBuf>,
    pub marker: String,
}

impl Jail {
    fn new(program: Program) -> Jail {
        Jail {
            options: Vec::new(),
            program,
            program_args: Vec::new(),
            env: Vec::new(),
            who: Who::Runner,
            guard: false,
            sentinel_in_guard: false,
            exclusive: false,
            inherit_fd9: None,
            stdin: None,
            stdin_repeat: 1,
            tty: false,
            stdout_unread: false,
            bound: Duration::from_secs(60),
            allow_degraded_cgroup: true,
            without_landlock: false,
            python: None,
            // 15 characters: fits a process name (comm), which programs set as a second trace.
            marker: format!("pjm{}", random_hex(6)),
        }
    }

    /// Runs `tests/attacks/<name>`.
    pub fn attack(name: &str) -> Jail {
        Jail::new(Program::File(attack(name)))
    }

    pub fn file(path: impl Into<PathBuf>) -> Jail {
        Jail::new(Program::File(path.into()))
    }

    /// `pyjail run -c CODE`.
    pub fn code(source: &str) -> Jail {
        Jail::new(Program::Code(source.to_string()))
    }

    /// `pyjail run -` with the program on standard input.
    pub fn stdin_program(source: &str) -> Jail {
        Jail::new(Program::Stdin(source.to_string()))
    }

    /// `pyjail run` with options only (bad-input tests name the program in `opts`).
    pub fn bare() -> Jail {
        Jail::new(Program::Nothing)
    }

    /// Options of `pyjail run`, before the program.
    pub fn opts<I, S>(mut self, options: I) -> Jail
    where
        I: IntoIterator<Item = S>,
        S: Into<OsString>,
    {
        self.options.extend(options.into_iter().map(Into::into));
        self
    }

    /// Program arguments, after the marker (`sys.argv[2:]`).
    pub fn args<I, S>(mut self, args: I) -> Jail
    where
        I: IntoIterator<Item = S>,
        S: ToString,
    {
        self.program_args
            .extend(args.into_iter().map(|a| a.to_string()));
        self
    }

    /// An environment variable of the pyjail process itself (not passed with --env).
    pub fn env(mut self, key: &str, value: &str) -> Jail {
        self.env.push((key.to_string(), value.to_string()));
        self
    }

    pub fn who(mut self, who: Who) -> Jail {
        self.who = who;
        self
    }

    /// Runs pyjail inside a throwaway pid namespace: whatever a broken jail lets loose dies with it.
    pub fn guarded(mut self) -> Jail {
        self.guard = true;
        self
    }

    /// Inside the guard, next to pyjail, a `sleep` of the same user must survive the run; the
    /// guard also reports jailed processes still alive after pyjail returned. Implies `guarded`.
    pub fn sentinel_in_guard(mut self) -> Jail {
        self.guard = true;
        self.sentinel_in_guard = true;
        self
    }

    /// Takes the run lock exclusively (needed to check the host for leftovers).
    pub fn exclusive(mut self) -> Jail {
        self.exclusive = true;
        self
    }

    /// Starts pyjail with `path` open on fd 9 (not close-on-exec): the jail must not pass it on.
    pub fn inherit_fd9(mut self, path: &Path) -> Jail {
        self.inherit_fd9 = Some(path.to_path_buf());
        self
    }

    pub fn stdin_data(mut self, data: &[u8]) -> Jail {
        self.stdin = Some(data.to_vec());
        self
    }

    /// Feeds pyjail's stdin with `chunk` repeated until `total` bytes (or until pyjail stops
    /// reading). With `stdin_program`, the program text comes first.
    pub fn stdin_stream(mut self, chunk: &[u8], total: u64) -> Jail {
        self.stdin = Some(chunk.to_vec());
        self.stdin_repeat = total / chunk.len().max(1) as u64;
        self
    }

    /// Starts pyjail on a fresh pseudo-terminal (util-linux `script`), as from an interactive shell.
    pub fn in_tty(mut self) -> Jail {
        self.tty = true;
        self
    }

    /// Nobody reads pyjail's stdout (a caller that stopped reading): the pipe fills up.
    pub fn stdout_unread(mut self) -> Jail {
        self.stdout_unread = true;
        self
    }

    /// The hard outer bound: past it the whole run is killed and the test fails.
    pub fn bound(mut self, bound: Duration) -> Jail {
        self.bound = bound;
        self
    }

    /// Do not pass `--allow-degraded cgroup` even when unprivileged (fail-closed tests).
    pub fn without_degrade(mut self) -> Jail {
        self.allow_degraded_cgroup = false;
        self
    }

    /// `--python PATH`, for the test user too (who otherwise gets /usr/bin/python3).
    pub fn python(mut self, path: &str) -> Jail {
        self.python = Some(PathBuf::from(path));
        self
    }

    /// Runs pyjail as on a kernel without Landlock (`tests/common/without-landlock`: its
    /// landlock_* calls fail with ENOSYS).
    pub fn kernel_without_landlock(mut self) -> Jail {
        self.without_landlock = true;
        self
    }

    fn pyjail_command(&self, user: Option<&TestUser>) -> (Vec<OsString>, Option<PathBuf>) {
        let mut cmd: Vec<OsString> = Vec::new();
        if self.without_landlock {
            cmd.push(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("tests/common/without-landlock")
                    .into(),
            );
        }
        cmd.push(user.map_or_else(|| pyjail().into(), |u| u.pyjail.clone().into()));
        cmd.push("run".into());
        match (&self.python, user) {
            (Some(python), _) => cmd.extend(["--python".into(), python.clone().into()]),
            (None, Some(_)) => cmd.extend(["--python".into(), SYSTEM_PYTHON.into()]),
            (None, None) => {}
        }
        if self.who.unprivileged() && self.allow_degraded_cgroup {
            cmd.extend(["--allow-degraded".into(), "cgroup".into()]);
        }
        cmd.extend(self.options.iter().cloned());
        let mut user_copy = None;
        match &self.program {
            Program::File(path) => match user {
                Some(u) => {
                    let copy = u.readable_copy(path, &self.marker);
                    cmd.push(copy.clone().into());
                    user_copy = Some(copy);
                }
                None => cmd.push(path.clone().into()),
            },
            Program::Code(code) => cmd.extend(["-c".into(), code.into()]),
            Program::Stdin(_) => cmd.push("-".into()),
            Program::Nothing => {}
        }
        if !matches!(self.program, Program::Nothing) {
            cmd.push("--".into());
            cmd.push(self.marker.clone().into());
            cmd.extend(self.program_args.iter().map(OsString::from));
        }
        (cmd, user_copy)
    }

    /// The whole command line, wrappers outermost first: tty, guard, user, shell, pyjail.
    fn command_line(&self) -> (Vec<OsString>, Option<PathBuf>) {
        let user = self.who.user();
        let (mut cmd, user_copy) = self.pyjail_command(user);
        if self.sentinel_in_guard || self.inherit_fd9.is_some() {
            let mut wrapped: Vec<OsString> = vec![
                "/bin/sh".into(),
                "-c".into(),
                shell_wrapper(self.sentinel_in_guard, &self.marker).into(),
            ];
            wrapped.push(
                self.inherit_fd9
                    .as_ref()
                    .map_or_else(|| "-".into(), |p| p.clone().into()),
            );
            wrapped.extend(cmd);
            cmd = wrapped;
        }
        if let Some(u) = user {
            let mut wrapped: Vec<OsString> = vec![
                "setpriv".into(),
                format!("--reuid={}", u.uid).into(),
                format!("--regid={}", u.gid).into(),
                "--clear-groups".into(),
                "--".into(),
            ];
            wrapped.extend(cmd);
            cmd = wrapped;
        }
        if self.guard {
            let mut wrapped: Vec<OsString> = vec!["unshare".into()];
            if !is_root() {
                wrapped.extend(["--user".into(), "--map-current-user".into()]);
            }
            wrapped.extend(
                ["--pid", "--fork", "--mount-proc", "--kill-child", "--"].map(OsString::from),
            );
            wrapped.extend(cmd);
            cmd = wrapped;
        }
        if self.tty {
            let inner = cmd
                .iter()
                .map(|a| shell_quote(&a.to_string_lossy()))
                .collect::<Vec<_>>()
                .join(" ");
            cmd = ["script", "-qefc", &inner, "/dev/null"]
                .map(OsString::from)
                .to_vec();
        }
        (cmd, user_copy)
    }

    pub fn spawn(self) -> Running {
        let lock = RunLock::take(self.exclusive);
        // Taken under the exclusive lock: nothing of another run of this binary can be in it.
        let host_before = self.exclusive.then(host::HostState::capture);
        let (argv, user_copy) = self.command_line();
        let mut command = Command::new(&argv[0]);
        command
            .args(&argv[1..])
            .stdin(
                if self.stdin.is_some() || matches!(self.program, Program::Stdin(_)) {
                    Stdio::piped()
                } else {
                    Stdio::null()
                },
            )
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .process_group(0);
        for (k, v) in &self.env {
            command.env(k, v);
        }
        if let Some(u) = self.who.user() {
            command.current_dir(&u.home).env("HOME", &u.home);
        }
        let started = Instant::now();
        let mut child = command
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {:?}: {e}", argv[0]));
        let program_text = match &self.program {
            Program::Stdin(src) => Some(src.as_bytes().to_vec()),
            _ => None,
        };
        if program_text.is_some() || self.stdin.is_some() {
            let mut pipe = child.stdin.take().expect("stdin pipe");
            let (stream, repeat) = (self.stdin.clone().unwrap_or_default(), self.stdin_repeat);
            thread::spawn(move || {
                use std::io::Write;
                if let Some(text) = program_text {
                    if pipe.write_all(&text).is_err() {
                        return;
                    }
                }
                for _ in 0..repeat {
                    if pipe.write_all(&stream).is_err() {
                        return;
                    }
                }
            });
        }
        let stdout = Arc::new(Mutex::new(Capture::default()));
        let stderr = Arc::new(Mutex::new(Capture::default()));
        let mut readers = vec![read_into(
            child.stderr.take().expect("stderr pipe"),
            stderr.clone(),
        )];
        let unread_stdout = child.stdout.take().expect("stdout pipe");
        let unread_stdout = if self.stdout_unread {
            stdout.lock().unwrap().closed = true;
            Some(unread_stdout)
        } else {
            readers.push(read_into(unread_stdout, stdout.clone()));
            None
        };
        Running {
            pid: child.id(),
            pyjail_is_child: !self.guard && !self.sentinel_in_guard && !self.tty,
            child,
            started,
            bound: self.bound,
            stdout,
            stderr,
            readers,
            peak_rss_kib: None,
            run_pids: BTreeSet::new(),
            polls: 0,
            marker: self.marker.clone(),
            command: argv
                .iter()
                .map(|a| a.to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join(" "),
            user_copy,
            host_before,
            unread_stdout,
            lock,
        }
    }

    pub fn run(self) -> Outcome {
        self.spawn().finish()
    }
}

/// `sh -c` script between the user switch and pyjail: opens fd 9 when asked ($0 is its file or
/// "-"), and with a sentinel: starts `sleep 300` beside pyjail, says after the run whether it
/// survived, and lists jailed processes still alive (found by the marker in their command
/// line or name, with a pattern that does not match the scanning `grep` itself).
fn shell_wrapper(sentinel: bool, marker: &str) -> String {
    let mut script = String::from("[ \"$0\" != - ] && exec 9<\"$0\"\n");
    if !sentinel {
        script.push_str("exec \"$@\"\n");
        return script;
    }
    let pattern = format!("{}[{}]{}", &marker[..3], &marker[3..4], &marker[4..]);
    script.push_str(&format!(
        r#"sleep 300 & sentinel=$!
"$@"; rc=$?
if kill -0 $sentinel 2>/dev/null; then echo GUARD-SENTINEL-ALIVE >&2; else echo GUARD-SENTINEL-DEAD >&2; fi
kill -9 $sentinel 2>/dev/null; wait $sentinel 2>/dev/null
jailed() {{
  for f in $(grep -l -a -E '{pattern}' /proc/[0-9]*/cmdline /proc/[0-9]*/comm 2>/dev/null); do
    d=${{f%/*}}
    grep -q -a -F GUARD-SENTINEL-ALIVE "$d/cmdline" 2>/dev/null && continue
    echo "${{d#/proc/}}"
  done
}}
for try in 1 2 3 4 5 6 7 8 9 10; do
  left=$(jailed)
  [ -z "$left" ] && break
  sleep 0.2
done
[ -n "$left" ] && echo "GUARD-LEFTOVER" $left >&2
exit $rc
"#
    ));
    script
}

fn shell_quote(arg: &str) -> String {
    format!("'{}'", arg.replace('\'', r"'\''"))
}

#[derive(Default)]
struct Capture {
    data: Vec<u8>,
    total: u64,
    closed: bool,
}

fn read_into(mut pipe: impl Read + Send + 'static, into: Arc<Mutex<Capture>>) -> JoinHandle<()> {
    thread::spawn(move || {
        let mut buf = vec![0u8; 64 << 10];
        loop {
            match pipe.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    let mut c = into.lock().unwrap();
                    c.total += n as u64;
                    let room = CAPTURE_CAP.saturating_sub(c.data.len()).min(n);
                    c.data.extend_from_slice(&buf[..room]);
                }
            }
        }
        into.lock().unwrap().closed = true;
    })
}

/// A `pyjail run` in progress.
pub struct Running {
    child: Child,
    /// Pid of the spawned process: pyjail itself unless `pyjail_is_child` is false.
    pub pid: u32,
    pyjail_is_child: bool,
    started: Instant,
    bound: Duration,
    stdout: Arc<Mutex<Capture>>,
    stderr: Arc<Mutex<Capture>>,
    readers: Vec<JoinHandle<()>>,
    peak_rss_kib: Option<u64>,
    /// Host pids seen carrying the marker during the run (pyjail, wrappers, jailed processes).
    run_pids: BTreeSet<u32>,
    polls: u32,
    pub marker: String,
    command: String,
    user_copy: Option<PathBuf>,
    host_before: Option<host::HostState>,
    /// Held open, never read, for `Jail::stdout_unread`.
    unread_stdout: Option<std::process::ChildStdout>,
    lock: RunLock,
}

impl Running {
    /// Waits until stdout contains `needle`; false when the run ended or `within` passed first.
    pub fn wait_for_stdout(&mut self, needle: &str, within: Duration) -> bool {
        let deadline = Instant::now() + within;
        while Instant::now() < deadline {
            let seen = {
                let c = self.stdout.lock().unwrap();
                String::from_utf8_lossy(&c.data).contains(needle)
            };
            if seen {
                return true;
            }
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                return false;
            }
            self.sample();
            thread::sleep(Duration::from_millis(10));
        }
        false
    }

    /// For `Jail::stdout_unread`: the caller starts reading pyjail's stdout after all.
    pub fn read_stdout_now(&mut self) {
        if let Some(pipe) = self.unread_stdout.take() {
            self.stdout.lock().unwrap().closed = false;
            self.readers.push(read_into(pipe, self.stdout.clone()));
        }
    }

    /// Jailed processes of this run alive on the host (pyjail itself and wrappers excluded).
    pub fn jailed_pids(&self) -> Vec<u32> {
        let own_pid_ns = host::namespace("self", "pid");
        host::marker_pids(&self.marker)
            .into_iter()
            .filter(|pid| host::namespace(&pid.to_string(), "pid") != own_pid_ns)
            .collect()
    }

    /// Sends a signal (a name for kill(1), e.g. "TERM") to the spawned process.
    pub fn signal(&self, name: &str) {
        let ok = Command::new("kill")
            .args(["-s", name, &self.pid.to_string()])
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        assert!(ok, "could not send SIG{name} to {}", self.pid);
    }

    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// One poll while the run is alive: pyjail's memory, and every other time the run's pids.
    fn sample(&mut self) {
        if self.polls.is_multiple_of(2) {
            self.run_pids.insert(self.pid);
            self.run_pids.extend(host::marker_pids(&self.marker));
        }
        self.polls += 1;
        self.sample_rss();
    }

    fn sample_rss(&mut self) {
        if !self.pyjail_is_child {
            return;
        }
        let Ok(status) = fs::read_to_string(format!("/proc/{}/status", self.pid)) else {
            return;
        };
        let hwm = status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse::<u64>().ok());
        if let Some(kib) = hwm {
            self.peak_rss_kib = Some(self.peak_rss_kib.map_or(kib, |p| p.max(kib)));
        }
    }

    /// Waits for the end (killing everything at the outer bound) and collects the outcome.
    pub fn finish(mut self) -> Outcome {
        let deadline = self.started + self.bound;
        let mut outer_bound_hit = false;
        let status = loop {
            match self.child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) => {}
                Err(e) => panic!("waiting for pyjail: {e}"),
            }
            let too_big = self
                .peak_rss_kib
                .is_some_and(|kib| kib > PYJAIL_RSS_BOUND_KIB);
            if Instant::now() >= deadline || too_big {
                outer_bound_hit = true;
                let _ = Command::new("kill")
                    .args(["-s", "KILL", "--", &format!("-{}", self.pid)])
                    .status();
                let _ = self.child.kill();
                break self.child.wait().expect("wait after kill");
            }
            self.sample();
            thread::sleep(Duration::from_millis(10));
        };
        let elapsed = self.started.elapsed();
        drop(self.unread_stdout.take());
        if outer_bound_hit {
            // The test fails; leave the host clean all the same.
            host::kill_marker_processes(&self.marker);
        }
        // A process that escaped the jail may hold the pipes open: wait a little, never forever.
        let drain_deadline = Instant::now() + Duration::from_secs(3);
        let closed = |c: &Arc<Mutex<Capture>>| c.lock().unwrap().closed;
        while !(closed(&self.stdout) && closed(&self.stderr)) && Instant::now() < drain_deadline {
            thread::sleep(Duration::from_millis(10));
        }
        let pipes_held_open = !(closed(&self.stdout) && closed(&self.stderr));
        if pipes_held_open {
            host::kill_marker_processes(&self.marker); // whatever holds them escaped
        } else {
            for reader in self.readers.drain(..) {
                let _ = reader.join();
            }
        }
        if let Some(copy) = &self.user_copy {
            let _ = fs::remove_file(copy);
        }
        let take = |c: &Arc<Mutex<Capture>>| {
            let c = c.lock().unwrap();
            (String::from_utf8_lossy(&c.data).into_owned(), c.total)
        };
        let (stdout, stdout_len) = take(&self.stdout);
        let (stderr, stderr_len) = take(&self.stderr);
        let outcome = Outcome {
            code: status.code().or_else(|| status.signal().map(|s| 128 + s)),
            stdout,
            stdout_len,
            stderr,
            stderr_len,
            elapsed,
            outer_bound_hit,
            pipes_held_open,
            peak_rss_kib: self.peak_rss_kib,
            run_pids: std::mem::take(&mut self.run_pids),
            marker: self.marker.clone(),
            command: self.command.clone(),
            host_before: self.host_before.take(),
            exclusive_lock: match self.lock {
                RunLock::Exclusive(guard) => Some(guard),
                RunLock::Shared(_) => None,
            },
        };
        if outer_bound_hit {
            thread::sleep(Duration::from_millis(200));
            host::remove_new_pyjail_cgroups(&outcome);
        }
        outcome
    }
}

/// What a run produced.
pub struct Outcome {
    /// Exit code of the spawned process; 128+N when it was killed by signal N.
    pub code: Option<i32>,
    /// Up to 16 MiB of stdout (lossy UTF-8); `stdout_len` counts every byte.
    pub stdout: String,
    pub stdout_len: u64,
    pub stderr: String,
    pub stderr_len: u64,
    pub elapsed: Duration,
    /// The harness had to kill the run: pyjail did not end by itself.
    pub outer_bound_hit: bool,
    /// stdout or stderr stayed open after pyjail exited: something still holds them.
    pub pipes_held_open: bool,
    /// pyjail's own peak resident memory (VmHWM), when pyjail was the spawned process.
    pub peak_rss_kib: Option<u64>,
    /// Host pids seen carrying the run's marker while it ran.
    pub run_pids: BTreeSet<u32>,
    pub marker: String,
    pub command: String,
    /// For exclusive runs: the host's state just before the run, for `host::assert_nothing_left`.
    pub host_before: Option<host::HostState>,
    /// Exclusive runs keep the lock until the outcome is dropped, so that the leftover check
    /// sees no other run's cgroups or temp dirs. (Do not start another run while holding one.)
    exclusive_lock: Option<RwLockWriteGuard<'static, ()>>,
}

impl Outcome {
    /// JSON lines the attack program printed.
    pub fn records(&self) -> Vec<Value> {
        self.stdout
            .lines()
            .map(|l| l.trim_matches(|c| c == '\r' || c == ' '))
            .filter(|l| l.starts_with('{'))
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }

    pub fn events(&self, ev: &str) -> Vec<Value> {
        self.records()
            .into_iter()
            .filter(|r| r["ev"] == ev)
            .collect()
    }

    pub fn event(&self, ev: &str) -> Option<Value> {
        self.events(ev).into_iter().next()
    }

    /// The attack program started inside the jail. Without this, a jail that refuses to run
    /// anything would pass every containment test.
    pub fn assert_started(&self) {
        assert!(
            self.event("start").is_some(),
            "the attack program never started, so the test proves nothing:\n{self}"
        );
    }

    /// The attack program ran to its end (it prints a "done" record last).
    pub fn assert_finished(&self) {
        self.assert_started();
        assert!(
            self.event("done").is_some(),
            "the attack program did not run to its end:\n{self}"
        );
    }

    /// pyjail ended by itself, without the harness's outer bound.
    pub fn assert_bounded(&self) {
        assert!(
            !self.outer_bound_hit,
            "pyjail did not end by itself; the harness killed it after {:?} (at its time bound, or \
             past 1 GiB of memory):\n{self}",
            self.elapsed
        );
        assert!(
            !self.pipes_held_open,
            "pyjail exited but its stdout/stderr stayed open: a jailed process is still alive \
             holding them:\n{self}"
        );
    }

    pub fn assert_no_panic(&self) {
        assert!(
            !self.stderr.contains("panicked at"),
            "pyjail panicked:\n{self}"
        );
    }

    pub fn assert_code(&self, expected: i32) {
        assert_eq!(
            self.code,
            Some(expected),
            "unexpected exit code (expected {expected}):\n{self}"
        );
    }

    /// pyjail's summary (stderr) mentions one of `words`, case-insensitively.
    pub fn summary_mentions(&self, words: &[&str]) -> bool {
        let stderr = self.stderr.to_lowercase();
        words.iter().any(|w| stderr.contains(&w.to_lowercase()))
    }

    pub fn assert_summary_mentions(&self, limit: &str, words: &[&str]) {
        assert!(
            self.summary_mentions(words),
            "pyjail's summary on stderr does not name the {limit} limit (looked for {words:?}):\n{self}"
        );
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let clip = |s: &str| -> String {
            if s.len() <= 6000 {
                return s.to_string();
            }
            let mut end = 6000;
            while !s.is_char_boundary(end) {
                end -= 1;
            }
            format!("{}… [{} bytes more]", &s[..end], s.len() - end)
        };
        writeln!(f, "  command: {}", clip(&self.command))?;
        writeln!(
            f,
            "  exit: {:?}, elapsed: {:?}, outer bound hit: {}, pipes held open: {}, pyjail peak RSS: {:?} KiB",
            self.code, self.elapsed, self.outer_bound_hit, self.pipes_held_open, self.peak_rss_kib
        )?;
        writeln!(
            f,
            "  stdout ({} bytes):\n{}",
            self.stdout_len,
            clip(&self.stdout)
        )?;
        write!(
            f,
            "  stderr ({} bytes):\n{}",
            self.stderr_len,
            clip(&self.stderr)
        )
    }
}

/// Runs an attack program with the host's python, without any jail: control runs proving that
/// the attack really does what its test guards against. Only for attacks harmless to the host.
pub fn run_bare(
    program: &Path,
    args: &[String],
    env: &[(String, String)],
    fd9: Option<&Path>,
) -> Outcome {
    let marker = format!("pjm{}", random_hex(6));
    // A copy: some attacks change their own file, which must never touch the checkout.
    let scratch = host::HostDir::new();
    let copy = scratch.join(&program.file_name().expect("program name").to_string_lossy());
    fs::copy(program, &copy).expect("copy the attack program");
    let mut argv: Vec<OsString> = ["timeout", "-k", "5", "60", "python3"]
        .map(OsString::from)
        .to_vec();
    argv.extend([copy.into(), marker.clone().into()]);
    argv.extend(args.iter().map(OsString::from));
    if let Some(path) = fd9 {
        let mut wrapped: Vec<OsString> = vec![
            "/bin/sh".into(),
            "-c".into(),
            shell_wrapper(false, &marker).into(),
            path.into(),
        ];
        wrapped.extend(argv);
        argv = wrapped;
    }
    let mut command = Command::new(&argv[0]);
    command
        .args(&argv[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        command.env(k, v);
    }
    let started = Instant::now();
    let out = command
        .output()
        .expect("run the host python for a control run");
    Outcome {
        code: out.status.code(),
        stdout_len: out.stdout.len() as u64,
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr_len: out.stderr.len() as u64,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        elapsed: started.elapsed(),
        outer_bound_hit: false,
        pipes_held_open: false,
        peak_rss_kib: None,
        run_pids: BTreeSet::new(),
        marker,
        command: format!("{argv:?}"),
        host_before: None,
        exclusive_lock: None,
    }
}

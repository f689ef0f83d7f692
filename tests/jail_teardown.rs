//! `pyjail run` exits as soon as the program's outcome is known and leaves the jail's teardown
//! (its pid 1's exit, its cgroup, its host ids) to a detached reaper (`jail/src/teardown.rs`).
//! The reaper is out of its caller's reach: SIGKILL to the caller's whole process group in the
//! middle of the teardown leaves nothing behind. Killed itself, it leaves a cgroup nobody
//! holds, which the next run's sweep removes, and host ids that are free at once.
//!
//! The caller stops the reaper as soon as it is in a session of its own, before it has torn
//! anything down (the program fills /tmp, so that pid 1's exit has some work), and SIGKILLs its
//! own process group.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime};

use common::host::{self, eventually, unlocked, HostState};
use common::{is_root, pyjail, random_hex, test_user, Who, SYSTEM_PYTHON};

/// Runs pyjail (its arguments) and, once the program has printed, traces it, then lets the
/// program end (it waits for a line on its stdin: pyjail cannot have exited before it is
/// traced); the process it forks next is its reaper, which it follows system call by system call until `setsid` has
/// returned, and leaves stopped there, in its own session, before any of the teardown. Then
/// passes pyjail's output on, says how it ended, and SIGKILLs its own process group.
const CALLER: &str = r#"
import ctypes, os, signal, subprocess, sys
libc = ctypes.CDLL(None, use_errno=True)
libc.ptrace.argtypes = [ctypes.c_long, ctypes.c_long, ctypes.c_void_p, ctypes.c_void_p]
libc.ptrace.restype = ctypes.c_long
SEIZE, CONT, SYSCALL, PEEKUSER, DETACH, GETEVENTMSG = 0x4206, 7, 24, 3, 17, 0x4201
TRACEFORK, TRACESYSGOOD, EVENT_FORK, ORIG_RAX, SYS_SETSID = 2, 1, 1, 15 * 8, 112

def ptrace(request, pid, addr=0, data=0):
    result = libc.ptrace(request, pid, addr, data)
    if result == -1 and ctypes.get_errno():
        raise OSError(ctypes.get_errno(), f"ptrace {request:#x} {pid}")
    return result

libc.prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER: pyjail's orphans come to us, and we reap them
pyjail = subprocess.Popen(sys.argv[1:], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
first = pyjail.stdout.readline()
ptrace(SEIZE, pyjail.pid, 0, TRACEFORK | TRACESYSGOOD)
pyjail.stdin.write(b"go\n")
pyjail.stdin.close()
reaper, in_setsid, stopping, stopped, code = None, False, False, None, None
while code is None or (reaper and not stopped):
    pid, status = os.waitpid(-1, 0x40000000)  # __WALL
    if pid == pyjail.pid and os.WIFEXITED(status):
        code = os.WEXITSTATUS(status)
    if pid == reaper and not os.WIFSTOPPED(status):
        stopped = "ended-outside-a-session-of-its-own"
    if not os.WIFSTOPPED(status):
        continue
    sig, event = os.WSTOPSIG(status), status >> 16
    if pid == pyjail.pid:
        if event == EVENT_FORK:
            child = ctypes.c_ulong()
            ptrace(GETEVENTMSG, pid, 0, ctypes.byref(child))
            reaper = child.value
        ptrace(CONT, pid, 0, 0 if event or sig == signal.SIGTRAP else sig)
    elif pid == reaper:
        if stopping and sig == signal.SIGSTOP and not event:
            ptrace(DETACH, pid, 0, signal.SIGSTOP)  # untraced, and stopped
            stopped = pid
            continue
        if sig == signal.SIGTRAP | 0x80 and not stopping:  # a system call's entry or exit
            if in_setsid:
                os.kill(pid, signal.SIGSTOP)
                stopping = True
            in_setsid = ptrace(PEEKUSER, pid, ORIG_RAX, 0) == SYS_SETSID
        ptrace(CONT if stopping else SYSCALL, pid, 0, 0)
sys.stdout.write(first.decode() + pyjail.stdout.read().decode())
print("pyjail exited", code, "reaper", stopped or "", flush=True)
os.killpg(0, signal.SIGKILL)
"#;

/// Fills /tmp with 48 MiB (three files at the 16 MiB file-size limit), which pid 1's exit frees;
/// ends once its caller has said so on stdin.
const FILL_TMP: &str = r#"
import sys
block = b"x" * (1 << 20)
for n in range(3):
    with open(f"/tmp/fill{n}", "wb") as f:
        for _ in range(16):
            f.write(block)
print("filled", flush=True)
sys.stdin.readline()
"#;

/// The tests here leave, on purpose, what the others would take for leftovers.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// A run whose caller was SIGKILLed, with all its group, while the reaper was stopped.
struct Killed {
    before: HostState,
    caller: u32,
    reaper: u32,
    marker: String,
}

fn state(pid: u32) -> Option<String> {
    host::proc_stat_fields(pid).first().cloned()
}

/// Runs the caller: pyjail exits, its reaper is stopped, the caller's process group is killed.
fn kill_caller_during_teardown(who: Who) -> Killed {
    let marker = format!("pjm{}", random_hex(6));
    let before = HostState::capture();
    let mut command = match who.user() {
        Some(u) => {
            let mut command = u.command(SYSTEM_PYTHON);
            command
                .args(["-c", CALLER])
                .arg(&u.pyjail)
                .args([
                    "run",
                    "--python",
                    SYSTEM_PYTHON,
                    "--allow-degraded",
                    "cgroup",
                ])
                .current_dir(&u.home)
                .env("HOME", &u.home);
            command
        }
        None => {
            let mut command = Command::new(SYSTEM_PYTHON);
            command.args(["-c", CALLER]).arg(pyjail()).arg("run");
            command
        }
    };
    command
        .args(["-c", FILL_TMP, "--", &marker])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    let mut caller = command.spawn().expect("start the caller");
    let caller_pid = caller.id();
    let deadline = Instant::now() + Duration::from_secs(60);
    while caller.try_wait().expect("wait for the caller").is_none() {
        if Instant::now() > deadline {
            let group = format!("-{caller_pid}");
            let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
            host::kill_marker_processes(&marker);
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let out = caller.wait_with_output().expect("the caller's output");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let said = stdout
        .lines()
        .find_map(|l| l.strip_prefix("pyjail exited "))
        .unwrap_or_else(|| panic!("the caller did not finish: {stdout}\n{stderr}"));
    let words: Vec<&str> = said.split_whitespace().collect();
    assert_eq!(
        words.first(),
        Some(&"0"),
        "pyjail failed: {stdout}\n{stderr}"
    );
    assert!(
        stdout.starts_with("filled\n"),
        "the program's output did not reach the caller: {stdout}\n{stderr}"
    );
    let reaper = words
        .get(2)
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no reaper in a session of its own: {stdout}\n{stderr}"));
    // Stopped before any of the teardown: what it shows now is whether it outlived its caller's
    // process group (it may still be on its way into the stop the caller gave it).
    let mut seen = state(reaper);
    let settle = Instant::now() + Duration::from_secs(3);
    while seen.as_deref() == Some("R") && Instant::now() < settle {
        std::thread::sleep(Duration::from_millis(10));
        seen = state(reaper);
    }
    assert_eq!(
        seen.as_deref(),
        Some("T"),
        "the reaper died with its caller's process group (state {seen:?})"
    );
    Killed {
        before,
        caller: caller_pid,
        reaper,
        marker,
    }
}

fn reaper_survives_its_callers_group_and_finishes(who: Who) {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let killed = kill_caller_during_teardown(who);
    let _ = Command::new("kill")
        .args(["-CONT", &killed.reaper.to_string()])
        .status();
    let pids = BTreeSet::from([killed.caller, killed.reaper]);
    let mut left = host::leftovers_since(&killed.before, &pids, Duration::from_secs(5));
    left.extend(
        host::marker_pids(&killed.marker)
            .iter()
            .map(|p| format!("process {p} of the run")),
    );
    assert!(left.is_empty(), "the teardown left things behind: {left:?}");
}

#[test]
fn a_reaper_survives_its_callers_group_killed_and_leaves_nothing_as_root() {
    reaper_survives_its_callers_group_and_finishes(Who::Runner);
}

#[test]
fn a_reaper_survives_its_callers_group_killed_and_leaves_nothing_as_test_user() {
    if test_user().is_none() {
        eprintln!("not root: the runner is the unprivileged user, tested above");
        return;
    }
    reaper_survives_its_callers_group_and_finishes(Who::TestUser);
}

/// What the stopped reaper holds: its descriptors' paths.
fn held_paths(pid: u32) -> Vec<PathBuf> {
    fs::read_dir(format!("/proc/{pid}/fd"))
        .map(|fds| {
            fds.flatten()
                .filter_map(|fd| fs::read_link(fd.path()).ok())
                .collect()
        })
        .unwrap_or_default()
}

/// The reaper SIGKILLed in the middle of the teardown: the jail's processes end anyway (pid 1
/// dies with the supervisor, which has exited), its host ids are free at once, and its cgroups,
/// left unlocked, go with a later run's sweep.
#[test]
fn a_killed_reaper_leaves_only_a_cgroup_the_next_sweep_removes() {
    if !is_root() {
        eprintln!("as an ordinary user on this host there is no cgroup to leave behind");
        return;
    }
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let killed = kill_caller_during_teardown(Who::Runner);
    let held = held_paths(killed.reaper);
    let cgroups: Vec<&PathBuf> = held
        .iter()
        .filter(|p| p.starts_with("/sys/fs/cgroup"))
        .collect();
    let lease = held.iter().find(|p| p.starts_with("/run/pyjail/ids/"));
    let _ = Command::new("kill")
        .args(["-KILL", &killed.reaper.to_string()])
        .status();
    let reaper_gone = eventually(Duration::from_secs(3), || {
        state(killed.reaper).is_none_or(|s| s == "Z")
    });
    let jail_gone = eventually(Duration::from_secs(3), || {
        host::marker_pids(&killed.marker).is_empty()
    });
    let ids_free = lease.is_some_and(|l| eventually(Duration::from_secs(3), || unlocked(l)));
    let cgroups_left = cgroups.iter().all(|d| d.exists() && unlocked(d));
    let two_minutes_ago = SystemTime::now() - Duration::from_secs(120);
    for dir in &cgroups {
        let _ = fs::File::open(dir).and_then(|d| d.set_modified(two_minutes_ago));
    }
    let sweeping = Command::new(pyjail())
        .args(["run", "-c", "print('sweeping run')"])
        .stdin(Stdio::null())
        .output()
        .expect("run pyjail");
    // The sweep is part of that run's own teardown, which ends after it.
    eventually(Duration::from_secs(5), || {
        cgroups.iter().all(|d| !d.exists())
    });
    let not_swept: Vec<&&PathBuf> = cgroups.iter().filter(|d| d.exists()).collect();
    for dir in &not_swept {
        let _ = fs::remove_dir(dir);
    }
    assert!(reaper_gone, "the reaper survived SIGKILL");
    assert!(jail_gone, "the jail's processes outlived the killed reaper");
    assert!(
        lease.is_some() && !cgroups.is_empty(),
        "the stopped reaper held no lease or cgroup: {held:?}"
    );
    assert!(
        ids_free,
        "the killed reaper's host ids stay locked: {lease:?}"
    );
    assert!(
        cgroups_left,
        "the killed reaper left no unlocked cgroup, so this proves nothing: {cgroups:?}"
    );
    assert!(
        sweeping.status.success(),
        "{}",
        String::from_utf8_lossy(&sweeping.stderr)
    );
    assert!(
        not_swept.is_empty(),
        "the killed reaper's cgroups were not swept: {not_swept:?}"
    );
}

//! The jail's cgroup v2 path, for real. The test machines bind memory and pids to cgroup v1,
//! so the host half boots a VM whose kernel has only cgroup v2 (`tests/vm/`) and runs the guest
//! half of this file there (`in_vm_*`, ignored elsewhere): the real pyjail on the host's
//! CPython, under memory.max, pids.max and cpu.stat, as root and as `pyjail-test`.
//!
//! pyjail nests the jail's cgroup under its own, which must offer memory and pids to children.
//! In v2 a cgroup with processes cannot (the "no internal processes" rule), so a pyjail alone
//! in its cgroup moves itself into a leaf of it, `pyjail-supervisor`, and a service that starts
//! many pyjails prepares that leaf for them and starts them in it (`judge()` below).

mod common;
mod vm;

use std::fs;
use std::os::unix::fs::chown;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::host::{self, HostDir};
use common::{Jail, Who};
use serde_json::Value;

/// Every guest test; the host test checks that each one ran and passed.
const GUEST_TESTS: [&str; 10] = [
    "in_vm_doctor_sees_cgroup_v2",
    "in_vm_a_run_is_accounted_in_cgroup_v2",
    "in_vm_memory_bomb_is_stopped_by_memory_max",
    "in_vm_fork_bomb_is_stopped_by_pids_max",
    "in_vm_cpu_limit_counts_the_whole_jail_through_cpu_stat",
    "in_vm_pyjail_alone_in_its_cgroup_makes_its_own_leaf",
    "in_vm_a_cgroup_shared_with_other_processes_is_refused",
    "in_vm_test_user_without_a_delegated_cgroup_is_refused",
    "in_vm_test_user_in_a_delegated_cgroup_gets_the_limits",
    "in_vm_test_user_serves_jobs_from_a_delegated_cgroup",
];

#[test]
fn cgroup_v2_path_in_a_vm() {
    if let Some(reason) = vm::missing_prerequisite() {
        assert!(
            std::env::var_os("CI").is_none(),
            "the cgroup v2 VM test cannot run in CI: {reason}"
        );
        eprintln!("SKIPPED: cgroup v2 VM test: {reason}");
        return;
    }
    let image = vm::Image::prepare();
    let test_binary = std::env::current_exe().expect("the test binary's path");
    let script = Path::new(common::CHECKOUT).join("tests/vm/guest.sh");
    // A subset while working on one case: PYJAIL_VM_TESTS=in_vm_doctor,in_vm_fork (not checked).
    let subset = std::env::var("PYJAIL_VM_TESTS").ok();
    let filter = subset.clone().unwrap_or_else(|| "in_vm_".into());
    let boot = image.boot(
        &script,
        &[
            ("pyjail_vm_test", &test_binary.to_string_lossy()),
            ("pyjail_vm_budget", "240"),
            ("pyjail_vm_tests", &filter),
        ],
        Duration::from_secs(300),
    );
    eprintln!(
        "cgroup v2 VM ({}): booted, tested and powered off in {:?}; console: {}",
        boot.accelerator,
        boot.elapsed,
        boot.console_path.display()
    );
    let tail: String = {
        let lines: Vec<&str> = boot.console.lines().collect();
        lines[lines.len().saturating_sub(150)..].join("\n")
    };
    assert!(
        !boot.timed_out,
        "the VM did not power off within 300 s ({}); console tail:\n{tail}",
        boot.accelerator
    );
    assert!(
        boot.console.contains("PYJAIL-VM-TESTS-EXIT=0"),
        "the guest tests failed or never ran; console tail:\n{tail}"
    );
    if subset.is_none() {
        // Each test's start goes to the kernel log too, which may split libtest's lines.
        for name in GUEST_TESTS {
            assert!(
                boot.console.contains(&format!("test {name} ...")),
                "guest test {name} did not run; console tail:\n{tail}"
            );
        }
        let all_passed = format!("test result: ok. {} passed; 0 failed", GUEST_TESTS.len());
        assert!(
            boot.console.contains(&all_passed),
            "not all {} guest tests passed; console tail:\n{tail}",
            GUEST_TESTS.len()
        );
    }
    // Kept only when something failed.
    let _ = std::fs::remove_file(&boot.console_path);
}

// ---- The guest half: runs inside the VM only. ----

const CGROUP_ROOT: &str = "/sys/fs/cgroup";
const LEAF: &str = "pyjail-supervisor";

/// Checks that this runs in the VM, and says on the console when each test starts (the
/// console's timestamps show where the time goes).
fn in_vm() {
    let name = std::thread::current().name().unwrap_or("?").to_string();
    // Level 3 (error): shown on the console despite `quiet`.
    let _ = fs::write("/dev/kmsg", format!("<3>pyjail-vm: {name} starts\n"));
    assert!(
        std::env::var_os("PYJAIL_IN_CGROUP_V2_VM").is_some(),
        "in_vm_* tests run only inside the VM booted by cgroup_v2_path_in_a_vm"
    );
    let cgroups = fs::read_to_string("/proc/cgroups").unwrap_or_default();
    assert!(
        !fs::read_to_string("/proc/self/cgroup")
            .unwrap()
            .lines()
            .any(|l| !l.starts_with("0::")),
        "the VM must have no cgroup v1 hierarchy:\n{cgroups}"
    );
}

fn write(file: impl AsRef<Path>, value: &str) {
    let file = file.as_ref();
    fs::write(file, value).unwrap_or_else(|e| panic!("write {value:?} to {}: {e}", file.display()));
}

fn make_cgroup(path: &Path) {
    if !path.is_dir() {
        fs::create_dir(path).unwrap_or_else(|e| panic!("create {}: {e}", path.display()));
    }
}

/// Memory and pids for the children of the root cgroup.
fn enable_at_root() {
    write(
        Path::new(CGROUP_ROOT).join("cgroup.subtree_control"),
        "+memory +pids",
    );
}

/// Moves this test process (pyjail's future parent) into `dir`.
fn move_self(dir: &Path) {
    write(dir.join("cgroup.procs"), "0");
}

/// A service's cgroup prepared for the pyjails it starts: `/<name>` offers memory and pids to
/// its children, and this process (so every pyjail it starts) sits in `/<name>/pyjail-supervisor`.
fn judge(name: &str) -> PathBuf {
    enable_at_root();
    let dir = Path::new(CGROUP_ROOT).join(name);
    make_cgroup(&dir);
    make_cgroup(&dir.join(LEAF));
    move_self(&dir.join(LEAF));
    write(dir.join("cgroup.subtree_control"), "+memory +pids");
    dir
}

/// Delegation of `dir` (made by [`judge`]) to `user`, as systemd does it (`Delegate=yes`): the
/// directory and its procs, threads and subtree_control files belong to the user.
fn delegate(dir: &Path, user: &common::TestUser) {
    for path in [dir.to_path_buf(), dir.join(LEAF)] {
        for file in [
            "",
            "cgroup.procs",
            "cgroup.threads",
            "cgroup.subtree_control",
        ] {
            chown(path.join(file), Some(user.uid), Some(user.gid)).expect("delegate");
        }
    }
}

/// Processes in `dir`'s cgroup tree other than this test process.
fn processes_under(dir: &Path) -> Vec<String> {
    let own = std::process::id().to_string();
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(cgroup) = pending.pop() {
        let procs = fs::read_to_string(cgroup.join("cgroup.procs")).unwrap_or_default();
        found.extend(
            procs
                .lines()
                .filter(|pid| *pid != own)
                .map(|pid| format!("{pid} in {}", cgroup.display())),
        );
        pending.extend(
            fs::read_dir(&cgroup)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir()),
        );
    }
    found
}

/// The jails' cgroups (`pyjail-<pid>-<n>`) under `dir`.
fn jail_cgroups(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("pyjail-") && n != LEAF)
        .collect()
}

/// Gives pyjail's reaper (`jail/src/teardown.rs`), which removes the jail's cgroup after pyjail
/// has exited, 10 s to finish (the VM is emulated: slow).
fn assert_no_jail_cgroup_left(dir: &Path, out: &dyn std::fmt::Display) {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let mut left = jail_cgroups(dir);
    while !left.is_empty() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
        left = jail_cgroups(dir);
    }
    assert!(
        left.is_empty(),
        "jail cgroups left under {}: {left:?}\n{out}",
        dir.display()
    );
}

/// The threat report pyjail wrote (JSON).
fn report(path: &Path) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).expect("the report is JSON")
}

/// `pyjail <args>` started from a shell that first moves itself into `cgroup` (the way
/// `systemd-run --scope` starts a command), with `neighbour` also started there when asked.
fn pyjail_in(cgroup: &Path, neighbour: bool, args: &[&str]) -> std::process::Output {
    let mut script = format!("echo $$ > {}/cgroup.procs || exit 99\n", cgroup.display());
    if neighbour {
        script.push_str("sleep 60 & neighbour=$!\n");
        script.push_str("\"$@\"; rc=$?; kill $neighbour; exit $rc\n");
    } else {
        script.push_str("exec \"$@\"\n");
    }
    Command::new("timeout")
        .args(["-k", "5", "120", "sh", "-c", &script, "sh"])
        .arg(common::pyjail())
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("start pyjail")
}

fn shown(out: &std::process::Output) -> String {
    format!(
        "exit {:?}\nstdout:\n{}\nstderr:\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
#[ignore = "runs inside the cgroup v2 VM (cgroup_v2_path_in_a_vm)"]
fn in_vm_doctor_sees_cgroup_v2() {
    in_vm();
    let dir = judge("judge");
    let out = Command::new(common::pyjail())
        .arg("doctor")
        .output()
        .expect("run pyjail doctor");
    let text = shown(&out);
    assert!(
        text.contains("a nested v2 cgroup can be created here"),
        "doctor does not find cgroup v2 usable:\n{text}"
    );
    assert!(
        text.contains(&format!("cgroup v2 at {}", dir.display())),
        "doctor does not say where pyjail's v2 cgroup is:\n{text}"
    );
    assert_no_jail_cgroup_left(&dir, &text);
}

#[test]
#[ignore = "runs inside the cgroup v2 VM (cgroup_v2_path_in_a_vm)"]
fn in_vm_a_run_is_accounted_in_cgroup_v2() {
    in_vm();
    let dir = judge("judge");
    let scratch = HostDir::new();
    let report_path = scratch.join("report.json");
    let code = "import os\nprint(open('/proc/self/cgroup').read().strip())\n\
                x = bytearray(24 << 20)\nprint('pid', os.getpid())";
    let out = Command::new(common::pyjail())
        .args(["run", "--memory", "256MiB", "--report"])
        .arg(&report_path)
        .args(["-c", code])
        .output()
        .expect("run pyjail");
    let text = shown(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        String::from_utf8_lossy(&out.stdout).starts_with("0::/\n"),
        "the program does not see its own cgroup as the root of a v2-only cgroup namespace:\n{text}"
    );
    let limits = &report(&report_path)["limits"];
    assert_eq!(
        limits["peak_memory_source"], "cgroup-v2",
        "{limits}\n{text}"
    );
    let peak = limits["peak_memory_bytes"].as_u64().unwrap_or(0);
    assert!(
        (24 << 20..256 << 20).contains(&peak),
        "memory.peak of the jail ({peak}) does not show the program's 24 MiB\n{text}"
    );
    assert_no_jail_cgroup_left(&dir, &text);
}

#[test]
#[ignore = "runs inside the cgroup v2 VM (cgroup_v2_path_in_a_vm)"]
fn in_vm_memory_bomb_is_stopped_by_memory_max() {
    in_vm();
    let dir = judge("judge");
    let scratch = HostDir::new();
    let report_path = scratch.join("report.json");
    let out = Jail::attack("memory_bomb.py")
        .exclusive()
        .opts(["--memory", "64MiB", "--timeout", "60s", "--report"])
        .opts([report_path.as_os_str()])
        .args([2048])
        .bound(Duration::from_secs(120))
        .run();
    out.assert_bounded();
    out.assert_started();
    assert!(
        out.event("allocated").is_none(),
        "2 GiB allocated under memory.max = 64 MiB\n{out}"
    );
    out.assert_code(128 + 9);
    out.assert_summary_mentions("memory", &["memory limit"]);
    let limits = &report(&report_path)["limits"];
    assert!(
        limits["hit"].as_array().unwrap().contains(&"memory".into()),
        "{limits}\n{out}"
    );
    let peak = limits["peak_memory_bytes"].as_u64().unwrap_or(0);
    assert!(
        (48 << 20..=64 << 20).contains(&peak),
        "the report's peak ({peak}) is not the jail's memory.peak near its 64 MiB limit\n{out}"
    );
    host::assert_nothing_left(&out);
    assert_no_jail_cgroup_left(&dir, &out);
}

#[test]
#[ignore = "runs inside the cgroup v2 VM (cgroup_v2_path_in_a_vm)"]
fn in_vm_fork_bomb_is_stopped_by_pids_max() {
    in_vm();
    let dir = judge("judge");
    // As scenarios::fork_bomb, without its 10 s promptness bound (emulated CPUs are slow).
    let out = Jail::attack("fork_bomb.py")
        .guarded()
        .exclusive()
        .opts(["--pids", "16", "--timeout", "60s"])
        .args([2000])
        .bound(Duration::from_secs(120))
        .run();
    out.assert_bounded();
    out.assert_finished();
    let forks = out.event("forks").expect("forks record");
    let n = forks["n"].as_u64().unwrap_or(u64::MAX);
    assert!(n < 16, "{n} forks under pids.max = 16\n{out}");
    assert_eq!(forks["errno"], 11, "fork did not fail with EAGAIN\n{out}");
    out.assert_code(0);
    out.assert_summary_mentions("pids", &["process/thread limit"]);
    host::assert_nothing_left(&out);
    assert_no_jail_cgroup_left(&dir, &out);
}

#[test]
#[ignore = "runs inside the cgroup v2 VM (cgroup_v2_path_in_a_vm)"]
fn in_vm_cpu_limit_counts_the_whole_jail_through_cpu_stat() {
    in_vm();
    let dir = judge("judge");
    // Two spinning processes: only the cgroup's cpu.stat sees their sum.
    let out = Jail::attack("cpu_spread.py")
        .exclusive()
        .without_degrade()
        .opts(["--cpu", "2s", "--timeout", "60s"])
        .args([2])
        .bound(Duration::from_secs(120))
        .run();
    out.assert_bounded();
    out.assert_started();
    let total = out
        .events("cpu")
        .iter()
        .filter_map(|c| c["total"].as_f64())
        .fold(0.0, f64::max);
    assert!(
        total <= 3.5,
        "the jail's processes used {total:.2} s of CPU together under a 2 s CPU limit\n{out}"
    );
    assert!(out.code.is_some_and(|c| c >= 128), "not killed\n{out}");
    out.assert_summary_mentions("cpu", &["cpu time limit"]);
    host::assert_nothing_left(&out);
    assert_no_jail_cgroup_left(&dir, &out);
}

#[test]
#[ignore = "runs inside the cgroup v2 VM (cgroup_v2_path_in_a_vm)"]
fn in_vm_pyjail_alone_in_its_cgroup_makes_its_own_leaf() {
    in_vm();
    enable_at_root();
    let scope = Path::new(CGROUP_ROOT).join("alone.scope");
    make_cgroup(&scope);
    for round in 0..2 {
        // The second pyjail starts where the first moved itself, and reuses the leaf.
        let start_in = if round == 0 {
            scope.clone()
        } else {
            scope.join(LEAF)
        };
        let out = pyjail_in(
            &start_in,
            false,
            &["run", "--pids", "8", "-c", "print('ran')"],
        );
        let text = shown(&out);
        assert_eq!(out.status.code(), Some(0), "round {round}: {text}");
        let subtree = fs::read_to_string(scope.join("cgroup.subtree_control")).unwrap();
        assert!(
            subtree.contains("memory") && subtree.contains("pids"),
            "{subtree}\n{text}"
        );
        assert_no_jail_cgroup_left(&scope, &text);
    }
}

#[test]
#[ignore = "runs inside the cgroup v2 VM (cgroup_v2_path_in_a_vm)"]
fn in_vm_a_cgroup_shared_with_other_processes_is_refused() {
    in_vm();
    enable_at_root();
    let shared = Path::new(CGROUP_ROOT).join("shared.scope");
    make_cgroup(&shared);
    let out = pyjail_in(&shared, true, &["run", "-c", "print('ran')"]);
    let text = shown(&out);
    assert_eq!(out.status.code(), Some(125), "{text}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cgroup") && stderr.contains(&shared.display().to_string()),
        "the refusal does not name the cgroup that pyjail cannot nest in:\n{text}"
    );
    assert!(
        fs::read_dir(&shared)
            .unwrap()
            .flatten()
            .all(|e| !e.path().is_dir()),
        "pyjail left cgroups under {} after refusing\n{text}",
        shared.display()
    );
    let degraded = pyjail_in(
        &shared,
        true,
        &["run", "--allow-degraded", "cgroup", "-c", "print('ran')"],
    );
    let text = shown(&degraded);
    assert_eq!(degraded.status.code(), Some(0), "{text}");
    assert!(text.contains("degraded: cgroup"), "{text}");
}

#[test]
#[ignore = "runs inside the cgroup v2 VM (cgroup_v2_path_in_a_vm)"]
fn in_vm_test_user_without_a_delegated_cgroup_is_refused() {
    in_vm();
    let dir = judge("judge");
    let out = Jail::attack("fork_bomb.py")
        .who(Who::TestUser)
        .without_degrade()
        .opts(["--pids", "16"])
        .args([50])
        .bound(Duration::from_secs(120))
        .run();
    out.assert_code(125);
    out.assert_summary_mentions("cgroup", &["cgroup"]);
    assert!(
        out.stderr.contains(&dir.display().to_string()),
        "the refusal does not name the cgroup the user cannot write\n{out}"
    );
    let degraded = Jail::attack("fork_bomb.py")
        .who(Who::TestUser)
        .exclusive()
        .opts(["--pids", "16"])
        .args([50])
        .bound(Duration::from_secs(120))
        .run();
    degraded.assert_finished();
    degraded.assert_summary_mentions("cgroup degradation", &["degraded: cgroup"]);
    host::assert_nothing_left(&degraded);
}

#[test]
#[ignore = "runs inside the cgroup v2 VM (cgroup_v2_path_in_a_vm)"]
fn in_vm_test_user_in_a_delegated_cgroup_gets_the_limits() {
    in_vm();
    let user = common::test_user().expect("the guest runs as root");
    let dir = judge("delegated");
    delegate(&dir, user);
    let out = Jail::attack("memory_bomb.py")
        .who(Who::TestUser)
        .without_degrade()
        .exclusive()
        .opts(["--memory", "64MiB", "--timeout", "60s"])
        .args([2048])
        .bound(Duration::from_secs(120))
        .run();
    out.assert_bounded();
    out.assert_started();
    out.assert_code(128 + 9);
    out.assert_summary_mentions("memory", &["memory limit"]);
    assert!(!out.stderr.contains("degraded: cgroup"), "{out}");
    host::assert_nothing_left(&out);
    drop(out); // releases the harness's exclusive lock for the next run
    let bomb = Jail::attack("fork_bomb.py")
        .who(Who::TestUser)
        .without_degrade()
        .exclusive()
        .opts(["--pids", "16", "--timeout", "60s"])
        .args([2000])
        .bound(Duration::from_secs(120))
        .run();
    bomb.assert_finished();
    let n = bomb.event("forks").expect("forks record")["n"]
        .as_u64()
        .unwrap_or(u64::MAX);
    assert!(n < 16, "{n} forks under pids.max = 16\n{bomb}");
    bomb.assert_summary_mentions("pids", &["process/thread limit"]);
    host::assert_nothing_left(&bomb);
    assert_no_jail_cgroup_left(&dir, &bomb);
}

/// `pyjail serve` run by an ordinary user in a cgroup delegated to it (a service with
/// `Delegate=yes`), without `--allow-degraded`: its jails (forked from a template by default)
/// each get a cgroup of their own there with the job's limits, and once the server has stopped
/// nothing is left in the delegated tree.
#[test]
#[ignore = "runs inside the cgroup v2 VM (cgroup_v2_path_in_a_vm)"]
fn in_vm_test_user_serves_jobs_from_a_delegated_cgroup() {
    in_vm();
    let user = common::test_user().expect("the guest runs as root");
    let dir = judge("served");
    delegate(&dir, user);
    let home = user.home.join("served");
    fs::create_dir_all(&home).unwrap();
    chown(&home, Some(user.uid), Some(user.gid)).expect("give the user its directory");
    let as_user = |args: &[&str]| {
        let mut command = user.command(&user.pyjail);
        command.args(args).current_dir(&home).stdin(Stdio::null());
        command
    };
    let server_log = home.join("server.log");
    let mut server = as_user(&[
        "serve",
        "--socket",
        "api.sock",
        "--python",
        common::SYSTEM_PYTHON,
        "--pool",
        "1",
    ])
    .stdout(Stdio::null())
    .stderr(fs::File::create(&server_log).unwrap())
    .spawn()
    .expect("start pyjail serve");
    let log = || fs::read_to_string(&server_log).unwrap_or_default();
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while !home.join("api.sock").exists() {
        if let Some(status) = server.try_wait().unwrap() {
            panic!("the server ended ({status}) before it listened:\n{}", log());
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no socket after 60 s:\n{}",
            log()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let job = |args: &[&str]| {
        as_user(&["run", "--server", "api.sock"])
            .args(args)
            .output()
            .expect("run a job through the server")
    };
    let plain = job(&["-c", "print(sum(range(10)))"]);
    let text = format!("{}\nserver:\n{}", shown(&plain), log());
    assert_eq!(plain.status.code(), Some(0), "{text}");
    assert_eq!(String::from_utf8_lossy(&plain.stdout), "45\n", "{text}");
    assert!(
        !String::from_utf8_lossy(&plain.stderr).contains("degraded: cgroup"),
        "{text}"
    );
    // The pool's next jail waits in a cgroup of its own in the delegated tree.
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while jail_cgroups(&dir).is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "no jail cgroup under {} while the server runs:\n{}",
            dir.display(),
            log()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let bomb = job(&[
        "--memory",
        "64MiB",
        "-c",
        "held = []\nwhile True: held.append(b'x' * (1 << 20))",
    ]);
    let text = format!("{}\nserver:\n{}", shown(&bomb), log());
    assert_eq!(bomb.status.code(), Some(128 + 9), "{text}");
    assert!(
        String::from_utf8_lossy(&bomb.stderr).contains("memory limit"),
        "{text}"
    );
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(server.id() as i32),
        nix::sys::signal::Signal::SIGTERM,
    )
    .expect("stop the server");
    let stopped = server.wait().expect("wait for the server");
    assert!(stopped.success(), "the server's exit: {stopped}\n{}", log());
    assert_no_jail_cgroup_left(&dir, &log());
    assert_eq!(processes_under(&dir), Vec::<String>::new(), "{}", log());
}

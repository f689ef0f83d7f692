//! Jails running at the same time stay apart on the host: each has host ids of its own (so the
//! kernel's per-uid accounts, such as pipe buffer pages, are not shared), a cgroup whose name
//! cannot collide with another pyjail's, even one that is pid 1 of another pid namespace, and a
//! killed supervisor leaves nothing that blocks or leaks into later runs. Also what the jail
//! sees of its mounts and groups. As root and as `pyjail-test` (with its subordinate range).

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

use common::host::{eventually, unlocked};
use common::{is_root, test_user, Jail, Outcome, Who, SYSTEM_PYTHON};

/// Takes every pipe page its host uid may have: pipes enlarged to 1 MiB while the kernel allows,
/// then plain ones until a new pipe comes out shrunk (the uid is past
/// `fs.pipe-user-pages-soft`); says so, and waits.
const PIPE_HOG: &str = r#"
import fcntl, json, os, sys, time
held, shrunk = [], None
for _ in range(int(sys.argv[2])):
    r, w = os.pipe()
    held.append((r, w))
    size = fcntl.fcntl(w, 1032)  # F_GETPIPE_SZ
    if size < 65536:
        shrunk = size
        break
    try:
        fcntl.fcntl(w, 1031, 1 << 20)  # F_SETPIPE_SZ
    except OSError:
        pass
print(json.dumps({"ev": "held", "pipes": len(held), "shrunk": shrunk}), flush=True)
time.sleep(60)
"#;

/// A new pipe's size, and whether it can grow to 128 KiB.
const PIPE_USER: &str = r#"
import fcntl, json, os
r, w = os.pipe()
size = fcntl.fcntl(w, 1032)  # F_GETPIPE_SZ
try:
    grown = fcntl.fcntl(w, 1031, 128 << 10)
except OSError as e:
    grown = e.strerror
print(json.dumps({"ev": "pipe", "new": size, "grown": grown}))
"#;

/// The jail's host uid and gid (its maps are readable from inside), then waits when asked.
const IDS: &str = r#"
import json, sys, time
host = lambda f: int(open(f).read().split()[1])
print(json.dumps({"ev": "ids", "uid": host("/proc/self/uid_map"), "gid": host("/proc/self/gid_map")}), flush=True)
if len(sys.argv) > 2:
    time.sleep(float(sys.argv[2]))
"#;

fn pipe_pages_soft() -> u64 {
    fs::read_to_string("/proc/sys/fs/pipe-user-pages-soft")
        .expect("read fs.pipe-user-pages-soft")
        .trim()
        .parse()
        .expect("a number")
}

fn concurrent_jails_do_not_share_pipe_buffers(who: Who) {
    let soft = pipe_pages_soft();
    assert!(
        soft > 0,
        "fs.pipe-user-pages-soft is 0 (no per-user limit): this test cannot show sharing"
    );
    // 256 pages per 1 MiB pipe, and up to 16 more of 16 pages near the limit.
    let pipes = soft / 256 + 20;
    let mut hog = Jail::code(PIPE_HOG)
        .who(who)
        .args([pipes])
        .opts(["--timeout", "40s"])
        .spawn();
    let held = hog.wait_for_stdout("\"held\"", Duration::from_secs(20));
    let other = Jail::code(PIPE_USER).who(who).run();
    hog.signal("TERM");
    let hog = hog.finish();
    assert!(held, "the hog never said it held its pipes\n{hog}");
    let held = hog.event("held").expect("held record");
    assert!(
        held["shrunk"].is_u64(),
        "the hog never reached the per-user pipe limit, so the test proves nothing: {held}\n{hog}"
    );
    let pipe = other
        .event("pipe")
        .unwrap_or_else(|| panic!("no pipe record\n{other}"));
    assert_eq!(
        (pipe["new"].as_u64(), pipe["grown"].as_u64()),
        (Some(65536), Some(131072)),
        "a jail holding {} pipes (all its uid's pipe pages) shrank another jail's new pipe or \
         made it refuse to enlarge: they share a host uid\n{other}",
        held["pipes"]
    );
}

#[test]
fn concurrent_jails_do_not_share_pipe_buffers_as_root() {
    concurrent_jails_do_not_share_pipe_buffers(Who::Runner);
}

#[test]
fn concurrent_jails_do_not_share_pipe_buffers_as_test_user() {
    concurrent_jails_do_not_share_pipe_buffers(Who::TestUser);
}

/// Forks `sys.argv[2]` children that wait, says how many it got, and waits.
const FORKER: &str = r#"
import json, os, sys, time
made = 0
for _ in range(int(sys.argv[2])):
    try:
        if os.fork() == 0:
            time.sleep(60)
            os._exit(0)
        made += 1
    except OSError:
        break
print(json.dumps({"ev": "forked", "made": made}), flush=True)
if len(sys.argv) > 3:
    time.sleep(60)
"#;

/// A jail using every process it may have does not take any of another's. (The kernel counts
/// RLIMIT_NPROC per user namespace and cgroups count pids per jail, so this held with a shared
/// host uid too; it guards that nothing of the per-jail ids changes it.)
fn a_jail_full_of_processes_does_not_starve_another(who: Who) {
    let mut full = Jail::code(FORKER)
        .who(who)
        .args(["40", "hold"])
        .opts(["--timeout", "40s", "--pids", "32"])
        .spawn();
    let forked = full.wait_for_stdout("\"forked\"", Duration::from_secs(20));
    let other = Jail::code(FORKER)
        .who(who)
        .args(["20"])
        .opts(["--pids", "32"])
        .run();
    full.signal("TERM");
    let full = full.finish();
    assert!(forked, "the first jail never forked\n{full}");
    let made = full.event("forked").expect("forked record")["made"].as_u64();
    assert!(
        made.is_some_and(|m| (20..40).contains(&m)),
        "the first jail was not stopped at its own process limit\n{full}"
    );
    let other_made = other.event("forked").map(|r| r["made"].as_u64());
    assert_eq!(
        other_made,
        Some(Some(20)),
        "a jail full of processes starved another one\n{other}"
    );
}

#[test]
fn a_jail_full_of_processes_does_not_starve_another_as_root() {
    a_jail_full_of_processes_does_not_starve_another(Who::Runner);
}

#[test]
fn a_jail_full_of_processes_does_not_starve_another_as_test_user() {
    a_jail_full_of_processes_does_not_starve_another(Who::TestUser);
}

/// The `start:count` subordinate range of `user` in `file`.
fn subordinate(file: &str, user: &str) -> (u32, u32) {
    let text = fs::read_to_string(file).unwrap_or_default();
    text.lines()
        .find_map(|l| {
            let mut f = l.split(':');
            if f.next()? != user {
                return None;
            }
            Some((f.next()?.parse().ok()?, f.next()?.parse().ok()?))
        })
        .unwrap_or_else(|| {
            panic!("{user} has no range in {file}: run scripts/test-deps (it adds one)")
        })
}

fn ids_of(out: &Outcome) -> (u32, u32) {
    let ids = out
        .event("ids")
        .unwrap_or_else(|| panic!("no ids record\n{out}"));
    (
        ids["uid"].as_u64().unwrap() as u32,
        ids["gid"].as_u64().unwrap() as u32,
    )
}

fn concurrent_jails_get_their_own_host_ids(who: Who) {
    let mut first = Jail::code(IDS)
        .who(who)
        .args(["30"])
        .opts(["--timeout", "40s"])
        .spawn();
    let started = first.wait_for_stdout("\"ids\"", Duration::from_secs(20));
    let second = Jail::code(IDS).who(who).run();
    first.signal("TERM");
    let first = first.finish();
    assert!(started, "the first jail never printed its ids\n{first}");
    let (a, b) = (ids_of(&first), ids_of(&second));
    assert_ne!(
        a.0, b.0,
        "two jails at once share a host uid\n{first}\n{second}"
    );
    assert_ne!(
        a.1, b.1,
        "two jails at once share a host gid\n{first}\n{second}"
    );
    let (uids, gids) = match who.user() {
        None if is_root() => ((0x7FFF_0000, 65_536), (0x7FFF_0000, 65_536)),
        None => return,
        Some(_) => (
            subordinate("/etc/subuid", common::TEST_USER),
            subordinate("/etc/subgid", common::TEST_USER),
        ),
    };
    for (uid, gid) in [a, b] {
        assert!(
            (uids.0..uids.0 + uids.1).contains(&uid) && (gids.0..gids.0 + gids.1).contains(&gid),
            "host ids {uid}/{gid} outside the documented range {uids:?}/{gids:?}"
        );
    }
}

#[test]
fn concurrent_jails_get_their_own_host_ids_as_root() {
    concurrent_jails_get_their_own_host_ids(Who::Runner);
}

#[test]
fn concurrent_jails_get_their_own_host_ids_as_test_user() {
    concurrent_jails_get_their_own_host_ids(Who::TestUser);
}

/// The direct children of `pid`.
fn children(pid: u32) -> Vec<u32> {
    fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|p| p.parse().ok())
        .collect()
}

/// The cgroup directories (v1 `memory`/`pids`/`cpuacct` or v2) `pid` is in, on the host.
fn cgroup_dirs(pid: u32) -> Vec<PathBuf> {
    let own = fs::read_to_string(format!("/proc/{pid}/cgroup")).unwrap_or_default();
    own.lines()
        .filter_map(|l| {
            let mut f = l.splitn(3, ':').skip(1);
            let (controllers, path) = (f.next()?, f.next()?);
            let mount = match controllers {
                "" => "/sys/fs/cgroup/unified".to_string(),
                c if ["memory", "pids", "cpuacct"].contains(&c) => format!("/sys/fs/cgroup/{c}"),
                _ => return None,
            };
            let dir = PathBuf::from(mount).join(path.trim_start_matches('/'));
            let name = dir.file_name()?.to_string_lossy().into_owned();
            name.starts_with("pyjail-").then_some(dir)
        })
        .collect()
}

/// pyjail as pid 1 of a throwaway pid namespace (where the old `pyjail-<pid>-<n>` names made
/// every such pyjail `pyjail-1-0`), killed with SIGKILL: its host ids are free again at once,
/// the next run works beside its cgroup, and a later sweep removes that cgroup.
#[test]
fn a_supervisor_killed_as_pid_1_frees_its_ids_and_leaves_nothing_in_the_way() {
    if !is_root() {
        eprintln!("as an ordinary user on this host there is no cgroup to leave behind");
        return;
    }
    let mut run = Jail::code(IDS)
        .guarded()
        .args(["30"])
        .opts(["--timeout", "40s"])
        .spawn();
    let ready = run.wait_for_stdout("\"ids\"", Duration::from_secs(20));
    let pyjail = children(run.pid);
    let jail_init = pyjail.first().map(|&p| children(p)).unwrap_or_default();
    let stale = jail_init
        .first()
        .map(|&p| cgroup_dirs(p))
        .unwrap_or_default();
    for &pid in &pyjail {
        let _ = Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .status();
    }
    let killed = run.finish();
    assert!(ready, "the first run never printed its ids\n{killed}");
    assert!(
        pyjail.len() == 1 && !stale.is_empty(),
        "could not find pyjail ({pyjail:?}) or its jail's cgroups ({stale:?})\n{killed}"
    );
    let (uid, _) = ids_of(&killed);
    let lock = Path::new("/run/pyjail/ids").join(uid.to_string());
    let freed = eventually(Duration::from_secs(3), || unlocked(&lock));
    assert!(
        stale.iter().all(|d| d.exists()),
        "SIGKILL left no cgroup, so this proves nothing: {stale:?}"
    );

    let next = Jail::code("print('next run')").guarded().run();
    let two_minutes_ago = SystemTime::now() - Duration::from_secs(120);
    for dir in &stale {
        let _ = fs::File::open(dir).and_then(|d| d.set_modified(two_minutes_ago));
    }
    let sweeping = Jail::code("print('sweeping run')").guarded().run();
    let left: Vec<&PathBuf> = stale.iter().filter(|d| d.exists()).collect();
    for dir in &left {
        let _ = fs::remove_dir(dir);
    }
    assert!(
        freed,
        "the killed run's host id {uid} stays locked ({})",
        lock.display()
    );
    next.assert_code(0);
    assert!(next.stdout.contains("next run"), "{next}");
    sweeping.assert_code(0);
    assert!(
        left.is_empty(),
        "the killed run's cgroups were not swept: {left:?}\n{sweeping}"
    );
}

/// Two pyjails, each pid 1 of its own pid namespace, at the same time: both run.
#[test]
fn supervisors_in_different_pid_namespaces_do_not_collide() {
    let mut first = Jail::code(IDS)
        .guarded()
        .args(["5"])
        .opts(["--timeout", "20s"])
        .spawn();
    let started = first.wait_for_stdout("\"ids\"", Duration::from_secs(20));
    let second = Jail::code(IDS).guarded().run();
    let first = first.finish();
    assert!(started, "the first run never started\n{first}");
    first.assert_code(0);
    second.assert_code(0);
}

/// What the jail's mount table shows: only its own mounts (nothing of the host's other mount
/// points), each at a path that exists in the jail, bind roots equal to their mount points
/// (the host path behind a bind at the same place says nothing new; `--ro-bind SRC:DST` elsewhere
/// would show SRC), and no trace of the host
/// paths pyjail itself uses (lock directories, cgroups, the staging directory).
fn mountinfo_shows_only_the_jails_own_mounts(who: Who) {
    let code = r#"
import json, os
rows = []
for line in open("/proc/self/mountinfo"):
    left, right = line.split(" - ")
    f = left.split()
    rows.append({"root": f[3], "point": f[4], "exists": os.path.exists(f[4]), "rest": right.strip()})
print(json.dumps({"ev": "mounts", "rows": rows}))
"#;
    let out = Jail::code(code).who(who).run();
    out.assert_code(0);
    let record = out.event("mounts").expect("mounts record");
    let rows = record["rows"].as_array().expect("rows");
    let mut problems = Vec::new();
    for row in rows {
        let (root, point) = (
            row["root"].as_str().unwrap(),
            row["point"].as_str().unwrap(),
        );
        if row["exists"] != true {
            problems.push(format!("{point} is listed but not in the jail"));
        }
        for host_only in [
            "/sys", "/run", "/dev/shm", "/dev/pts", "/mnt", "/boot", "/home", "/var",
        ] {
            if point == host_only || point.starts_with(&format!("{host_only}/")) {
                problems.push(format!("host mount point {point} is listed"));
            }
        }
        // A bind's root is its path within its file system: /dev/null's is /null.
        if root != "/" && !point.ends_with(root) {
            problems.push(format!("{point} shows the host path {root}"));
        }
        let text = format!("{root} {point} {}", row["rest"]);
        for trace in [
            "/run/pyjail",
            "pyjail-ids",
            "cgroup",
            "/work/wt-",
            "pyjail-test",
        ] {
            if text.contains(trace) {
                problems.push(format!("{point} shows {trace}: {text}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "the jail's mount table shows more than the jail:\n  {}\n{out}",
        problems.join("\n  ")
    );
}

#[test]
fn mountinfo_shows_only_the_jails_own_mounts_as_root() {
    mountinfo_shows_only_the_jails_own_mounts(Who::Runner);
}

#[test]
fn mountinfo_shows_only_the_jails_own_mounts_as_test_user() {
    mountinfo_shows_only_the_jails_own_mounts(Who::TestUser);
}

/// An ordinary user with a subordinate range: the jail keeps none of the caller's
/// supplementary groups (they would still grant group access to host files).
#[test]
fn supplementary_groups_are_dropped_for_the_test_user() {
    let Some(user) = test_user() else {
        eprintln!("not root: cannot give pyjail-test supplementary groups");
        return;
    };
    let out = Command::new("setpriv")
        .args([
            &format!("--reuid={}", user.uid),
            &format!("--regid={}", user.gid),
            "--groups=4242,4343",
            "--",
        ])
        .arg(&user.pyjail)
        .args([
            "run",
            "--python",
            SYSTEM_PYTHON,
            "--allow-degraded",
            "cgroup",
            "-c",
        ])
        .arg("import os; print('groups', os.getgroups())")
        .current_dir(&user.home)
        .output()
        .expect("run pyjail as pyjail-test");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("groups []"),
        "supplementary groups stayed in the jail: {stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// An ordinary user without a subordinate range (`nobody` has none) keeps the old mapping, its
/// own uid, and `doctor` says so and what it costs.
#[test]
fn a_user_without_a_range_runs_as_itself_and_doctor_says_so() {
    let Some(user) = test_user() else {
        eprintln!("not root: cannot switch to an account without a range");
        return;
    };
    let as_nobody = |args: &[&str]| {
        let out = Command::new("setpriv")
            .args(["--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"])
            .arg(&user.pyjail)
            .args(args)
            .current_dir(&user.home)
            .output()
            .expect("run pyjail as nobody");
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
    };
    let run = as_nobody(&[
        "run",
        "--python",
        SYSTEM_PYTHON,
        "--allow-degraded",
        "cgroup",
        "-c",
        "print('map', open('/proc/self/uid_map').read().split())",
    ]);
    assert!(run.contains("map ['1000', '65534', '1']"), "{run}");
    let doctor = as_nobody(&["doctor", "--python", SYSTEM_PYTHON]);
    let line = doctor
        .lines()
        .find(|l| l.contains(" identity: "))
        .unwrap_or_else(|| panic!("doctor has no identity line:\n{doctor}"));
    assert!(
        line.contains("own uid 65534") && line.contains("/etc/subuid"),
        "{line}"
    );
}

/// Root refuses to run when its lock directory is one others could write (here, in a
/// throwaway mount namespace, a world-writable tmpfs on /run/pyjail), rather than run on ids
/// it cannot keep to itself.
#[test]
fn root_refuses_to_run_without_a_private_lock_directory() {
    if !is_root() {
        eprintln!("only root leases from /run/pyjail/ids");
        return;
    }
    let script = format!(
        "mkdir -p /run/pyjail && mount -t tmpfs -o mode=0777 pyjail-test /run/pyjail && \
         exec {} run -c 'print(1)'",
        common::pyjail().display()
    );
    let out = Command::new("unshare")
        .args([
            "--mount",
            "--propagation",
            "private",
            "--",
            "sh",
            "-c",
            &script,
        ])
        .output()
        .expect("run pyjail in a throwaway mount namespace");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(125), "{stderr}");
    assert!(
        stderr.contains("/run/pyjail/ids") && stderr.contains("writable by it alone"),
        "the refusal does not say what is wrong: {stderr}"
    );
}

//! The key attacks, each a complete test body, run both as the test runner (root here) and as
//! the unprivileged user `pyjail-test` (`tests/jail_unprivileged.rs`).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::Value;

use super::host::{self, Canaries, HostDir, Sentinel, Trap};
use super::{hex, random_hex, Jail, Who, CHECKOUT, SYSTEM_PYTHON};

/// EPERM, EAGAIN and friends, as the attack programs report them.
pub const EPERM: i64 = 1;
pub const EAGAIN: i64 = 11;
pub const EACCES: i64 = 13;

/// The canary reader runs in the jail with every canary planted, pyjail's environment holding
/// one, and one open on an inherited fd: nothing of them may come out.
pub fn canary_read(who: Who) {
    canary_read_with(who, &[]);
}

/// `canary_read` with extra `pyjail run` options (e.g. a looser profile).
pub fn canary_read_with(who: Who, options: &[&str]) {
    let canaries = Canaries::plant();
    let (key, secret) = canaries.env();
    let out = Jail::attack("canary_reader.py")
        .who(who)
        .opts(options.iter().copied())
        .opts(["--timeout", "20s"])
        .args(canaries.hex_paths())
        .env(&key, &secret)
        .inherit_fd9(&canaries.files[0])
        .bound(Duration::from_secs(60))
        .run();
    out.assert_bounded();
    out.assert_finished();
    canaries.assert_not_leaked(&out);
    for rec in out.events("device") {
        assert_eq!(
            rec["ok"], false,
            "a host device opened inside the jail: {rec}\n{out}"
        );
    }
    for rec in out.events("open") {
        assert_eq!(
            rec["ok"], false,
            "a canary file opened inside the jail: {rec}\n{out}"
        );
    }
}

/// Where the interpreter the jail runs for `who` lives on the host: (prefix, purelib).
fn interpreter_dirs(who: Who) -> (PathBuf, PathBuf) {
    let python = if who.user().is_some() {
        SYSTEM_PYTHON
    } else {
        "python3"
    };
    let out = Command::new(python)
        .args([
            "-c",
            "import sys, sysconfig; print(sys.prefix); print(sysconfig.get_paths()['purelib'])",
        ])
        .output()
        .expect("ask the host python for its prefix");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut lines = text.lines();
    let prefix = PathBuf::from(lines.next().expect("sys.prefix"));
    let purelib = PathBuf::from(lines.next().expect("purelib"));
    (prefix, purelib)
}

/// Suffixes write_outside.py adds to each target.
const WRITE_VARIANTS: [&str; 5] = ["", ".osopen", ".d", ".lnk", ".deep"];

/// Removes whatever a broken jail managed to create.
struct Targets(Vec<PathBuf>);

impl Targets {
    fn leftovers(&self) -> Vec<PathBuf> {
        self.0
            .iter()
            .flat_map(|t| WRITE_VARIANTS.map(|v| PathBuf::from(format!("{}{v}", t.display()))))
            .filter(|p| p.symlink_metadata().is_ok())
            .collect()
    }
}

impl Drop for Targets {
    fn drop(&mut self) {
        for path in self.leftovers() {
            let _ = fs::remove_file(&path).or_else(|_| fs::remove_dir(&path));
        }
    }
}

/// The write attack aims at /, /etc, /usr, the interpreter's prefix and site-packages, the
/// checkout, /root, the host /tmp dir of this test and more: nothing may appear on the host,
/// and inside the jail only /tmp and the working directory may take writes.
pub fn write_outside(who: Who) {
    write_outside_with(who, &[]);
}

/// `write_outside` with extra `pyjail run` options (e.g. a looser profile).
pub fn write_outside_with(who: Who, options: &[&str]) {
    let dir = HostDir::new();
    let tag = format!("pyjail-escape-{}", random_hex(6));
    let (prefix, purelib) = interpreter_dirs(who);
    let mut paths: Vec<PathBuf> = [
        "/",
        "/etc",
        "/usr",
        "/usr/lib",
        "/usr/local/bin",
        "/root",
        "/var/tmp",
        "/dev/shm",
        "/home",
        "/run",
        "/opt",
        "/dev",
        "/var",
    ]
    .iter()
    .map(|d| Path::new(d).join(&tag))
    .collect();
    paths.push(purelib.join(format!("{tag}.pth")));
    paths.push(prefix.join("bin").join(&tag));
    paths.push(prefix.join("lib").join(&tag));
    paths.push(dir.join(&tag));
    paths.push(Path::new(CHECKOUT).join(&tag));
    paths.push(Path::new(CHECKOUT).join("tests/attacks").join(&tag));
    let targets = Targets(paths);
    let program = super::attack("write_outside.py");
    let program_before = fs::read(&program).expect("read the attack program");

    let out = Jail::attack("write_outside.py")
        .who(who)
        .opts(options.iter().copied())
        .opts(["--timeout", "20s"])
        .args(targets.0.iter().map(|p| hex(&p.to_string_lossy())))
        .run();
    out.assert_bounded();
    out.assert_finished();

    let leftovers = targets.leftovers();
    assert!(
        leftovers.is_empty(),
        "the jailed program created files on the host: {leftovers:?}\n{out}"
    );
    assert_eq!(
        fs::read(&program).expect("read the attack program"),
        program_before,
        "the jailed program changed its own source file on the host\n{out}"
    );
    let cgroup = Path::new("/sys/fs/cgroup/memory").join(&out.marker);
    let made_cgroup = cgroup.exists();
    let _ = fs::remove_dir(&cgroup);
    assert!(
        !made_cgroup,
        "the jailed program created a cgroup on the host\n{out}"
    );
    let cwd = out
        .event("start")
        .and_then(|s| s["cwd"].as_str().map(str::to_string))
        .unwrap_or_default();
    for rec in out.records() {
        let Some(index) = rec["i"].as_u64() else {
            continue;
        };
        let ev = rec["ev"].as_str().unwrap_or("");
        if ev == "start" || ev == "done" || rec["ok"] != true {
            continue;
        }
        let target = if ev.starts_with("append-self") {
            continue; // the working directory's copy is the program's own to change
        } else if [
            "chmod-passwd",
            "append-passwd",
            "append-python",
            "append-proc-exe",
            "sysctl-write",
            "cgroup-escape",
            "cgroup-mkdir",
        ]
        .contains(&ev)
        {
            panic!(
                "inside the jail, `{ev}` succeeded: the jail's read-only files are writable\n{out}"
            );
        } else {
            &targets.0[index as usize]
        };
        // The jail's /dev/shm leads into its own /tmp (the host's is checked above).
        let jail_writable = (ev == "makedirs-write" && target.starts_with("/tmp"))
            || target.starts_with("/dev/shm/")
            || (!cwd.is_empty() && cwd != "/" && target.starts_with(&cwd));
        assert!(
            jail_writable,
            "inside the jail, `{ev}` on {} succeeded: only /tmp and the working directory may be \
             writable\n{out}",
            target.display()
        );
    }
}

/// Host services whose sockets would hand a jailed program the host (container runtimes, the
/// system bus, the journal), tried too when this host has them.
const HOST_SERVICE_SOCKETS: [&str; 8] = [
    "/var/run/docker.sock",
    "/run/docker.sock",
    "/run/containerd/containerd.sock",
    "/run/podman/podman.sock",
    "/run/dbus/system_bus_socket",
    "/run/systemd/private",
    "/run/systemd/journal/socket",
    "/dev/log",
];

/// Listeners on every host address (TCP and UDP) and on host unix sockets; the jailed program
/// tries them all and must reach none, while its own 127.0.0.1 works.
pub fn network(who: Who) {
    let dir = HostDir::new();
    let mut traps: Vec<Trap> = Vec::new();
    for ip in host::host_addresses() {
        traps.push(Trap::tcp(ip).expect("open a TCP trap"));
        traps.push(Trap::udp(ip).expect("open a UDP trap"));
    }
    traps.push(
        Trap::unix_abstract(&format!("pyjail-test-{}", random_hex(6))).expect("abstract unix trap"),
    );
    traps.push(Trap::unix_path(&dir.join("trap.sock")).expect("unix socket trap"));
    let mut specs: Vec<String> = traps.iter().map(|t| t.spec.clone()).collect();
    specs.extend(
        HOST_SERVICE_SOCKETS
            .iter()
            .filter(|p| Path::new(p).exists())
            .map(|p| format!("unix-path:{}", hex(p))),
    );
    let out = Jail::attack("net_connect.py")
        .who(who)
        .opts(["--timeout", "30s"])
        .args(specs)
        .run();
    out.assert_bounded();
    out.assert_finished();
    for trap in &traps {
        let hits = trap.hits();
        assert!(
            hits.is_empty(),
            "the jailed program reached the {}: {hits:?}\n{out}",
            trap.what
        );
    }
    for rec in out.events("tcp").iter().chain(out.events("unix").iter()) {
        assert_eq!(
            rec["ok"], false,
            "a connection out of the jail succeeded: {rec}\n{out}"
        );
    }
    // TCP on the jail's own loopback may be refused by policy (seccomp EPERM, Landlock EACCES);
    // UDP on 127.0.0.1, bound to the port the host's UDP trap holds, must work: that is the
    // jail's own loopback, in its own network namespace.
    let own = out.event("own-loopback").expect("own-loopback record");
    let refused_by_policy =
        own["stage"] == "listen" && (own["errno"] == EPERM || own["errno"] == EACCES);
    assert!(
        own["ok"] == true || refused_by_policy,
        "TCP on the jail's own loopback neither works nor is refused by policy: {own}\n{out}"
    );
    let own_udp = out
        .event("own-loopback-udp")
        .expect("own-loopback-udp record");
    assert_eq!(
        own_udp["ok"], true,
        "UDP on the jail's own 127.0.0.1 (on a port the host holds) does not work: {own_udp}\n{out}"
    );
}

/// kill(-1), kill(1), kill(parent) and the host sentinel's pid, from inside the jail, run in a
/// throwaway pid namespace: pyjail must report the program's exit code, and both sentinels
/// (one beside pyjail in the guard, one on the host) must live.
pub fn kill_host(who: Who) {
    let mut sentinel = Sentinel::spawn();
    let out = Jail::attack("kill_host.py")
        .who(who)
        .sentinel_in_guard()
        .exclusive()
        .opts(["--timeout", "20s"])
        .args([sentinel.pid()])
        .bound(Duration::from_secs(60))
        .run();
    out.assert_bounded();
    out.assert_started();
    assert!(
        out.stdout.contains("SURVIVED"),
        "the attack program was killed before it ended:\n{out}"
    );
    out.assert_code(42);
    assert!(
        out.stderr.contains("GUARD-SENTINEL-ALIVE"),
        "the sentinel process beside pyjail was killed from inside the jail:\n{out}"
    );
    assert!(
        sentinel.alive(),
        "the host sentinel was killed from inside the jail:\n{out}"
    );
    if let Some(procs) = out
        .event("procs")
        .and_then(|p| p["procs"].as_array().cloned())
    {
        let names: Vec<&str> = procs.iter().filter_map(|p| p[1].as_str()).collect();
        assert!(
            !names.contains(&"sleep") && procs.len() <= 4,
            "host processes are visible inside the jail: {names:?}\n{out}"
        );
    }
    host::assert_nothing_left(&out);
}

/// A fork loop under a pids limit of 16: it stops early with EAGAIN, the sleeping children die
/// with the jail, and pyjail returns as soon as the main process ends.
pub fn fork_bomb(who: Who) {
    let out = Jail::attack("fork_bomb.py")
        .who(who)
        .sentinel_in_guard()
        .exclusive()
        .opts(["--pids", "16", "--timeout", "15s"])
        .args([2000])
        .bound(Duration::from_secs(60))
        .run();
    out.assert_bounded();
    out.assert_finished();
    let forks: Value = out.event("forks").expect("forks record");
    let n = forks["n"].as_u64().unwrap_or(u64::MAX);
    assert!(
        n < 16,
        "the jail let the program fork {n} processes past a pids limit of 16\n{out}"
    );
    assert_eq!(
        forks["errno"], EAGAIN,
        "fork did not fail with EAGAIN\n{out}"
    );
    assert!(
        out.elapsed < Duration::from_secs(10),
        "pyjail did not return promptly once the main process ended ({:?}): sleeping children \
         kept the jail alive\n{out}",
        out.elapsed
    );
    out.assert_code(0);
    if !who.unprivileged() {
        out.assert_summary_mentions("pids", &["pids", "process"]);
    }
    assert!(
        out.stderr.contains("GUARD-SENTINEL-ALIVE"),
        "the sentinel process beside pyjail died during the fork bomb:\n{out}"
    );
    host::assert_nothing_left(&out);
}

/// Checks a running jail from the host's side: every jailed process (found by the run's
/// marker, in another pid namespace) runs as a non-root host uid, in its own namespaces,
/// without a terminal; the Python process has no capabilities, no_new_privs and a seccomp
/// filter, and no descriptor of the canary pyjail was started with.
pub fn confinement_seen_from_the_host(who: Who) {
    let canaries = Canaries::plant();
    let mut run = Jail::attack("sleep_forever.py")
        .who(who)
        .opts(["--timeout", "30s"])
        .inherit_fd9(&canaries.files[0])
        .spawn();
    let ready = run.wait_for_stdout("READY", Duration::from_secs(20));
    let mut problems = Vec::new();
    let jailed = run.jailed_pids();
    let own_memory_cgroup = cgroup_of("self", "memory");
    for &pid in &jailed {
        let p = pid.to_string();
        let status = host::proc_status(pid);
        let comm = fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
        let comm = comm.trim();
        for ids in ["Uid", "Gid"] {
            let value = host::status_field(&status, ids);
            if value.split_whitespace().any(|id| id == "0") {
                problems.push(format!("{comm} ({pid}) runs with host {ids} 0: {value}"));
            }
        }
        for ns in ["user", "pid", "mnt", "net", "ipc", "uts", "cgroup"] {
            if host::namespace(&p, ns) == host::namespace("self", ns) {
                problems.push(format!("{comm} ({pid}) shares the host's {ns} namespace"));
            }
        }
        if host::proc_stat_fields(pid).get(4).map(String::as_str) != Some("0") {
            problems.push(format!("{comm} ({pid}) has a controlling terminal"));
        }
        if !comm.starts_with("python") {
            continue;
        }
        for cap in ["CapInh", "CapPrm", "CapEff", "CapAmb"] {
            let value = host::status_field(&status, cap);
            if !value.trim_start_matches('0').is_empty() {
                problems.push(format!("python ({pid}) keeps capabilities: {cap} {value}"));
            }
        }
        if host::status_field(&status, "NoNewPrivs") != "1" {
            problems.push(format!("python ({pid}) lacks no_new_privs"));
        }
        if host::status_field(&status, "Seccomp") != "2" {
            problems.push(format!("python ({pid}) has no seccomp filter"));
        }
        for entry in fs::read_dir(format!("/proc/{pid}/fd"))
            .into_iter()
            .flatten()
            .flatten()
        {
            let target = fs::read_link(entry.path()).unwrap_or_default();
            let target = target.to_string_lossy();
            if target.contains(&canaries.token) || target.contains(CHECKOUT) {
                problems.push(format!(
                    "python ({pid}) holds fd {:?} -> {target}",
                    entry.file_name()
                ));
            }
        }
        if !who.unprivileged() {
            let jailed_cgroup = cgroup_of(&p, "memory");
            if jailed_cgroup == own_memory_cgroup || !jailed_cgroup.starts_with(&own_memory_cgroup)
            {
                problems.push(format!(
                    "python ({pid}) is not in a memory cgroup nested under pyjail's \
                     ({jailed_cgroup:?} vs {own_memory_cgroup:?})"
                ));
            }
        }
    }
    run.signal("TERM");
    let out = run.finish();
    assert!(ready, "the program never said READY\n{out}");
    assert!(
        !jailed.is_empty(),
        "no jailed process found on the host (by marker, in another pid namespace)\n{out}"
    );
    assert!(
        problems.is_empty(),
        "the jailed processes are not confined:\n  {}\n{out}",
        problems.join("\n  ")
    );
    canaries.assert_not_leaked(&out);
}

fn cgroup_of(pid: &str, controller: &str) -> String {
    fs::read_to_string(format!("/proc/{pid}/cgroup"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let mut fields = l.splitn(3, ':').skip(1);
            fields.next().zip(fields.next())
        })
        .find(|(controllers, _)| controllers.split(',').any(|c| c == controller))
        .map(|(_, path)| path.to_string())
        .unwrap_or_default()
}

/// Runs `source` in a guarded jail with `--report`; returns the report and the run.
fn report_of(who: Who, source: &str) -> (Value, super::Outcome) {
    let dir = HostDir::new();
    let path = dir.join("report.json");
    let out = Jail::code(source)
        .who(who)
        .guarded()
        .opts(["--timeout", "30s", "--report", path.to_str().unwrap()])
        .run();
    out.assert_bounded();
    out.assert_no_panic();
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("no report: {e}\n{out}"));
    (serde_json::from_str(&text).expect("report is JSON"), out)
}

fn watched_paths(report: &Value, list: &str) -> Vec<(String, u64)> {
    report["kernel"]["watched"][list]
        .as_array()
        .unwrap_or_else(|| panic!("no kernel.watched.{list}: {report:#}"))
        .iter()
        .map(|c| {
            let paths = c["paths"].as_array().unwrap();
            let last = paths.last().and_then(Value::as_str).unwrap_or_default();
            (last.to_string(), c["count"].as_u64().unwrap())
        })
        .collect()
}

/// Writes to /etc/cron.d and ~/.bashrc through `open`, `os.open` and libc's `open` through
/// ctypes (after the audit prelude's fd is closed): the kernel shows each to the supervisor,
/// the report names each, and the run is suspicious. The root is read-only: nothing reaches
/// the host (the run is guarded all the same).
pub fn writes_outside_are_recorded_by_the_kernel(who: Who) {
    let tag = random_hex(4);
    let source = format!(
        "import ctypes, os\n\
         home = os.path.expanduser('~/.bashrc')\n\
         def attempt(how, write):\n\
         \x20   for path in (f'/etc/cron.d/pyjail-{tag}-{{how}}', home):\n\
         \x20       try:\n\
         \x20           write(path)\n\
         \x20       except OSError as e:\n\
         \x20           print(how, path, e.errno)\n\
         attempt('open', lambda p: open(p, 'a').write('* * * * * root sh\\n'))\n\
         attempt('os-open', lambda p: os.close(os.open(p, os.O_WRONLY | os.O_CREAT, 0o644)))\n\
         os.closerange(3, 4)\n\
         libc = ctypes.CDLL(None, use_errno=True)\n\
         attempt('ctypes', lambda p: libc.open(p.encode(), os.O_WRONLY | os.O_CREAT, 0o644))\n\
         print('done')\n"
    );
    let (report, out) = report_of(who, &source);
    out.assert_code(0);
    assert!(out.stdout.contains("done"), "{out}");
    let outside = watched_paths(&report, "outside");
    for how in ["open", "os-open", "ctypes"] {
        let path = format!("/etc/cron.d/pyjail-{tag}-{how}");
        assert!(
            outside.contains(&(path.clone(), 1)),
            "{path} is not in the kernel's record: {:#}",
            report["kernel"]["watched"]
        );
        assert!(
            !Path::new(&path).exists(),
            "{path} exists on the host\n{out}"
        );
    }
    assert_eq!(
        watched_paths(&report, "home"),
        [("/work/.bashrc".to_string(), 3)],
        "{:#}",
        report["kernel"]["watched"]
    );
    assert_eq!(report["verdict"], "suspicious", "{:#}", report["reasons"]);
    let reasons = report["reasons"].to_string();
    assert!(
        reasons.contains("the kernel saw 3 attempt(s) to write or change paths outside")
            && reasons.contains("/work/.bashrc ×3, a file that runs code later"),
        "{reasons}"
    );
}

/// Programs started through `_posixsubprocess.fork_exec` and through libc's `execve` raise no
/// audit event: the kernel's record shows both, unaccounted for, and the run is suspicious.
pub fn program_starts_without_events_are_recorded_by_the_kernel(who: Who) {
    let source = "import ctypes, os, sys, _posixsubprocess\n\
        exe = b'/usr/bin/id'\n\
        r, w = os.pipe()\n\
        common = ([exe], [exe], True, (), None, None, -1, -1, -1, -1, -1, -1, r, w, False, False)\n\
        if sys.version_info >= (3, 11):\n\
        \x20   rest = (-1, None, None, None, -1, None, False)\n\
        elif sys.version_info >= (3, 9):\n\
        \x20   rest = (None, None, None, -1, None)\n\
        else:\n\
        \x20   rest = (None,)\n\
        os.waitpid(_posixsubprocess.fork_exec(*common, *rest), 0)\n\
        pid = os.fork()\n\
        if pid == 0:\n\
        \x20   argv = (ctypes.c_char_p * 3)(b'uname', b'-s', None)\n\
        \x20   ctypes.CDLL(None).execve(b'/usr/bin/uname', argv, None)\n\
        \x20   os._exit(3)\n\
        print('child', os.waitpid(pid, 0)[1])\n";
    let (report, out) = report_of(who, source);
    out.assert_code(0);
    assert!(out.stdout.contains("Linux"), "uname did not run\n{out}");
    let watched = &report["kernel"]["watched"];
    let execs = watched["execs"].as_array().unwrap();
    for (path, argv0) in [("/usr/bin/id", "/usr/bin/id"), ("/usr/bin/uname", "uname")] {
        let exec = execs
            .iter()
            .find(|e| e["path"] == path)
            .unwrap_or_else(|| panic!("{path} is not in the kernel's record: {watched:#}"));
        assert_eq!(exec["argv"][0], argv0, "{watched:#}");
        assert!(exec["accounted_by"].is_null(), "{watched:#}");
    }
    let events = report["runtime"]["telemetry"]["events"].as_array().unwrap();
    assert!(
        !events.iter().any(|e| {
            let name = e["event"].as_str().unwrap_or_default();
            ["subprocess.Popen", "os.exec", "os.posix_spawn", "os.system"].contains(&name)
        }),
        "an audit event saw the start: the test no longer tests the blind spot"
    );
    assert_eq!(report["verdict"], "suspicious", "{:#}", report["reasons"]);
    assert!(
        report["reasons"]
            .to_string()
            .contains("2 program start(s) that no audit event accounts for"),
        "{:#}",
        report["reasons"]
    );
}

/// Writing in /work and /tmp (renaming, removing, changing a descriptor's mode, whose path
/// an ordinary user's supervisor reads from a copy of the descriptor) is clean, the kernel's
/// record counts it; a `subprocess.run` is the kernel's record's to judge: the telemetry's
/// account is shown beside it, and the start is the program's.
pub fn ordinary_writes_and_subprocesses_stay_clean(who: Who) {
    let writes = "import os\n\
        open('/work/out.txt', 'w').write('x')\n\
        open('relative.txt', 'w').write('y')\n\
        os.makedirs('/tmp/d/e', exist_ok=True)\n\
        open('/tmp/d/e/f', 'w').write('z')\n\
        os.rename('/tmp/d/e/f', '/tmp/d/g')\n\
        os.remove('/tmp/d/g')\n\
        print(open('/work/out.txt').read())\n";
    let (report, out) = report_of(who, writes);
    out.assert_code(0);
    assert_eq!(report["verdict"], "clean", "{:#}", report["reasons"]);
    let watched = &report["kernel"]["watched"];
    assert_eq!(watched["recorded_by"], "seccomp-user-notification");
    assert!(
        watched["inside_total"].as_u64().unwrap() >= 6,
        "{watched:#}"
    );
    assert_eq!(watched["outside_total"], 0, "{watched:#}");
    assert_eq!(watched["execs_total"], 0, "{watched:#}");

    let (report, out) = report_of(
        who,
        "import os\n\
         fd = os.open('/work/mode.txt', os.O_WRONLY | os.O_CREAT)\n\
         os.fchmod(fd, 0o600)\n\
         os.close(fd)\n",
    );
    out.assert_code(0);
    let watched = &report["kernel"]["watched"];
    assert_eq!(watched["inside_total"], 2, "{watched:#}");
    assert_eq!(watched["unknown_total"], 0, "{watched:#}");

    let (report, out) = report_of(
        who,
        "import subprocess\n\
         open('/work/out.txt', 'w').write('x')\n\
         subprocess.run(['true'], check=True)\n\
         print('ran')\n",
    );
    out.assert_code(0);
    let watched = &report["kernel"]["watched"];
    let execs = watched["execs"].as_array().unwrap();
    assert!(
        execs
            .iter()
            .any(|e| e["path"].as_str().unwrap().ends_with("/true")),
        "{watched:#}"
    );
    assert!(
        execs.iter().all(|e| e["accounted_by"].is_string()),
        "{watched:#}"
    );
    let reasons = report["reasons"].to_string();
    assert!(
        reasons.contains("program start(s) that are no fixed helper")
            && !reasons.contains("no audit event accounts")
            && !reasons.contains("security-relevant audit event"),
        "{reasons}"
    );
}

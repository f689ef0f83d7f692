//! The jail's filesystem: host secrets stay hidden, the host stays unwritten, read-only binds
//! stay read-only. Control runs without the jail prove that the attacks do reach the host.

mod common;

use std::fs;
use std::os::unix::fs::PermissionsExt;

use common::host::{Canaries, HostDir};
use common::scenarios;
use common::{attack, hex, run_bare, Jail, Who};

#[test]
fn canary_secrets_stay_hidden() {
    scenarios::canary_read(Who::Runner);
}

#[test]
fn canary_secrets_stay_hidden_with_the_site_packages_profile() {
    scenarios::canary_read_with(Who::Runner, &["--profile", "site-packages"]);
}

#[test]
fn control_canary_reader_finds_the_canaries_without_a_jail() {
    let canaries = Canaries::plant();
    let out = run_bare(
        &attack("canary_reader.py"),
        &canaries.hex_paths(),
        &[canaries.env()],
        Some(&canaries.files[0]),
    );
    out.assert_finished();
    let opened = out
        .events("open")
        .iter()
        .filter(|r| r["ok"] == true)
        .count();
    assert_eq!(
        opened,
        canaries.files.len(),
        "the canary reader cannot read the canaries even without a jail\n{out}"
    );
    let environ = out
        .event("environ")
        .map(|e| e["data"].to_string())
        .unwrap_or_default();
    assert!(
        environ.contains(&canaries.secret),
        "the canary reader misses the environment canary\n{out}"
    );
    assert!(
        out.events("fd")
            .iter()
            .any(|r| r["data"].as_str().unwrap_or("").contains(&canaries.secret)),
        "the canary reader misses the canary on the inherited fd 9\n{out}"
    );
}

#[test]
fn writes_outside_the_jail_never_reach_the_host() {
    scenarios::write_outside(Who::Runner);
}

#[test]
fn writes_outside_never_reach_the_host_with_the_site_packages_profile() {
    // site-packages is visible there: a .pth file in it would run in every later Python.
    scenarios::write_outside_with(Who::Runner, &["--profile", "site-packages"]);
}

#[test]
fn control_write_attack_reaches_the_host_without_a_jail() {
    let dir = HostDir::new();
    let target = dir.join("escape");
    let out = run_bare(
        &attack("write_outside.py"),
        &[hex(&target.to_string_lossy())],
        &[],
        None,
    );
    // Without a jail, the attack really makes a cgroup (named by its marker): remove it.
    let _ = fs::remove_dir(std::path::Path::new("/sys/fs/cgroup/memory").join(&out.marker));
    out.assert_finished();
    assert!(
        target.exists(),
        "the write attack cannot create a file on the host even without a jail\n{out}"
    );
}

#[test]
fn ro_bind_is_readable_but_not_writable() {
    let dir = HostDir::new();
    let data = dir.join("data.txt");
    fs::write(&data, "bound content\n").unwrap();
    fs::set_permissions(&data, fs::Permissions::from_mode(0o666)).unwrap();
    let program = r#"
import json, os
print(json.dumps({"ev": "start"}), flush=True)
print(json.dumps({"ev": "read", "data": open("/data/data.txt").read()}), flush=True)
for name, action in [
    ("append", lambda: open("/data/data.txt", "a").write("tampered\n")),
    ("create", lambda: open("/data/new.txt", "x").write("new\n")),
    ("unlink", lambda: os.unlink("/data/data.txt")),
]:
    try:
        action()
        print(json.dumps({"ev": "write", "name": name, "ok": True}), flush=True)
    except OSError as e:
        print(json.dumps({"ev": "write", "name": name, "ok": False, "errno": e.errno}), flush=True)
print(json.dumps({"ev": "done"}), flush=True)
"#;
    let out = Jail::code(program)
        .opts(["--timeout", "20s", "--ro-bind"])
        .opts([format!("{}:/data", dir.path.display())])
        .run();
    out.assert_bounded();
    out.assert_finished();
    assert_eq!(
        out.event("read").map(|r| r["data"].clone()),
        Some("bound content\n".into()),
        "the --ro-bind directory is not readable inside the jail\n{out}"
    );
    for rec in out.events("write") {
        assert_eq!(
            rec["ok"], false,
            "a write to the --ro-bind directory succeeded: {rec}\n{out}"
        );
    }
    assert_eq!(
        fs::read_to_string(&data).unwrap(),
        "bound content\n",
        "the host file changed\n{out}"
    );
    assert!(
        !dir.join("new.txt").exists(),
        "a file appeared in the host directory\n{out}"
    );
}

#[test]
fn nothing_persists_from_one_run_to_the_next() {
    let token = common::random_hex(8);
    let first = Jail::attack("leave_traces.py")
        .opts(["--timeout", "20s"])
        .args([&token])
        .run();
    first.assert_bounded();
    first.assert_finished();
    assert!(
        first.events("planted").iter().any(|p| p["ok"] == true),
        "the first run could not write anywhere, so the test proves nothing\n{first}"
    );
    let second = Jail::attack("leave_traces.py")
        .opts(["--timeout", "20s"])
        .args([&token])
        .run();
    second.assert_bounded();
    second.assert_finished();
    let seen = second
        .event("seen")
        .map(|s| s["dirs"].to_string())
        .unwrap_or_default();
    let mut leaked = Vec::new();
    for dir in ["/tmp", "/var/tmp", "/dev/shm", common::CHECKOUT] {
        for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
            if entry.file_name().to_string_lossy().contains(&token) {
                let _ = fs::remove_file(entry.path());
                leaked.push(entry.path());
            }
        }
    }
    assert!(
        leaked.is_empty(),
        "the runs' files landed on the host: {leaked:?}\n{first}"
    );
    assert!(
        !seen.contains(&token),
        "a later run found files an earlier run left in the jail: {seen}\n{second}"
    );
}

/// POSIX shared memory and named semaphores work (multiprocessing's pools, queues, locks and
/// `shared_memory`): /dev/shm leads into /tmp, so they share its size cap, and the kernel's
/// record counts their files as scratch, not as writes outside. As root and as an ordinary
/// user (without a cgroup there, where /tmp's cap is all that bounds them).
fn shared_memory(who: Who) {
    let dir = HostDir::new();
    let report = dir.join("report.json");
    let program = r#"
import multiprocessing as mp, os
from multiprocessing import shared_memory

def square(x):
    return x * x

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(square, range(5)))
    queue = mp.Queue()
    queue.put("queued")
    print(queue.get())
    with mp.Lock():
        print("locked")
    shm = shared_memory.SharedMemory(create=True, size=64, name="pyjail_test")
    shm.buf[:2] = b"ok"
    print(bytes(shm.buf[:2]).decode(), os.path.exists("/tmp/pyjail_test"))
    shm.close()
    shm.unlink()
"#;
    let out = Jail::code(program)
        .who(who)
        .opts(["--report", report.to_str().unwrap()])
        .run();
    out.assert_code(0);
    assert_eq!(
        out.stdout, "[0, 1, 4, 9, 16]\nqueued\nlocked\nok True\n",
        "{out}"
    );
    let report: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&report).unwrap()).unwrap();
    let watched = &report["kernel"]["watched"];
    assert_eq!(watched["outside_total"], 0, "{watched:#}");
}

#[test]
fn shared_memory_and_semaphores_work_in_tmp() {
    shared_memory(Who::Runner);
    shared_memory(Who::TestUser);
}

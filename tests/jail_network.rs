//! No network out of the jail: host listeners on every address and host unix sockets stay
//! unreached, while the jail's own loopback works. A control run without the jail proves the
//! attack reaches them.

mod common;

use std::time::Duration;

use common::host::Trap;
use common::scenarios;
use common::{attack, run_bare, Jail, Who};

#[test]
fn host_listeners_stay_unreachable() {
    scenarios::network(Who::Runner);
}

#[test]
fn control_network_attack_reaches_the_host_without_a_jail() {
    let trap = Trap::tcp("127.0.0.1".parse().unwrap()).expect("TCP trap");
    let out = run_bare(
        &attack("net_connect.py"),
        std::slice::from_ref(&trap.spec),
        &[],
        None,
    );
    out.assert_finished();
    assert!(
        !trap.hits().is_empty(),
        "the network attack cannot reach a host listener even without a jail\n{out}"
    );
}

/// Two jails at the same time (two tenants): the second cannot connect to the first's TCP or
/// abstract unix listener, read its /tmp, or see and kill its processes.
/// (This binary has no exclusive runs: the first run holds the shared run lock while the
/// second starts, which an exclusive run waiting in between would deadlock.)
#[test]
fn concurrent_jails_cannot_reach_each_other() {
    let port = 20000 + u16::from_str_radix(&common::random_hex(2), 16).unwrap() % 40000;
    let name = format!("pyjail-test-{}", common::random_hex(6));
    let mut first = Jail::attack("neighbour.py")
        .opts(["--timeout", "30s"])
        .args([
            "host".to_string(),
            port.to_string(),
            name.clone(),
            "4".to_string(),
        ])
        .spawn();
    let ready = first.wait_for_stdout("READY", Duration::from_secs(20));
    let second = Jail::attack("neighbour.py")
        .opts(["--timeout", "20s"])
        .args(["visitor".to_string(), port.to_string(), name.clone()])
        .run();
    let first = first.finish();
    // Without a jail the first run writes its file into the host's /tmp.
    let _ = std::fs::remove_file(std::path::Path::new("/tmp").join(&name));
    assert!(ready, "the first jail never got ready\n{first}");
    first.assert_bounded();
    first.assert_finished();
    second.assert_bounded();
    second.assert_finished();
    assert!(
        first
            .events("listening")
            .iter()
            .any(|l| l.get("errno").is_none()),
        "the first jail could not listen at all, so the test proves nothing\n{first}"
    );
    assert!(
        first.events("visited").is_empty(),
        "the second jail connected to the first one's listener\n{first}\n{second}"
    );
    for rec in second.events("reach") {
        assert_eq!(
            rec["ok"], false,
            "the second jail reached the first: {rec}\n{second}"
        );
    }
    assert_eq!(
        second.event("neighbours").map(|n| n["pids"].clone()),
        Some(serde_json::json!([])),
        "the second jail sees the first one's processes\n{second}"
    );
    assert_eq!(
        second.event("file").map(|f| f["ok"].clone()),
        Some(false.into()),
        "the second jail read the first one's /tmp\n{second}"
    );
    first.assert_code(0);
}

/// Who owns the jail's network namespace, seen from inside: `NS_GET_USERNS` on it answers
/// EPERM when its owner is outside the jail's reach (the supervisor made it ahead, as root
/// can), or the jail's own user namespace when the jail made it (an unprivileged caller).
/// Either way the jail cannot reconfigure it: bringing loopback down is refused.
const NETWORK_OWNER: &str = r#"
import errno, fcntl, os, socket, struct
NS_GET_USERNS = 0xB701
fd = os.open("/proc/self/ns/net", os.O_RDONLY)
try:
    owner = fcntl.ioctl(fd, NS_GET_USERNS)
    print("owner", "own" if os.fstat(owner).st_ino == os.stat("/proc/self/ns/user").st_ino else "other")
except OSError as e:
    print("owner", errno.errorcode[e.errno])
s = socket.socket()
req = struct.pack("16sh", b"lo", 0)
try:
    fcntl.ioctl(s, 0x8914, req)  # SIOCSIFFLAGS, flags 0: down
    print("lo down: done")
except OSError as e:
    print("lo down:", errno.errorcode[e.errno])
"#;

#[test]
fn the_network_namespace_is_out_of_the_jails_reach() {
    for who in [Who::Runner, Who::TestUser] {
        let out = Jail::code(NETWORK_OWNER).who(who).run();
        assert_eq!(out.code, Some(0), "{who:?}\n{out}");
        let expected = if who.unprivileged() {
            "owner own"
        } else {
            "owner EPERM"
        };
        assert!(
            out.stdout.contains(expected),
            "{who:?}: expected {expected}\n{out}"
        );
        assert!(out.stdout.contains("lo down: EPERM"), "{who:?}\n{out}");
    }
}

//! The kernel's attack surface: every dangerous call fails with EPERM inside the jail (x32 and
//! i386 calls are refused, clone3 may answer ENOSYS so that libc falls back to clone, where
//! the namespace flags are filtered), and no terminal reaches the program.

mod common;

use std::time::Duration;

use serde_json::Value;

use common::{attack, run_bare, Jail, Outcome};

const EPERM: i64 = 1;
const ENOSYS: i64 = 38;
const SIGSYS: i64 = 31;

/// How a probe may be refused: always EPERM, with two documented exceptions.
fn refused(name: &str, rec: &Value) -> bool {
    let errno = rec["errno"].as_i64();
    let killed_by_seccomp = rec["result"] == "signal" && rec["signal"] == SIGSYS;
    match name {
        // A filter cannot see clone3's flags (they sit behind a pointer): ENOSYS makes libc
        // fall back to clone, whose flags it can check.
        "clone3-newuser" => errno == Some(EPERM) || errno == Some(ENOSYS),
        // Foreign system-call ABIs: refused by the filter (EPERM or a seccomp kill), never
        // passed to the kernel (which would answer ENOSYS for x32 here, a pid for i386).
        n if n.starts_with("x32-") || n.starts_with("i386-") => {
            errno == Some(EPERM) || killed_by_seccomp
        }
        _ => rec["result"] == "errno" && errno == Some(EPERM),
    }
}

fn probes(out: &Outcome) -> Vec<(String, Value)> {
    out.events("call")
        .into_iter()
        .map(|r| (r["name"].as_str().unwrap_or("?").to_string(), r))
        .collect()
}

#[test]
fn dangerous_system_calls_fail_with_eperm() {
    let out = Jail::attack("kernel_surface.py")
        .opts(["--timeout", "30s"])
        .bound(Duration::from_secs(90))
        .run();
    out.assert_bounded();
    out.assert_finished();
    let probes = probes(&out);
    assert!(
        probes.len() >= 50,
        "too few probes ran ({})\n{out}",
        probes.len()
    );
    let through: Vec<String> = probes
        .iter()
        .filter(|(name, rec)| !refused(name, rec))
        .map(|(name, rec)| format!("{name}: {rec}"))
        .collect();
    assert!(
        through.is_empty(),
        "these calls were not refused with EPERM inside the jail:\n  {}\n{out}",
        through.join("\n  ")
    );
}

#[test]
fn control_kernel_probes_get_through_without_a_jail() {
    // Without a filter these calls succeed or fail with other errors: the jailed test's EPERM
    // can only come from the jail.
    let out = run_bare(&attack("kernel_surface.py"), &[], &[], None);
    out.assert_finished();
    let probes = probes(&out);
    for name in [
        "unshare-user",
        "clone-newuser",
        "keyctl",
        "io_uring_setup",
        "userfaultfd",
        "process_vm_readv",
        "ptrace-attach",
        "tiocsti-syscall64-fd0",
        "x32-getpid",
        "i386-getpid",
        "socket-vsock",
        "pidfd_getfd",
    ] {
        let (_, rec) = probes
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("probe {name} missing\n{out}"));
        assert!(
            !refused(name, rec),
            "without a jail, {name} is already refused ({rec}): the probe cannot tell a jail apart\n{out}"
        );
    }
}

#[test]
fn no_terminal_reaches_the_program() {
    let out = Jail::attack("tty_probe.py")
        .in_tty()
        .opts(["--timeout", "20s"])
        .run();
    out.assert_bounded();
    out.assert_finished();
    for rec in out.events("isatty") {
        assert_eq!(
            rec["tty"], false,
            "the caller's terminal reached the program: {rec}\n{out}"
        );
    }
    assert_eq!(
        out.event("dev-tty").map(|r| r["ok"].clone()),
        Some(false.into()),
        "/dev/tty opened inside the jail: the program has a controlling terminal\n{out}"
    );
    for rec in out.events("tiocsti") {
        assert_eq!(
            rec["ok"], false,
            "TIOCSTI worked inside the jail: {rec}\n{out}"
        );
    }
}

#[test]
fn control_tty_probe_sees_the_terminal_without_a_jail() {
    let program = attack("tty_probe.py");
    let out = std::process::Command::new("script")
        .args([
            "-qefc",
            &format!("timeout 30 python3 {} marker", program.display()),
            "/dev/null",
        ])
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run script");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("\"fd\": 0, \"tty\": true"),
        "the tty probe does not see the terminal `script` gives it, so its jailed test proves nothing:\n{stdout}"
    );
}

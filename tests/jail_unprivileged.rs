//! The key attacks again, as the unprivileged user `pyjail-test` when the tests run as root
//! (`scripts/test-deps` creates it; its absence fails the tests), or as the runner itself when
//! it is not root. Runs use /usr/bin/python3 and `--allow-degraded cgroup`: an ordinary user
//! cannot write this machine's v1 cgroups, and without that flag pyjail must refuse.

mod common;

use std::process::Command;

use common::scenarios;
use common::{is_root, test_user, Jail, Who};

#[test]
fn test_user_exists_when_root() {
    if is_root() {
        assert!(test_user().is_some());
    }
}

#[test]
fn unprivileged_canary_secrets_stay_hidden() {
    scenarios::canary_read(Who::TestUser);
}

#[test]
fn unprivileged_writes_outside_never_reach_the_host() {
    scenarios::write_outside(Who::TestUser);
}

#[test]
fn unprivileged_host_listeners_stay_unreachable() {
    scenarios::network(Who::TestUser);
}

#[test]
fn unprivileged_host_processes_cannot_be_killed() {
    scenarios::kill_host(Who::TestUser);
}

#[test]
fn unprivileged_fork_bomb_is_contained() {
    scenarios::fork_bomb(Who::TestUser);
}

#[test]
fn unprivileged_jailed_process_is_confined() {
    scenarios::confinement_seen_from_the_host(Who::TestUser);
}

/// Whether the account pyjail runs as can create a cgroup under its own memory cgroup.
fn can_write_own_cgroup() -> bool {
    let probe = "p=/sys/fs/cgroup/memory$(awk -F: '$2 ~ /(^|,)memory(,|$)/ {print $3}' /proc/self/cgroup); test -w \"$p\"";
    let mut cmd = match test_user() {
        Some(u) => {
            let mut c = u.command("sh");
            c.args(["-c", probe]);
            c
        }
        None => {
            let mut c = Command::new("sh");
            c.args(["-c", probe]);
            c
        }
    };
    cmd.status().map(|s| s.success()).unwrap_or(false)
}

#[test]
fn unprivileged_run_without_cgroups_fails_closed() {
    if can_write_own_cgroup() {
        eprintln!("this account can write its cgroup: nothing to refuse, the limits are enforced");
        return;
    }
    let out = Jail::code("print('JAILED-PROGRAM-RAN')")
        .who(Who::TestUser)
        .without_degrade()
        .opts(["--timeout", "20s"])
        .run();
    out.assert_bounded();
    out.assert_no_panic();
    out.assert_code(125);
    assert!(
        !out.stdout.contains("JAILED-PROGRAM-RAN"),
        "the program ran without its cgroup limits and without --allow-degraded\n{out}"
    );
    assert!(
        out.summary_mentions(&["cgroup"]),
        "the refusal does not name the missing cgroup\n{out}"
    );
}

#[test]
fn unprivileged_writes_outside_are_recorded_by_the_kernel() {
    scenarios::writes_outside_are_recorded_by_the_kernel(Who::TestUser);
}

#[test]
fn unprivileged_program_starts_without_events_are_recorded_by_the_kernel() {
    scenarios::program_starts_without_events_are_recorded_by_the_kernel(Who::TestUser);
}

#[test]
fn unprivileged_ordinary_writes_and_subprocesses_stay_clean() {
    scenarios::ordinary_writes_and_subprocesses_stay_clean(Who::TestUser);
}

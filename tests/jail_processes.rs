//! Host processes stay out of reach, the jailed process is unprivileged and confined as the
//! host sees it, and a shell started inside is just as jailed.

mod common;

use std::time::Duration;

use common::host::{Canaries, Trap};
use common::scenarios;
use common::{attack, run_bare, Jail, Who};

#[test]
fn host_processes_cannot_be_seen_or_killed() {
    scenarios::kill_host(Who::Runner);
}

#[test]
fn jailed_process_is_unprivileged_and_confined() {
    scenarios::confinement_seen_from_the_host(Who::Runner);
}

#[test]
fn a_shell_started_inside_is_jailed_too() {
    let canaries = Canaries::plant();
    let trap = Trap::tcp("127.0.0.1".parse().unwrap()).expect("TCP trap");
    let port = trap.spec.rsplit(':').next().unwrap().to_string();
    let mut args = canaries.hex_paths();
    args.extend(["--".to_string(), port]);
    let (key, secret) = canaries.env();
    let out = Jail::attack("shell_escape.py")
        .opts(["--timeout", "30s"])
        .args(args)
        .env(&key, &secret)
        .bound(Duration::from_secs(90))
        .run();
    out.assert_bounded();
    out.assert_finished();
    canaries.assert_not_leaked(&out);
    let hits = trap.hits();
    assert!(
        hits.is_empty(),
        "a shell inside the jail reached the host listener: {hits:?}\n{out}"
    );
    eprintln!(
        "shells inside the jail: {:?}",
        out.events("shell")
            .iter()
            .map(|s| format!("{}: ran={}", s["name"], s["ran"]))
            .collect::<Vec<_>>()
    );
}

#[test]
fn control_shell_attack_reads_canaries_without_a_jail() {
    let canaries = Canaries::plant();
    let out = run_bare(&attack("shell_escape.py"), &canaries.hex_paths(), &[], None);
    out.assert_finished();
    assert!(
        out.stdout.contains(&canaries.secret),
        "a shell started by the attack cannot read the canaries even without a jail\n{out}"
    );
}

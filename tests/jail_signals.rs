//! Signals to pyjail itself: SIGTERM and SIGINT end a run promptly and leave nothing behind;
//! after SIGKILL (no chance to clean up) at least no jailed process survives it.

mod common;

use std::time::{Duration, Instant};

use common::host;
use common::Jail;

fn stop_with(signal: &str) {
    let mut run = Jail::attack("sleep_forever.py")
        .exclusive()
        .opts(["--timeout", "60s"])
        .bound(Duration::from_secs(30))
        .spawn();
    let ready = run.wait_for_stdout("READY", Duration::from_secs(20));
    let sent = Instant::now();
    run.signal(signal);
    let out = run.finish();
    assert!(ready, "the program never said READY\n{out}");
    out.assert_bounded();
    assert!(
        sent.elapsed() < Duration::from_secs(5),
        "pyjail took {:?} to end after SIG{signal}\n{out}",
        sent.elapsed()
    );
    assert_ne!(
        out.code,
        Some(0),
        "pyjail reported success after SIG{signal}\n{out}"
    );
    out.assert_no_panic();
    host::assert_nothing_left(&out);
}

/// A jailed program stopped and continued from the host (job control, a debugger, a freezer)
/// carries on: the kernel resumes its timed wait through `restart_syscall`, which every
/// filter allows, and nothing is refused.
#[test]
fn a_stopped_and_continued_program_carries_on() {
    let program = "import os, select\nr, w = os.pipe()\npoll = select.poll()\npoll.register(r)\n\
                   print('READY', flush=True)\nprint(poll.poll(1500))\nprint('done')\n";
    let mut run = Jail::code(program).bound(Duration::from_secs(30)).spawn();
    let ready = run.wait_for_stdout("READY", Duration::from_secs(20));
    std::thread::sleep(Duration::from_millis(200));
    let jailed = run.jailed_pids();
    for signal in [libc::SIGSTOP, libc::SIGCONT] {
        for pid in &jailed {
            // SAFETY: a plain kill of this run's own jailed processes.
            unsafe { libc::kill(*pid as i32, signal) };
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let out = run.finish();
    assert!(ready, "the program never said READY\n{out}");
    assert!(!jailed.is_empty(), "no jailed process to stop\n{out}");
    out.assert_code(0);
    assert!(out.stdout.ends_with("[]\ndone\n"), "{out}");
    assert!(!out.stderr.contains("denied"), "{out}");
}

#[test]
fn sigterm_ends_the_run_and_leaves_nothing() {
    stop_with("TERM");
}

#[test]
fn sigint_ends_the_run_and_leaves_nothing() {
    stop_with("INT");
}

#[test]
fn jailed_processes_do_not_outlive_a_killed_pyjail() {
    let mut run = Jail::attack("sleep_forever.py")
        .exclusive()
        .opts(["--timeout", "60s"])
        .bound(Duration::from_secs(30))
        .spawn();
    let ready = run.wait_for_stdout("READY", Duration::from_secs(20));
    let marker = run.marker.clone();
    run.signal("KILL");
    let out = run.finish();
    assert!(ready, "the program never said READY\n{out}");
    let deadline = Instant::now() + Duration::from_secs(3);
    let mut left = host::marker_pids(&marker);
    while !left.is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
        left = host::marker_pids(&marker);
    }
    host::kill_marker_processes(&marker);
    std::thread::sleep(Duration::from_millis(200));
    host::remove_new_pyjail_cgroups(&out);
    assert!(
        left.is_empty(),
        "jailed processes {left:?} kept running after pyjail was killed with SIGKILL: the \
         jail escapes its own timeout\n{out}"
    );
}

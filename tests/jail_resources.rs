//! Resource attacks: each ends within its limit (plus a margin), with the expected exit code,
//! a summary that names the limit, the host responsive, and nothing left behind.

mod common;

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use common::host::{self, HostDir};
use common::scenarios;
use common::{hex, Jail, Who, CHECKOUT};

const EFBIG: i64 = 27;
const ENOSPC: i64 = 28;
const EMFILE: i64 = 24;
const EDQUOT: i64 = 122;
const EPERM: i64 = 1;

#[test]
fn fork_bomb_stops_at_the_pids_limit() {
    scenarios::fork_bomb(Who::Runner);
}

#[test]
fn exponential_fork_bomb_is_contained_and_the_host_stays_responsive() {
    let mut run = Jail::attack("fork_bomb_exp.py")
        .sentinel_in_guard()
        .exclusive()
        .opts(["--pids", "16", "--timeout", "10s"])
        .args(["10", "2"])
        .bound(Duration::from_secs(60))
        .spawn();
    run.wait_for_stdout("\"bomb\"", Duration::from_secs(10));
    let slowest = (0..3)
        .map(|_| {
            let latency = host::host_fork_latency();
            std::thread::sleep(Duration::from_millis(100));
            latency
        })
        .max()
        .unwrap();
    let out = run.finish();
    out.assert_bounded();
    out.assert_started();
    assert!(
        slowest < Duration::from_secs(2),
        "the host took {slowest:?} to run /bin/true during the fork bomb\n{out}"
    );
    assert!(
        out.elapsed < Duration::from_secs(13),
        "the fork bomb outlived its 10 s timeout ({:?})\n{out}",
        out.elapsed
    );
    out.assert_summary_mentions("pids", &["pids", "process"]);
    assert!(
        out.stderr.contains("GUARD-SENTINEL-ALIVE"),
        "the sentinel beside pyjail died during the fork bomb\n{out}"
    );
    host::assert_nothing_left(&out);
}

#[test]
fn memory_bomb_is_stopped_by_the_memory_limit() {
    let out = Jail::attack("memory_bomb.py")
        .exclusive()
        .opts(["--memory", "64MiB", "--timeout", "20s"])
        .args([2048])
        .run();
    out.assert_bounded();
    out.assert_started();
    assert!(
        out.event("allocated").is_none(),
        "the program allocated 2 GiB under a 64 MiB memory limit\n{out}"
    );
    let reached = out
        .events("progress")
        .iter()
        .filter_map(|p| p["mib"].as_u64())
        .max()
        .unwrap_or(0);
    assert!(
        reached <= 64,
        "the program held {reached} MiB under a 64 MiB memory limit\n{out}"
    );
    assert_ne!(out.code, Some(0), "the memory bomb exited 0\n{out}");
    assert!(
        out.elapsed < Duration::from_secs(20),
        "the memory bomb was only stopped by the timeout\n{out}"
    );
    out.assert_summary_mentions("memory", &["memory", "oom"]);
    host::assert_nothing_left(&out);
}

/// Jail-wide memory and CPU limits need cgroups. These tests do not accept the degradation: an
/// account without writable cgroups (an unprivileged runner here) must see pyjail refuse (fail
/// closed, naming the cgroup), never run with per-process limits in their place.
fn refused_without_cgroups(out: &common::Outcome) -> bool {
    if out.code != Some(125) {
        return false;
    }
    assert!(
        common::Who::Runner.unprivileged() && out.summary_mentions(&["cgroup"]),
        "pyjail refused a run that needs cgroups without naming them (or as root)\n{out}"
    );
    eprintln!("no cgroups for this account: pyjail refused, as it must without --allow-degraded");
    true
}

#[test]
fn memory_limit_holds_for_the_jail_as_a_whole() {
    // 8 children of 48 MiB each: a per-process address-space limit lets them all hold 384 MiB.
    let out = Jail::attack("memory_split.py")
        .exclusive()
        .without_degrade()
        .opts(["--memory", "128MiB", "--timeout", "20s"])
        .args([8, 48])
        .run();
    if refused_without_cgroups(&out) {
        return;
    }
    out.assert_bounded();
    out.assert_started();
    // Children that live to the end held their share at the same time (they are forked
    // within milliseconds and each sleeps 3 s holding it): at most 2 fit in 128 MiB.
    // Counting "holding" lines would not do: the OOM killer may pick a child after it printed.
    // A killed parent (no "done") is the limit holding too; the summary must say so.
    if let Some(done) = out.event("done") {
        let survivors = done["children_ok"].as_u64().unwrap_or(u64::MAX);
        assert!(
            survivors <= 2,
            "{survivors} processes held 48 MiB each at the same time under a 128 MiB limit: \
             the memory limit is per process, not per jail\n{out}"
        );
    }
    out.assert_summary_mentions("memory", &["memory", "oom"]);
    host::assert_nothing_left(&out);
}

/// A busy loop under a 1 s CPU limit: stopped within a few seconds, killed by a signal.
fn cpu_loop(mode: &str) {
    let out = Jail::attack("cpu_loop.py")
        .exclusive()
        .opts(["--cpu", "1s", "--timeout", "20s"])
        .args([mode])
        .run();
    out.assert_bounded();
    out.assert_started();
    assert!(
        out.elapsed < Duration::from_secs(5),
        "a 1 s CPU limit took {:?} to stop a {mode} busy loop\n{out}",
        out.elapsed
    );
    assert!(
        out.code.is_some_and(|c| c >= 128),
        "the busy loop was not killed by a signal\n{out}"
    );
    out.assert_summary_mentions("cpu", &["cpu"]);
    host::assert_nothing_left(&out);
}

#[test]
fn cpu_loop_is_stopped_by_the_cpu_limit() {
    cpu_loop("plain");
}

#[test]
fn cpu_limit_holds_when_sigxcpu_is_ignored_and_the_soft_limit_raised() {
    cpu_loop("defiant");
}

#[test]
fn cpu_limit_holds_for_the_jail_as_a_whole() {
    // Three spinning processes: a per-process RLIMIT_CPU lets them burn three times the limit.
    let out = Jail::attack("cpu_spread.py")
        .exclusive()
        .without_degrade()
        .opts(["--cpu", "1s", "--timeout", "8s"])
        .args([3])
        .run();
    if refused_without_cgroups(&out) {
        return;
    }
    out.assert_bounded();
    out.assert_started();
    let total = out
        .events("cpu")
        .iter()
        .filter_map(|c| c["total"].as_f64())
        .fold(0.0, f64::max);
    assert!(
        total <= 2.0,
        "the jail's processes used {total:.2} s of CPU together under a 1 s CPU limit: the \
         limit is per process, not per jail\n{out}"
    );
    out.assert_summary_mentions("cpu", &["cpu"]);
    host::assert_nothing_left(&out);
}

/// Runs `jail` (with `--json`) until its limit kills it: the CPU time its result gives, and
/// its output; None where this account gets no cgroup (pyjail refuses, as it must).
fn cpu_ms_of_killed(jail: Jail) -> Option<(f64, common::Outcome)> {
    let out = jail.run();
    if refused_without_cgroups(&out) {
        return None;
    }
    out.assert_bounded();
    let result: serde_json::Value =
        serde_json::from_str(out.stderr.lines().last().unwrap_or("")).unwrap_or_default();
    Some((result["cpu_ms"].as_f64().unwrap_or(0.0), out))
}

/// A jail killed at its limit (pid 1 with it, so it reports no times) counts the CPU its
/// program used: the cgroup's account, not pid 1's own few milliseconds.
#[test]
fn a_killed_jails_cpu_time_is_counted() {
    for limit in ["--timeout", "--cpu"] {
        let jail = Jail::code("while True: pass")
            .exclusive()
            .opts([limit, "1s", "--json"]);
        let Some((cpu_ms, out)) = cpu_ms_of_killed(jail) else {
            return;
        };
        assert!(
            cpu_ms > 100.0,
            "{limit} 1s: a busy loop killed at its limit is said to have used {cpu_ms} ms of CPU\n{out}"
        );
    }
}

/// A jail killed while its program sleeps counts the little CPU it used as it ran, not in
/// whole scheduler ticks (cgroup v1's user and system counts are ticks: a light job read
/// 0.0 ms, and every job a multiple of 4 ms). Two runs, so that a precise figure that
/// happens to be a whole number of milliseconds cannot fail the test.
#[test]
fn a_killed_sleeping_jails_cpu_time_is_counted_as_it_ran() {
    let mut figures = Vec::new();
    for _ in 0..2 {
        let jail = Jail::code("import time\ntime.sleep(30)").opts(["--timeout", "300ms", "--json"]);
        let Some((cpu_ms, out)) = cpu_ms_of_killed(jail) else {
            return;
        };
        assert!(
            cpu_ms > 0.0 && cpu_ms < 300.0,
            "a sleeping program killed after 300 ms is said to have used {cpu_ms} ms of CPU\n{out}"
        );
        figures.push(cpu_ms);
    }
    assert!(
        figures.iter().any(|ms| ms.fract() != 0.0),
        "CPU time counted in whole milliseconds (ticks?): {figures:?}"
    );
}

/// A program that never ends, under a 1 s timeout: ended after 1 s (plus a margin).
fn timeout_ends(mode: &str) {
    let out = Jail::attack("sleep_forever.py")
        .exclusive()
        .opts(["--timeout", "1s"])
        .args([mode])
        .run();
    out.assert_bounded();
    out.assert_started();
    assert!(
        out.elapsed >= Duration::from_millis(900) && out.elapsed < Duration::from_secs(4),
        "a 1 s timeout ended a {mode} sleeper after {:?}\n{out}",
        out.elapsed
    );
    assert!(
        out.code.is_some_and(|c| c >= 128),
        "the timed-out program was not reported as killed by a signal\n{out}"
    );
    out.assert_summary_mentions("timeout", &["timeout", "time limit", "timed out", "wall"]);
    host::assert_nothing_left(&out);
}

#[test]
fn sleep_forever_is_ended_by_the_timeout() {
    timeout_ends("plain");
}

#[test]
fn timeout_ends_a_program_that_ignores_signals() {
    timeout_ends("defiant");
}

#[test]
fn timeout_ends_a_stopped_program() {
    timeout_ends("stopped");
}

#[test]
fn timeout_holds_while_nobody_reads_pyjails_output() {
    // The caller stops reading: pyjail blocks on its own full stdout. The jail must still be
    // killed at its 2 s timeout; pyjail itself may wait for the caller to read what it holds.
    let mut run = Jail::attack("output_flood.py")
        .exclusive()
        .stdout_unread()
        .opts(["--output-limit", "512MiB", "--timeout", "2s"])
        .args(["stdout", &(1u64 << 30).to_string()])
        .bound(Duration::from_secs(60))
        .spawn();
    std::thread::sleep(Duration::from_secs(5));
    let alive = run.jailed_pids();
    run.read_stdout_now();
    let resumed = Instant::now();
    let out = run.finish();
    assert!(
        alive.is_empty(),
        "jailed processes {alive:?} still ran 3 s after a 2 s timeout while pyjail's output \
         was not being read\n{out}"
    );
    out.assert_bounded();
    assert!(
        resumed.elapsed() < Duration::from_secs(5),
        "pyjail took {:?} to end once its output was read again\n{out}",
        resumed.elapsed()
    );
    out.assert_summary_mentions("timeout", &["timeout", "time limit", "timed out", "wall"]);
    host::assert_nothing_left(&out);
}

#[test]
fn rlimits_cannot_be_raised_from_inside() {
    let out = Jail::attack("rlimit_raise.py")
        .opts(["--timeout", "20s"])
        .run();
    out.assert_bounded();
    out.assert_finished();
    let mut problems = Vec::new();
    for rec in out.events("rlimit") {
        if rec["raised_hard"] == true {
            problems.push(format!("hard limit raised: {rec}"));
        }
        if rec["name"] == "CORE" && rec["hard"] != 0 {
            problems.push(format!("core dumps can be switched back on: {rec}"));
        }
    }
    assert!(
        problems.is_empty(),
        "resource limits can be lifted from inside the jail:\n  {}\n{out}",
        problems.join("\n  ")
    );
}

#[test]
fn flood_of_denied_calls_keeps_pyjail_small_and_on_time() {
    let out = Jail::attack("denied_flood.py")
        .exclusive()
        .opts(["--timeout", "60s"])
        .args([100_000])
        .bound(Duration::from_secs(120))
        .run();
    out.assert_bounded();
    out.assert_finished();
    let flood = out.event("flood").expect("flood record");
    assert_eq!(
        flood["errno"], EPERM,
        "the flooded call was not refused with EPERM\n{out}"
    );
    let peak = out.peak_rss_kib.expect("pyjail's peak memory");
    assert!(
        peak < 64 << 10,
        "pyjail grew to {peak} KiB under a flood of 100,000 denied calls\n{out}"
    );
    host::assert_nothing_left(&out);
    eprintln!(
        "denied-call flood: 100000 calls in {} s, pyjail peak RSS {peak} KiB",
        flood["seconds"]
    );
}

fn output_flood(stream: &str) {
    let out = Jail::attack("output_flood.py")
        .exclusive()
        .opts(["--output-limit", "64KiB", "--timeout", "30s"])
        .args([stream, &(1u64 << 30).to_string()])
        .bound(Duration::from_secs(90))
        .run();
    out.assert_bounded();
    let (len, slack) = match stream {
        "stdout" => (out.stdout_len, 4096),
        _ => (out.stderr_len, 8192), // pyjail's own summary shares stderr
    };
    let text = if stream == "stdout" {
        &out.stdout
    } else {
        &out.stderr
    };
    assert!(
        text.contains("AAAAAAAAAAAAAAAA"),
        "nothing of the flood came through on {stream}: did the program run?\n{out}"
    );
    assert!(
        len <= (64 << 10) + slack,
        "{len} bytes of {stream} passed a 64 KiB output limit\n{out}"
    );
    let peak = out.peak_rss_kib.expect("pyjail's peak memory");
    assert!(
        peak < 64 << 10,
        "pyjail grew to {peak} KiB while the program flooded 1 GiB of {stream}\n{out}"
    );
    assert!(
        out.elapsed < Duration::from_secs(30),
        "the flood ran into the timeout\n{out}"
    );
    out.assert_summary_mentions("output", &["output"]);
    host::assert_nothing_left(&out);
    eprintln!(
        "output flood on {stream}: pyjail peak RSS {peak} KiB, {:?}",
        out.elapsed
    );
}

#[test]
fn output_flood_on_stdout_is_capped() {
    output_flood("stdout");
}

#[test]
fn output_flood_on_stderr_is_capped() {
    output_flood("stderr");
}

/// Fills `dir` (inside the jail) with 1 MiB files; it must stop well before 1 GiB, and nothing
/// may land on the host under `host_twin` (where the files would be without a jail).
fn disk_fill(dir: &str, host_twin: &Path) {
    let out = Jail::attack("disk_fill.py")
        .exclusive()
        .opts(["--timeout", "30s"])
        .args([dir, "many-files", "1024"])
        .bound(Duration::from_secs(90))
        .run();
    let landed = host_twin.exists();
    if landed {
        let _ = fs::remove_dir_all(host_twin);
    }
    out.assert_bounded();
    out.assert_started();
    assert!(
        !landed,
        "the disk fill wrote to the host's {}\n{out}",
        host_twin.display()
    );
    match out.event("filled") {
        Some(filled) => {
            let errno = filled["errno"].as_i64();
            assert!(
                errno.is_some_and(|e| [ENOSPC, EFBIG, EDQUOT].contains(&e)),
                "the disk fill of {dir} was not stopped by a full or capped file system: {filled}\n{out}"
            );
        }
        None => assert!(
            out.code.is_some_and(|c| c >= 128),
            "the disk fill neither finished nor was killed\n{out}"
        ),
    }
    assert!(
        out.elapsed < Duration::from_secs(30),
        "the disk fill ran into the timeout\n{out}"
    );
    host::assert_nothing_left(&out);
}

#[test]
fn disk_fill_of_tmp_is_capped() {
    let name = format!("pyjail-test-fill-{}", common::random_hex(6));
    disk_fill(&format!("/tmp/{name}"), &Path::new("/tmp").join(&name));
}

#[test]
fn disk_fill_of_the_working_directory_is_capped() {
    let name = format!("pyjail-test-fill-{}", common::random_hex(6));
    disk_fill(&name, &Path::new(CHECKOUT).join(&name));
}

#[test]
fn one_growing_file_is_stopped_by_the_file_size_limit() {
    let name = format!("pyjail-test-fill-{}", common::random_hex(6));
    let host_twin = Path::new("/tmp").join(&name);
    let out = Jail::attack("disk_fill.py")
        .exclusive()
        .opts(["--file-size", "4MiB", "--timeout", "30s"])
        .args([format!("/tmp/{name}"), "one-file".into(), "256".into()])
        .run();
    let landed = host_twin.exists();
    let _ = fs::remove_dir_all(&host_twin);
    assert!(
        !landed,
        "the growing file landed on the host's {}\n{out}",
        host_twin.display()
    );
    out.assert_bounded();
    out.assert_started();
    if let Some(filled) = out.event("filled") {
        let bytes = filled["bytes"].as_u64().unwrap_or(u64::MAX);
        assert!(
            bytes <= 4 << 20 && filled["errno"].as_i64().is_some(),
            "one file grew to {bytes} bytes past a 4 MiB file-size limit: {filled}\n{out}"
        );
    } else {
        assert_eq!(
            out.code,
            Some(128 + 25),
            "the growing file was neither refused nor stopped by SIGXFSZ\n{out}"
        );
        out.assert_summary_mentions("file-size", &["file size", "file-size", "fsize", "xfsz"]);
    }
    host::assert_nothing_left(&out);
}

#[test]
fn fd_exhaustion_hits_the_open_files_limit() {
    let out = Jail::attack("fd_exhaust.py")
        .exclusive()
        .opts(["--timeout", "20s"])
        .args([200000])
        .run();
    out.assert_bounded();
    out.assert_finished();
    let fds = out.event("fds").expect("fds record");
    let n = fds["n"].as_u64().unwrap_or(u64::MAX);
    assert_eq!(
        fds["errno"], EMFILE,
        "opening files did not end with EMFILE\n{out}"
    );
    assert!(
        n <= 4096,
        "the program opened {n} files: the jail sets no open-files limit of its own\n{out}"
    );
    host::assert_nothing_left(&out);
}

#[test]
fn thread_explosion_stops_at_the_pids_limit() {
    let out = Jail::attack("thread_explosion.py")
        .sentinel_in_guard()
        .exclusive()
        .opts(["--pids", "16", "--timeout", "20s"])
        .args([5000])
        .bound(Duration::from_secs(60))
        .run();
    out.assert_bounded();
    out.assert_finished();
    let threads = out.event("threads").expect("threads record");
    let n = threads["n"].as_u64().unwrap_or(u64::MAX);
    assert!(
        n < 16,
        "the program started {n} threads under a pids limit of 16\n{out}"
    );
    out.assert_summary_mentions("pids", &["pids", "process", "thread"]);
    host::assert_nothing_left(&out);
}

#[test]
fn orphans_and_setsid_daemons_die_with_the_main_process() {
    let dir = HostDir::new();
    let heartbeat = dir.join("heartbeat");
    let started = Instant::now();
    let out = Jail::attack("daemons.py")
        .exclusive()
        .opts(["--timeout", "30s"])
        .args([hex(&heartbeat.to_string_lossy()), "60".to_string()])
        .bound(Duration::from_secs(60))
        .run();
    out.assert_bounded();
    out.assert_finished();
    assert!(
        out.stdout.contains("HEARTBEAT"),
        "the daemons never started, so the test proves nothing\n{out}"
    );
    out.assert_code(0);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "pyjail waited {:?} after the main process ended: its daemons kept the jail alive\n{out}",
        started.elapsed()
    );
    assert!(
        !heartbeat.exists(),
        "a jailed daemon wrote its heartbeat into the host's {}\n{out}",
        heartbeat.display()
    );
    host::assert_nothing_left(&out);
}

#[test]
fn flooding_pyjails_other_channels_keeps_it_small() {
    // Every descriptor beyond 0-2 (telemetry, control) gets one endless line of garbage.
    let out = Jail::attack("side_channel_flood.py")
        .exclusive()
        .opts(["--timeout", "20s"])
        .args([256u64 << 20])
        .bound(Duration::from_secs(60))
        .run();
    out.assert_bounded();
    out.assert_started();
    let peak = out.peak_rss_kib.expect("pyjail's peak memory");
    assert!(
        peak < 64 << 10,
        "pyjail grew to {peak} KiB while the program flooded its side channels\n{out}"
    );
    out.assert_no_panic();
    host::assert_nothing_left(&out);
    eprintln!(
        "side-channel flood: descriptors {:?}, pyjail peak RSS {peak} KiB",
        out.event("done").map(|d| d["fds"].clone())
    );
}

/// A sparse file of `size` bytes (no disk used): a huge input that costs nothing to make.
fn sparse_file(dir: &HostDir, name: &str, size: u64) -> std::path::PathBuf {
    let path = dir.join(name);
    let file = fs::File::create(&path).unwrap();
    file.set_len(size).unwrap();
    path
}

/// pyjail's peak memory stayed under 64 MiB while it handled a `what` of 1 GiB or more.
fn assert_pyjail_stayed_small(out: &common::Outcome, what: &str) {
    let peak = out.peak_rss_kib.expect("pyjail's peak memory");
    assert!(
        peak < 64 << 10,
        "pyjail grew to {peak} KiB handling {what}: it holds the input in memory instead of \
         streaming or refusing it\n{out}"
    );
}

#[test]
fn huge_stdin_file_is_streamed_not_loaded() {
    // The program reads 1 MiB of a 1 GiB input and leaves.
    let dir = HostDir::new();
    let input = sparse_file(&dir, "input", 1 << 30);
    let out = Jail::code("import sys; print('read', len(sys.stdin.buffer.read(1 << 20)))")
        .opts(["--timeout", "20s", "--stdin"])
        .opts([&input])
        .bound(Duration::from_secs(60))
        .run();
    out.assert_bounded();
    out.assert_no_panic();
    assert_pyjail_stayed_small(&out, "a 1 GiB --stdin file");
    out.assert_code(0);
    assert!(
        out.stdout.contains("read 1048576"),
        "the program did not get its input\n{out}"
    );
}

#[test]
fn huge_program_file_is_refused_or_bounded() {
    let dir = HostDir::new();
    let program = sparse_file(&dir, "huge.py", 1 << 30);
    let out = Jail::file(&program)
        .opts(["--timeout", "20s"])
        .bound(Duration::from_secs(60))
        .run();
    out.assert_bounded();
    out.assert_no_panic();
    assert_pyjail_stayed_small(&out, "a 1 GiB program file");
}

#[test]
fn endless_program_on_stdin_is_refused_or_bounded() {
    // `pyjail run -` fed with comment lines without end (2 GiB, streamed by the harness).
    let out = Jail::stdin_program("print('start')\n")
        .stdin_stream(
            &[b'#'; 4095]
                .iter()
                .chain(b"\n")
                .copied()
                .collect::<Vec<u8>>(),
            2 << 30,
        )
        .opts(["--timeout", "20s"])
        .bound(Duration::from_secs(60))
        .run();
    out.assert_bounded();
    out.assert_no_panic();
    assert_pyjail_stayed_small(&out, "a 2 GiB program on stdin");
}

/// A program that sends itself the signals of the CPU limit has not reached it: the
/// result says it was killed by that signal, and claims no limit (a grader would read
/// "CPU limit" from it).
#[test]
fn a_program_killing_itself_with_a_limits_signal_hit_no_limit() {
    for signal in ["SIGXCPU", "SIGKILL"] {
        let code = format!("import os, signal\nos.kill(os.getpid(), signal.{signal})\n");
        let out = Jail::code(&code).opts(["--cpu", "5s", "--json"]).run();
        out.assert_bounded();
        let result: serde_json::Value =
            serde_json::from_str(out.stderr.lines().last().unwrap_or("")).unwrap_or_default();
        assert_eq!(
            result["limits_hit"],
            serde_json::json!([]),
            "{signal} sent by the program itself\n{out}"
        );
        assert!(
            !out.stderr.contains("limit hit"),
            "{signal} sent by the program itself is said to be a limit\n{out}"
        );
    }
}

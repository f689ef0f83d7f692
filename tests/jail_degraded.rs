//! A layer the kernel lacks. Landlock is the one layer this machine has that a host may not
//! (kernels before 5.13, or booted without `landlock` in `lsm=`): pyjail is run as on such a
//! kernel (`tests/common/without-landlock` makes the landlock_* calls fail with ENOSYS). It
//! must refuse, naming the layer and the flag, unless the user accepts less; then the run
//! records the degradation and every other layer still holds.

mod common;

use serde_json::Value;

use common::host::HostDir;
use common::{Jail, Who};

#[test]
fn a_kernel_without_landlock_is_refused_unless_accepted() {
    let out = Jail::code("print('JAILED-PROGRAM-RAN')")
        .kernel_without_landlock()
        .run();
    out.assert_bounded();
    out.assert_no_panic();
    out.assert_code(125);
    assert!(
        !out.stdout.contains("JAILED-PROGRAM-RAN"),
        "the program ran without Landlock and without --allow-degraded\n{out}"
    );
    assert!(
        out.stderr.contains("Landlock is not available") && out.stderr.contains("--allow-"),
        "the refusal does not name Landlock and how to accept running without it\n{out}"
    );
}

#[test]
fn without_landlock_when_accepted_the_run_records_it_and_the_rest_holds() {
    let dir = HostDir::new();
    let report = dir.join("report.json");
    let program = "import os\n\
        for path in ('/usr/pyjail-written', '/etc/pyjail-written'):\n\
        \x20   try:\n\
        \x20       open(path, 'w'); print('WROTE', path)\n\
        \x20   except OSError as e:\n\
        \x20       print('REFUSED', path, e.errno)\n\
        print('visible /root:', os.path.exists('/root/.bashrc'))\n";
    let out = Jail::code(program)
        .kernel_without_landlock()
        .opts(["--allow-degraded", "landlock", "--report"])
        .opts([&report])
        .run();
    out.assert_bounded();
    out.assert_code(0);
    assert!(
        !out.stdout.contains("WROTE"),
        "a read-only path was written\n{out}"
    );
    assert_eq!(out.stdout.matches("REFUSED").count(), 2, "{out}");
    assert!(out.stdout.contains("visible /root: False"), "{out}");
    assert!(
        out.summary_mentions(&["degraded: landlock"]),
        "the summary does not record the missing layer\n{out}"
    );
    let report: Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    let degradations = report["kernel"]["degradations"].as_array().unwrap();
    assert!(
        degradations.iter().any(|d| d["layer"] == "landlock"),
        "the report does not record the missing layer: {degradations:?}"
    );
}

fn shmem_bytes() -> u64 {
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap();
    let kib: u64 = meminfo
        .lines()
        .find_map(|l| l.strip_prefix("Shmem:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("Shmem in /proc/meminfo");
    kib * 1024
}

/// Without a cgroup (an ordinary user, `--allow-degraded cgroup`), RLIMIT_AS does not count
/// memory that is never mapped: memfd pages and tmpfs files. The program tries to hold as
/// much of both as it can; the host's shared memory must not grow past `--memory`.
#[test]
fn without_a_cgroup_unmapped_memory_stays_within_the_memory_limit() {
    let program = "import os, time\n\
        held = []\n\
        try:\n\
        \x20   for i in range(120):\n\
        \x20       fd = os.memfd_create('m%d' % i); held.append(fd)\n\
        \x20       for _ in range(16): os.write(fd, b'x' * (1 << 20))\n\
        \x20   print('MEMFD', len(held))\n\
        except OSError as e:\n\
        \x20   print('MEMFD errno', e.errno, len(held))\n\
        written = 0\n\
        for d in ('/tmp', '/work'):\n\
        \x20   for i in range(1000):\n\
        \x20       try:\n\
        \x20           with open('%s/fill%d' % (d, i), 'wb') as f:\n\
        \x20               for _ in range(8): f.write(b'x' * (1 << 20)); written += 1 << 20\n\
        \x20       except OSError:\n\
        \x20           break\n\
        print('FILLED', written, flush=True)\n\
        time.sleep(60)\n";
    let before = shmem_bytes();
    let mut running = Jail::code(program)
        .who(Who::TestUser)
        .opts(["--memory", "64MiB", "--timeout", "60s"])
        .exclusive()
        .spawn();
    let filled = running.wait_for_stdout("FILLED", std::time::Duration::from_secs(30));
    let during = shmem_bytes();
    running.signal("TERM");
    let out = running.finish();
    assert!(filled, "the program did not finish filling\n{out}");
    assert!(
        out.stdout.contains("MEMFD errno 1 0"),
        "memfd_create was not refused without a cgroup\n{out}"
    );
    let grown = during.saturating_sub(before);
    eprintln!("host Shmem grew by {} KiB", grown >> 10);
    assert!(
        grown <= (64 + 4) << 20,
        "the host's shared memory grew by {} MiB with --memory 64MiB\n{out}",
        grown >> 20
    );
}

/// A run without a cgroup says so on its summary line in a few words, and the
/// result keeps the whole account: why the host gave none and what stands in.
#[test]
fn a_run_without_a_cgroup_says_so_briefly_and_keeps_the_why_in_its_result() {
    let json = Jail::code("print('ran')")
        .who(Who::TestUser)
        .opts(["--json"])
        .run();
    json.assert_code(0);
    let result: Value = json
        .stderr
        .lines()
        .rev()
        .find_map(|l| serde_json::from_str(l).ok())
        .unwrap_or_else(|| panic!("no JSON result\n{json}"));
    let Some(detail) = result["degradations"][0]["detail"].as_str() else {
        eprintln!("this host gives pyjail-test a cgroup: nothing is degraded to check");
        return;
    };
    assert!(
        detail.contains("cannot create") && detail.contains("RLIMIT_AS"),
        "the result lost why the cgroup is missing or what stands in: {detail:?}\n{json}"
    );
    let out = Jail::code("print('ran')").who(Who::TestUser).run();
    out.assert_code(0);
    let line = out
        .stderr
        .lines()
        .find(|l| l.starts_with("[pyjail:"))
        .unwrap_or_else(|| panic!("no summary line\n{out}"));
    assert_eq!(
        line, "[pyjail: exit 0; degraded: cgroup (memory, process and CPU limits are per process)]",
        "{out}"
    );
}

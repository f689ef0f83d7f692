//! A layer the kernel lacks. Landlock is the one layer this machine has that a host may not
//! (kernels before 5.13, or booted without `landlock` in `lsm=`): pyjail is run as on such a
//! kernel (`tests/common/without-landlock` makes the landlock_* calls fail with ENOSYS). It
//! must refuse, naming the layer and the flag, unless the user accepts less; then the run
//! records the degradation and every other layer still holds.

mod common;

use serde_json::Value;

use common::host::HostDir;
use common::Jail;

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

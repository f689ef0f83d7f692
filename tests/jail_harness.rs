//! The harness's own checks can fail: the leftover detector catches a temp dir named after a
//! run's pyjail and a process carrying a run's marker. (Without these, "nothing left behind"
//! could pass vacuously.)

mod common;

use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::process::{Command, Stdio};

use common::host;
use common::Jail;

#[test]
fn leftover_check_catches_a_temp_dir_of_the_run() {
    let out = Jail::code("print('ok')").exclusive().run();
    out.assert_code(0);
    let planted = std::path::PathBuf::from(format!(
        "/tmp/pyjail-leak-{}",
        out.run_pids.iter().next().unwrap()
    ));
    fs::create_dir(&planted).unwrap();
    let caught = catch_unwind(AssertUnwindSafe(|| host::assert_nothing_left(&out)));
    fs::remove_dir(&planted).unwrap();
    assert!(caught.is_err(), "a temp dir left by the run went unnoticed");
}

#[test]
fn leftover_check_catches_a_process_with_the_marker() {
    let out = Jail::code("print('ok')").exclusive().run();
    out.assert_code(0);
    let mut straggler = Command::new("sh")
        .args(["-c", "sleep 30", &out.marker])
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(100));
    let caught = catch_unwind(AssertUnwindSafe(|| host::assert_nothing_left(&out)));
    let _ = straggler.kill();
    let _ = straggler.wait();
    assert!(
        caught.is_err(),
        "a process carrying the run's marker went unnoticed"
    );
}

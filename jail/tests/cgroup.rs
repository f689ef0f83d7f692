//! A nested cgroup is created under our own, takes a process, measures it and
//! disappears when dropped. Without permission, creation fails with a named path.

use jail::cgroup::{Cgroup, CgroupError};

#[test]
fn cgroup_is_created_used_and_removed() {
    let cgroup = match Cgroup::create(64 << 20, 16) {
        Ok(cgroup) => cgroup,
        Err(err) => {
            assert!(
                !nix::unistd::Uid::current().is_root(),
                "root must get a cgroup: {err}"
            );
            assert!(matches!(
                err,
                CgroupError::NotWritable { .. } | CgroupError::NoController
            ));
            return;
        }
    };
    let dirs: Vec<_> = std::fs::read_to_string("/proc/self/cgroup")
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    assert!(!dirs.is_empty());
    // SAFETY: the child allocates, touches memory and exits.
    let child = unsafe { libc::fork() };
    if child == 0 {
        std::thread::sleep(std::time::Duration::from_millis(200));
        let v = vec![1u8; 8 << 20];
        std::hint::black_box(&v);
        unsafe { libc::_exit(0) };
    }
    cgroup.add(nix::unistd::Pid::from_raw(child)).unwrap();
    let mut status = 0;
    unsafe { libc::waitpid(child, &mut status, 0) };
    let usage = cgroup.usage();
    assert!(usage.peak_memory.unwrap() >= 8 << 20, "{usage:?}");
    assert_eq!(usage.oom_kills, 0);
    let listing = format!("{cgroup:?}");
    drop(cgroup);
    let name = listing
        .split("pyjail-")
        .nth(1)
        .unwrap()
        .split(['"', '/'])
        .next()
        .unwrap()
        .to_string();
    for hierarchy in ["memory", "pids", "unified"] {
        let found = std::process::Command::new("find")
            .args([
                &format!("/sys/fs/cgroup/{hierarchy}"),
                "-maxdepth",
                "3",
                "-name",
                &format!("pyjail-{name}"),
            ])
            .output()
            .unwrap();
        assert!(
            found.stdout.is_empty(),
            "left behind: {}",
            String::from_utf8_lossy(&found.stdout)
        );
    }
}

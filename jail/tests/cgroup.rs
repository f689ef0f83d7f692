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

/// `pyjail-<pid>-<n>` beside ours: removed when its pyjail is gone and it is
/// over a minute old; kept when young (a pyjail in another pid namespace may
/// be filling it) or when its pid is alive.
#[test]
fn stale_cgroups_of_dead_pyjails_are_removed_and_no_others() {
    let Ok(cgroup) = Cgroup::create(64 << 20, 16) else {
        assert!(
            !nix::unistd::Uid::current().is_root(),
            "root must get a cgroup"
        );
        return;
    };
    let listing = format!("{cgroup:?}");
    let ours = listing.split('"').nth(1).expect("a cgroup path");
    let parent = std::path::Path::new(ours).parent().unwrap().to_path_buf();
    let dead_pid = 4_194_000 + std::process::id() % 100;
    let stale = parent.join(format!("pyjail-{dead_pid}-7"));
    let young = parent.join(format!("pyjail-{dead_pid}-8"));
    let alive = parent.join(format!("pyjail-{}-9", std::process::id()));
    for dir in [&stale, &young, &alive] {
        std::fs::create_dir(dir).unwrap();
    }
    let two_minutes_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(120);
    for dir in [&stale, &alive] {
        std::fs::File::open(dir)
            .unwrap()
            .set_modified(two_minutes_ago)
            .unwrap();
    }
    cgroup.remove_stale();
    let (stale_left, young_left, alive_left) = (stale.exists(), young.exists(), alive.exists());
    for dir in [&young, &alive, &stale] {
        let _ = std::fs::remove_dir(dir);
    }
    assert!(!stale_left, "a stale cgroup stayed: {}", stale.display());
    assert!(young_left && alive_left, "a cgroup in use was removed");
    assert!(
        std::path::Path::new(ours).exists(),
        "our own cgroup was removed"
    );
}

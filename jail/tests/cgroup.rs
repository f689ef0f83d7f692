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

/// When ours goes, the `pyjail-*` cgroups beside it that nobody holds the lock of and older
/// than the age guard go too; a young one (its pyjail may not have locked it yet), a locked one
/// (a running pyjail's, whatever its age), the `pyjail-supervisor` leaf and other names stay.
#[test]
fn stale_cgroups_are_those_nobody_holds_the_lock_of() {
    let Ok(cgroup) = Cgroup::create(64 << 20, 16) else {
        assert!(
            !nix::unistd::Uid::current().is_root(),
            "root must get a cgroup"
        );
        return;
    };
    let ours = cgroup_dir(&cgroup);
    let parent = ours.parent().unwrap().to_path_buf();
    let tag = std::process::id();
    let stale = parent.join(format!("pyjail-1-{tag}"));
    let young = parent.join(format!("pyjail-young-{tag}"));
    let locked = parent.join(format!("pyjail-locked-{tag}"));
    let other = parent.join(format!("notpyjail-{tag}"));
    let leaf = parent.join("pyjail-supervisor");
    let made_leaf = !leaf.exists();
    let mut made = vec![&stale, &young, &locked, &other];
    if made_leaf {
        made.push(&leaf);
    }
    for dir in &made {
        std::fs::create_dir(dir).unwrap();
    }
    let two_minutes_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(120);
    for dir in [&stale, &locked, &other, &leaf] {
        std::fs::File::open(dir)
            .unwrap()
            .set_modified(two_minutes_ago)
            .unwrap();
    }
    let holder = std::fs::File::open(&locked).unwrap();
    // SAFETY: plain fd operation.
    assert_eq!(
        unsafe { libc::flock(std::os::fd::AsRawFd::as_raw_fd(&holder), libc::LOCK_EX) },
        0
    );
    drop(cgroup);
    let left: Vec<bool> = [&stale, &young, &locked, &other, &leaf]
        .iter()
        .map(|d| d.exists())
        .collect();
    drop(holder);
    for dir in made.iter().rev() {
        let _ = std::fs::remove_dir(dir);
    }
    assert_eq!(
        left,
        [false, true, true, true, true],
        "after the sweep: stale, young, locked, other, pyjail-supervisor"
    );
    assert!(!ours.exists(), "our own cgroup stayed");
}

/// `pyjail-<first 8 hex digits of the boot id>-<16 random hex digits>`, different every time,
/// and locked by its owner while it exists.
#[test]
fn cgroup_names_are_boot_id_and_random_and_locked() {
    let (Ok(a), Ok(b)) = (Cgroup::create(64 << 20, 16), Cgroup::create(64 << 20, 16)) else {
        assert!(
            !nix::unistd::Uid::current().is_root(),
            "root must get a cgroup"
        );
        return;
    };
    let boot = std::fs::read_to_string("/proc/sys/kernel/random/boot_id").unwrap();
    let boot: String = boot
        .chars()
        .filter(char::is_ascii_hexdigit)
        .take(8)
        .collect();
    let (dir_a, dir_b) = (cgroup_dir(&a), cgroup_dir(&b));
    for dir in [&dir_a, &dir_b] {
        let name = dir.file_name().unwrap().to_str().unwrap();
        let random = name
            .strip_prefix(&format!("pyjail-{boot}-"))
            .unwrap_or_else(|| panic!("{name} does not start with pyjail-{boot}-"));
        assert!(
            random.len() == 16 && random.bytes().all(|c| c.is_ascii_hexdigit()),
            "{name}"
        );
        let probe = std::fs::File::open(dir).unwrap();
        // SAFETY: plain fd operation.
        let rc = unsafe {
            libc::flock(
                std::os::fd::AsRawFd::as_raw_fd(&probe),
                libc::LOCK_EX | libc::LOCK_NB,
            )
        };
        assert_eq!(rc, -1, "{name} is not locked by its owner");
    }
    assert_ne!(dir_a, dir_b);
}

/// The (first) directory of a cgroup, from its Debug listing.
fn cgroup_dir(cgroup: &Cgroup) -> std::path::PathBuf {
    let listing = format!("{cgroup:?}");
    listing.split('"').nth(1).expect("a cgroup path").into()
}

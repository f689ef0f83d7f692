//! Host-id leases (`jail/src/ids.rs`) on real locks in a scratch lock directory: distinct
//! while held, given back on drop, freed by the kernel when the holder is SIGKILLed, and never
//! taken from a directory someone else could write.

use std::io::{BufRead, BufReader};
use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use jail::ids::{IdError, LockDir, Pool};

/// Env var telling `holder_for_kill_test` (run as a child process) where to lease and hold.
const HOLD_IN: &str = "PYJAIL_TEST_HOLD_LEASE_IN";

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyjail-test-ids-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn pool(dir: &Path, count: u32) -> Pool {
    Pool {
        dir: LockDir::open(dir, nix::unistd::Uid::current().as_raw()).expect("lock dir"),
        uid_base: 500_000,
        gid_base: 700_000,
        count,
        claimed: Vec::new(),
    }
}

#[test]
fn leases_are_distinct_until_the_pool_is_exhausted_and_come_back_on_drop() {
    let dir = scratch("distinct");
    let pool = pool(&dir, 4);
    let mut leases: Vec<_> = (0..4).map(|_| pool.lease().expect("a free slot")).collect();
    let mut uids: Vec<u32> = leases.iter().map(|l| l.uid).collect();
    uids.sort_unstable();
    assert_eq!(uids, [500_000, 500_001, 500_002, 500_003], "{leases:?}");
    assert!(leases.iter().all(|l| l.gid - 700_000 == l.uid - 500_000));
    assert!(matches!(
        pool.lease(),
        Err(IdError::Exhausted { count: 4, .. })
    ));
    let given_back = leases.pop().unwrap();
    let uid = given_back.uid;
    drop(given_back);
    assert!(
        !dir.join(uid.to_string()).exists(),
        "a lease given back leaves its file"
    );
    assert_eq!(pool.lease().expect("the slot given back").uid, uid);
    drop(leases);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn ids_named_by_others_are_never_leased() {
    let dir = scratch("claimed");
    let mut pool = pool(&dir, 3);
    pool.claimed = vec![500_000..=500_000, 700_002..=700_002];
    let lease = pool.lease().expect("slot 1 is free");
    assert_eq!(lease.uid, 500_001);
    assert!(matches!(pool.lease(), Err(IdError::Exhausted { .. })));
    drop(lease);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Not a test by itself: with `HOLD_IN` set, the child process of
/// `a_sigkilled_holder_frees_its_slot` leases, says which uid, and waits to be killed.
#[test]
fn holder_for_kill_test() {
    let Some(dir) = std::env::var_os(HOLD_IN) else {
        return;
    };
    let lease = pool(Path::new(&dir), 1)
        .lease()
        .expect("lease in the child");
    println!("HOLDING {}", lease.uid);
    std::thread::sleep(std::time::Duration::from_secs(60));
    drop(lease);
}

#[test]
fn a_sigkilled_holder_frees_its_slot() {
    let dir = scratch("killed");
    let pool = pool(&dir, 1);
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "holder_for_kill_test",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(HOLD_IN, &dir)
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the holder");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let held = lines
        .find_map(|l| l.ok()?.split("HOLDING ").nth(1)?.trim().parse::<u32>().ok())
        .expect("the holder says which uid it holds");
    assert!(
        matches!(pool.lease(), Err(IdError::Exhausted { .. })),
        "the only slot is held by the child"
    );
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        dir.join(held.to_string()).exists(),
        "SIGKILL leaves the file (nothing could remove it)"
    );
    let lease = pool
        .lease()
        .expect("the killed holder's slot is free again");
    assert_eq!(lease.uid, held);
    drop(lease);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn lock_dirs_are_made_private_and_refused_when_others_could_write_them_or_they_are_links() {
    let base = scratch("dirs");
    let me = nix::unistd::Uid::current().as_raw();
    let made = base.join("a/b");
    LockDir::open(&made, me).expect("made on the way");
    for dir in [&base.join("a"), &made] {
        let mode = std::fs::metadata(dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{}", dir.display());
    }
    let open = base.join("open");
    std::fs::create_dir(&open).unwrap();
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o777)).unwrap();
    assert!(matches!(
        LockDir::open(&open, me),
        Err(IdError::LockDir { .. })
    ));
    assert!(
        LockDir::open(&open.join("below"), me).is_err(),
        "a directory others could rename is refused, even when made private itself"
    );
    let sticky = base.join("sticky");
    std::fs::create_dir(&sticky).unwrap();
    std::fs::set_permissions(&sticky, std::fs::Permissions::from_mode(0o1777)).unwrap();
    LockDir::open(&sticky.join("below"), me).expect("below a sticky directory, as in /tmp");
    let link = base.join("link");
    symlink(&made, &link).unwrap();
    let refused = LockDir::open(&link, me)
        .err()
        .expect("a symlink is refused");
    assert!(refused.to_string().contains("symbolic link"), "{refused}");
    assert!(
        LockDir::open(&made, me + 1).is_err(),
        "a directory of another owner is refused"
    );
    std::fs::remove_dir_all(&base).unwrap();
}

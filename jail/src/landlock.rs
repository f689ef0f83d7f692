//! Landlock: a second, independent file-system boundary inside the new root.
//! Everything is read-only (read, list, execute) except the working directory
//! and /tmp, and the few /dev nodes that must be writable; signals and abstract
//! unix sockets cannot reach outside the jail's Landlock domain (ABI 6). TCP is
//! left to the network namespace: the jail's own loopback works, nothing else
//! is reachable.
//!
//! Landlock restricts the process and everything it starts, it cannot be
//! lifted, and it does not depend on the mount table, so a mount mistake does
//! not open the file system by itself.

use landlock::{
    Access, AccessFs, CompatLevel, Compatible, PathBeneath, PathFd, Ruleset, RulesetAttr,
    RulesetCreatedAttr, RulesetStatus, Scope, ABI,
};

/// Newest ABI pyjail was written and tested against.
const TARGET: ABI = ABI::V6;

#[derive(Debug, thiserror::Error)]
pub enum LandlockError {
    #[error("Landlock is not available in this kernel")]
    Unavailable,
    #[error("Landlock: {0}")]
    Ruleset(#[from] landlock::RulesetError),
    #[error("Landlock: cannot open {path}: {source}")]
    Path {
        path: String,
        source: landlock::PathFdError,
    },
}

/// What the kernel enforced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Enforcement {
    Full,
    /// Some rights of the target ABI are missing (older kernel); file access is still restricted.
    Partial,
}

/// Restricts the calling process. `writable` directories get every right,
/// `writable_files` only writing, and the rest of `/` only reading.
pub fn restrict(writable: &[&str], writable_files: &[&str]) -> Result<Enforcement, LandlockError> {
    let (read, all) = (AccessFs::from_read(TARGET), AccessFs::from_all(TARGET));
    let mut ruleset = Ruleset::default()
        .set_compatibility(CompatLevel::BestEffort)
        .handle_access(all)?
        .scope(Scope::from_all(TARGET))?
        .create()?
        .add_rule(PathBeneath::new(open("/")?, read))?;
    for dir in writable {
        ruleset = ruleset.add_rule(PathBeneath::new(open(dir)?, all))?;
    }
    for file in writable_files {
        let file_rights = file_rights(TARGET);
        ruleset = ruleset.add_rule(PathBeneath::new(open(file)?, file_rights))?;
    }
    match ruleset.restrict_self()?.ruleset {
        RulesetStatus::FullyEnforced => Ok(Enforcement::Full),
        RulesetStatus::PartiallyEnforced => Ok(Enforcement::Partial),
        RulesetStatus::NotEnforced => Err(LandlockError::Unavailable),
    }
}

fn file_rights(abi: ABI) -> landlock::BitFlags<AccessFs> {
    (AccessFs::from_read(abi) | AccessFs::WriteFile) & AccessFs::from_file(abi)
}

/// The rules of [`restrict`] as numbers for this kernel's ABI, for a jail
/// that applies them by system calls of its own (forked from a template,
/// `template.rs`): `HANDLED[:partial] SCOPED RIGHTS:PATH...`, where
/// `partial` says the kernel lacks some rights pyjail asks for.
pub fn rules_for_this_kernel(writable: &[&str], writable_files: &[&str]) -> String {
    let kernel = kernel_abi();
    let abi = ABI::from(kernel.min(TARGET as i64) as i32);
    let all = AccessFs::from_all(abi).bits();
    let mut words = vec![
        if kernel < TARGET as i64 {
            format!("{all}:partial")
        } else {
            all.to_string()
        },
        Scope::from_all(abi).bits().to_string(),
        format!("{}:/", AccessFs::from_read(abi).bits()),
    ];
    words.extend(writable.iter().map(|dir| format!("{all}:{dir}")));
    let file = file_rights(abi).bits();
    words.extend(writable_files.iter().map(|f| format!("{file}:{f}")));
    words.join(" ")
}

fn open(path: &str) -> Result<PathFd, LandlockError> {
    PathFd::new(path).map_err(|source| LandlockError::Path {
        path: path.into(),
        source,
    })
}

/// The ABI version the kernel offers (0: none), for `doctor`.
pub fn kernel_abi() -> i64 {
    // SAFETY: the documented version query: no attributes, size 0.
    unsafe {
        libc::syscall(
            libc::SYS_landlock_create_ruleset,
            std::ptr::null::<u8>(),
            0usize,
            1u32, // LANDLOCK_CREATE_RULESET_VERSION
        )
    }
    .max(0)
}

//! The enforced boundary: namespaces, rootfs, seccomp, Landlock, limits.

pub mod caps;
pub mod cgroup;
pub mod landlock;
pub mod mount;
pub mod net;
pub mod notify;
pub mod outcome;
pub mod profile;
pub mod python;
pub mod rlimits;
pub mod rootfs;
pub mod seccomp;
pub mod syscall_table;
pub mod units;
pub mod user;

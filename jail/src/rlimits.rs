//! Per-process resource limits: CPU time, file size, open files, no core
//! dumps; and, only when no cgroup could be had (`--allow-degraded cgroup`),
//! address space and process count as weaker stand-ins for memory and pids.
//! RLIMIT_NPROC is counted per user namespace and uid (kernel >= 5.14), so it
//! counts the jail's processes only, not the host user's.

use std::time::Duration;

use nix::sys::resource::{setrlimit, Resource};

use crate::profile::Limits;

pub fn apply(limits: &Limits, cgroup_fallback: bool) -> nix::Result<()> {
    let cpu = cpu_seconds(limits.cpu);
    // Soft limit sends SIGXCPU, the hard limit one second later SIGKILL.
    setrlimit(Resource::RLIMIT_CPU, cpu, cpu + 1)?;
    setrlimit(Resource::RLIMIT_FSIZE, limits.file_size, limits.file_size)?;
    setrlimit(
        Resource::RLIMIT_NOFILE,
        limits.open_files,
        limits.open_files,
    )?;
    setrlimit(Resource::RLIMIT_CORE, 0, 0)?;
    if cgroup_fallback {
        setrlimit(Resource::RLIMIT_AS, limits.memory, limits.memory)?;
        setrlimit(Resource::RLIMIT_NPROC, limits.pids, limits.pids)?;
    }
    Ok(())
}

/// Whole seconds of CPU the kernel enforces for `cpu` (rounded up).
pub fn cpu_seconds(cpu: Duration) -> u64 {
    cpu.as_secs().max(1) + u64::from(cpu.subsec_nanos() > 0)
}

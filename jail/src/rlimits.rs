//! Per-process resource limits: CPU time, file size, open files, no core
//! dumps; and, only when no cgroup could be had (`--allow-degraded cgroup`),
//! address space and process count as weaker stand-ins for memory and pids.
//! RLIMIT_NPROC is counted per user namespace and uid (kernel >= 5.14), so it
//! counts the jail's processes only, not the host user's.

use std::time::Duration;

use nix::sys::resource::{setrlimit, Resource};

use crate::profile::Limits;

/// One limit: the resource, its name as Python's `resource` module spells it
/// after `RLIMIT_`, and its soft and hard values.
pub struct Setting {
    pub resource: Resource,
    pub name: &'static str,
    pub soft: u64,
    pub hard: u64,
}

/// The limits a jail's processes run under.
pub fn settings(limits: &Limits, cgroup_fallback: bool) -> Vec<Setting> {
    let cpu = cpu_seconds(limits.cpu);
    let setting = |resource, name, soft, hard| Setting {
        resource,
        name,
        soft,
        hard,
    };
    let mut all = vec![
        // Soft limit sends SIGXCPU, the hard limit one second later SIGKILL.
        setting(Resource::RLIMIT_CPU, "CPU", cpu, cpu + 1),
        setting(
            Resource::RLIMIT_FSIZE,
            "FSIZE",
            limits.file_size,
            limits.file_size,
        ),
        setting(
            Resource::RLIMIT_NOFILE,
            "NOFILE",
            limits.open_files,
            limits.open_files,
        ),
        setting(Resource::RLIMIT_CORE, "CORE", 0, 0),
    ];
    if cgroup_fallback {
        all.push(setting(
            Resource::RLIMIT_AS,
            "AS",
            limits.memory,
            limits.memory,
        ));
        all.push(setting(
            Resource::RLIMIT_NPROC,
            "NPROC",
            limits.pids,
            limits.pids,
        ));
    }
    all
}

pub fn apply(settings: &[Setting]) -> nix::Result<()> {
    for setting in settings {
        setrlimit(setting.resource, setting.soft, setting.hard)?;
    }
    Ok(())
}

/// `NAME=SOFT:HARD` words, for a jail that sets its limits itself (a warm
/// jail's job lowering them, a jail forked from a template).
pub fn words(settings: &[Setting]) -> String {
    settings
        .iter()
        .map(|s| format!("{}={}:{}", s.name, s.soft, s.hard))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whole seconds of CPU the kernel enforces for `cpu` (rounded up).
pub fn cpu_seconds(cpu: Duration) -> u64 {
    cpu.as_secs().max(1) + u64::from(cpu.subsec_nanos() > 0)
}

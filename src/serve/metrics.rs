//! Counters for `/metrics` (Prometheus text format 0.0.4).

use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::Mutex;

/// Upper bounds of the latency buckets, seconds.
const BUCKETS: [f64; 12] = [
    0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0, 60.0,
];

#[derive(Default)]
pub struct Metrics {
    pub jobs_ok: AtomicU64,
    pub jobs_refused_setup: AtomicU64,
    pub jobs_bad_request: AtomicU64,
    /// Jobs whose client closed its connection before the answer.
    pub jobs_abandoned: AtomicU64,
    pub refusals: AtomicU64,
    pub unauthorized: AtomicU64,
    /// Stop signals passed on to jobs in flight by their id.
    pub signals: AtomicU64,
    pub jails_started: AtomicU64,
    /// Of those, forked from the template (`jail::template`).
    pub jails_forked: AtomicU64,
    pub jails_failed: AtomicU64,
    pub ready: AtomicU64,
    pub starting: AtomicU64,
    pub queued: AtomicU64,
    pub running: AtomicU64,
    limits: Mutex<Vec<(String, u64)>>,
    latency: Mutex<([u64; BUCKETS.len()], u64, f64)>,
}

impl Metrics {
    pub fn observe(&self, seconds: f64) {
        let mut latency = self.latency.lock().unwrap_or_else(|e| e.into_inner());
        for (i, bound) in BUCKETS.iter().enumerate() {
            if seconds <= *bound {
                latency.0[i] += 1;
            }
        }
        latency.1 += 1;
        latency.2 += seconds;
    }

    pub fn limit_hit(&self, name: &str) {
        let mut limits = self.limits.lock().unwrap_or_else(|e| e.into_inner());
        match limits.iter_mut().find(|(n, _)| n == name) {
            Some((_, count)) => *count += 1,
            None => limits.push((name.to_string(), 1)),
        }
    }

    pub fn render(&self, pool_size: usize) -> String {
        let mut out = String::new();
        let mut gauge = |name: &str, help: &str, kind: &str, value: String| {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}"
            );
        };
        gauge(
            "pyjail_pool_size",
            "Warm jails the pool keeps.",
            "gauge",
            pool_size.to_string(),
        );
        gauge(
            "pyjail_pool_ready",
            "Warm jails waiting for a job.",
            "gauge",
            self.ready.load(Relaxed).to_string(),
        );
        gauge(
            "pyjail_pool_starting",
            "Warm jails being set up.",
            "gauge",
            self.starting.load(Relaxed).to_string(),
        );
        gauge(
            "pyjail_jobs_queued",
            "Jobs waiting for a jail.",
            "gauge",
            self.queued.load(Relaxed).to_string(),
        );
        gauge(
            "pyjail_jobs_running",
            "Jobs running.",
            "gauge",
            self.running.load(Relaxed).to_string(),
        );
        gauge(
            "pyjail_refusals_total",
            "Jobs refused with 429 (pool and queue full).",
            "counter",
            self.refusals.load(Relaxed).to_string(),
        );
        gauge(
            "pyjail_unauthorized_total",
            "Requests refused with 401 (no token or a wrong one).",
            "counter",
            self.unauthorized.load(Relaxed).to_string(),
        );
        gauge(
            "pyjail_job_signals_total",
            "Signals sent to jobs in flight by their id (POST /v1/jobs/ID/signal).",
            "counter",
            self.signals.load(Relaxed).to_string(),
        );
        gauge(
            "pyjail_jails_started_total",
            "Warm jails that became ready.",
            "counter",
            self.jails_started.load(Relaxed).to_string(),
        );
        gauge(
            "pyjail_jails_forked_total",
            "Warm jails that became ready forked from the template (the rest were started on their own).",
            "counter",
            self.jails_forked.load(Relaxed).to_string(),
        );
        gauge(
            "pyjail_jails_failed_total",
            "Warm jails that could not be set up.",
            "counter",
            self.jails_failed.load(Relaxed).to_string(),
        );
        let _ = writeln!(
            out,
            "# HELP pyjail_jobs_total Jobs answered, by outcome.\n# TYPE pyjail_jobs_total counter"
        );
        for (label, value) in [
            ("ran", &self.jobs_ok),
            ("jail_error", &self.jobs_refused_setup),
            ("bad_request", &self.jobs_bad_request),
            ("abandoned", &self.jobs_abandoned),
        ] {
            let _ = writeln!(
                out,
                "pyjail_jobs_total{{outcome=\"{label}\"}} {}",
                value.load(Relaxed)
            );
        }
        let _ = writeln!(out, "# HELP pyjail_limits_hit_total Jobs that hit a limit, by limit.\n# TYPE pyjail_limits_hit_total counter");
        for (name, count) in self.limits.lock().unwrap_or_else(|e| e.into_inner()).iter() {
            let _ = writeln!(out, "pyjail_limits_hit_total{{limit=\"{name}\"}} {count}");
        }
        let latency = self.latency.lock().unwrap_or_else(|e| e.into_inner());
        let _ = writeln!(out, "# HELP pyjail_job_seconds Time from a job's request to its answer.\n# TYPE pyjail_job_seconds histogram");
        for (bound, count) in BUCKETS.iter().zip(latency.0.iter()) {
            let _ = writeln!(out, "pyjail_job_seconds_bucket{{le=\"{bound}\"}} {count}");
        }
        let _ = writeln!(
            out,
            "pyjail_job_seconds_bucket{{le=\"+Inf\"}} {}",
            latency.1
        );
        let _ = writeln!(
            out,
            "pyjail_job_seconds_sum {}\npyjail_job_seconds_count {}",
            latency.2, latency.1
        );
        out
    }
}

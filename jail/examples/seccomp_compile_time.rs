//! Prints how long seccompiler takes to compile the strict profile's filter
//! (used by scripts/bench-run.sh to decide whether caching it would pay).

fn main() {
    let syscalls = jail::Profile::load("strict")
        .expect("strict profile")
        .syscalls;
    let rounds = 2000;
    let start = std::time::Instant::now();
    let mut length = 0;
    for _ in 0..rounds {
        length = jail::seccomp::compile(&syscalls).expect("compiles").0.len();
    }
    let per_run = start.elapsed() / rounds;
    println!(
        "seccomp compile: {:.1} us per run ({length} instructions)",
        per_run.as_secs_f64() * 1e6
    );
}

//! Writes the seccomp program of a profile as raw `struct sock_filter`
//! records, the form `bwrap --seccomp FD` loads, so that scripts/bench-run.sh
//! can give bubblewrap the very filter pyjail installs.
//! Usage: seccomp_bpf PROFILE OUT

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [profile, out] = args.as_slice() else {
        eprintln!("usage: seccomp_bpf PROFILE OUT");
        std::process::exit(2);
    };
    let profile = jail::Profile::load(profile).unwrap_or_else(|err| {
        eprintln!("{err}");
        std::process::exit(1);
    });
    std::fs::write(out, profile.seccomp.to_bytes()).expect("write the program");
}

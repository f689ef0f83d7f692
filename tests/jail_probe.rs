//! Nothing of an interpreter's installation that a package can write runs on the host. A venv
//! gets a `.pth` file and a `sitecustomize.py` that each append to a canary on the host; pyjail
//! resolves that venv's interpreter with an empty cache (so it really asks the interpreter)
//! under every profile, with and without telemetry (which compiles the prelude), as root and
//! as the unprivileged test user: the canaries must stay absent. A control run of the venv's
//! Python on the host shows the planted files do run when `site` is processed.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::host::HostDir;
use common::{pyjail, test_user, SYSTEM_PYTHON};

struct PlantedVenv {
    dir: HostDir,
    python: PathBuf,
    canaries: [PathBuf; 2],
}

impl PlantedVenv {
    fn make() -> PlantedVenv {
        let dir = HostDir::new();
        let venv = dir.join("venv");
        let made = Command::new(SYSTEM_PYTHON)
            .args(["-m", "venv", "--without-pip"])
            .arg(&venv)
            .status()
            .expect("run python3 -m venv");
        assert!(made.success(), "python3 -m venv failed");
        let site = std::fs::read_dir(venv.join("lib"))
            .unwrap()
            .map(|e| e.unwrap().path().join("site-packages"))
            .find(|p| p.is_dir())
            .expect("the venv's site-packages");
        let canaries = [dir.join("canary-pth"), dir.join("canary-sitecustomize")];
        let append = |canary: &Path| {
            format!(
                "import os; open({:?}, 'a').write(str(os.getuid()) + ' ')",
                canary.display().to_string()
            )
        };
        std::fs::write(site.join("zz_canary.pth"), append(&canaries[0]) + "\n").unwrap();
        std::fs::write(site.join("sitecustomize.py"), append(&canaries[1]) + "\n").unwrap();
        PlantedVenv {
            python: venv.join("bin/python"),
            dir,
            canaries,
        }
    }

    fn fired(&self) -> Vec<String> {
        self.canaries
            .iter()
            .filter_map(|c| {
                std::fs::read_to_string(c)
                    .ok()
                    .map(|t| format!("{}: {t}", c.display()))
            })
            .collect()
    }

    fn clear(&self) {
        for canary in &self.canaries {
            let _ = std::fs::remove_file(canary);
        }
    }
}

fn describe(out: &Output) -> String {
    format!(
        "exit {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn the_planted_files_run_when_site_is_processed() {
    let venv = PlantedVenv::make();
    let out = Command::new(&venv.python)
        .args(["-c", "pass"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", describe(&out));
    // Debian's own sitecustomize shadows the venv's, so the `.pth` canary is the one sure to fire.
    assert!(
        std::fs::read_to_string(&venv.canaries[0]).is_ok(),
        "the control run did not fire the .pth canary"
    );
}

#[test]
fn resolving_a_venv_runs_nothing_of_it_on_the_host() {
    let venv = PlantedVenv::make();
    // Runs as the test user too: its cache directory must be its own.
    let cache = venv.dir.join("cache");
    // test_user() is None when the runner is unprivileged itself.
    let users = [None, test_user()];
    for user in users
        .into_iter()
        .take(if test_user().is_some() { 2 } else { 1 })
    {
        probe_each_profile(&venv, &cache, user);
    }
}

fn probe_each_profile(venv: &PlantedVenv, cache: &Path, user: Option<&common::TestUser>) {
    for profile in ["strict", "site-packages"] {
        for telemetry in [true, false] {
            let _ = std::fs::remove_dir_all(cache);
            let mut command = match user {
                Some(u) => {
                    let mut c = u.command(&u.pyjail);
                    c.args(["run", "--allow-degraded", "cgroup"]);
                    c
                }
                None => {
                    let mut c = Command::new(pyjail());
                    c.arg("run");
                    c
                }
            };
            command
                .args(["--profile", profile, "--python"])
                .arg(&venv.python)
                .env("XDG_CACHE_HOME", cache);
            if !telemetry {
                command.arg("--no-telemetry");
            }
            let out = command.args(["-c", "print('RAN')"]).output().unwrap();
            let who = if user.is_some() {
                "pyjail-test"
            } else {
                "the runner"
            };
            assert_eq!(
                venv.fired(),
                Vec::<String>::new(),
                "{profile}, telemetry {telemetry}, as {who}: the venv's start-up code ran on the host\n{}",
                describe(&out)
            );
            assert!(
                String::from_utf8_lossy(&out.stdout).contains("RAN"),
                "{profile}, telemetry {telemetry}, as {who}: the program did not run\n{}",
                describe(&out)
            );
            venv.clear();
        }
    }
}

/// A venv's `bin/python` may itself be replaced (a wheel's scripts land in `bin/`): pyjail
/// starts only the base installation's interpreter on the host, never a file inside the venv.
#[test]
fn a_replaced_venv_interpreter_is_not_started_on_the_host() {
    let venv = PlantedVenv::make();
    let canary = venv.dir.join("canary-bin");
    let _ = std::fs::remove_file(&venv.python);
    std::fs::write(
        &venv.python,
        format!(
            "#!/bin/sh\necho ran > {}\nexec {SYSTEM_PYTHON} \"$@\"\n",
            canary.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&venv.python, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = Command::new(pyjail())
        .args(["run", "--python"])
        .arg(&venv.python)
        .args(["-c", "print('RAN')"])
        .env("XDG_CACHE_HOME", venv.dir.join("cache"))
        .output()
        .unwrap();
    assert!(
        !canary.exists(),
        "the venv's replaced bin/python ran on the host\n{}",
        describe(&out)
    );
}

/// The answer for a pyenv shim does not depend on the directory pyjail starts in: the shim
/// is followed in Rust, and the cache holds one entry for the interpreter it leads to.
#[test]
fn a_shims_answer_is_cached_once_whatever_the_directory() {
    let Some(shim) = std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .map(|d| d.join("python3"))
        .find(|p| std::fs::read_to_string(p).is_ok_and(|t| t.contains("/libexec/pyenv\" exec")))
    else {
        eprintln!("SKIPPED: no pyenv shim on PATH");
        return;
    };
    let dir = HostDir::new();
    let cache = dir.join("cache");
    for sub in ["a", "b", "c"] {
        let cwd = dir.join(sub);
        std::fs::create_dir(&cwd).unwrap();
        let out = Command::new(pyjail())
            .args(["doctor", "--python"])
            .arg(&shim)
            .current_dir(&cwd)
            .env("XDG_CACHE_HOME", &cache)
            .output()
            .unwrap();
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("interpreter: Python"),
            "{}",
            describe(&out)
        );
    }
    let probes = std::fs::read_dir(cache.join("pyjail"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("python-")
        })
        .count();
    assert_eq!(
        probes, 1,
        "one cached probe per directory: the key depends on it"
    );
}

//! Runs the audit prelude with the host's real CPython, no jail: the program
//! in a scratch directory, the write end of a pipe on fd 3 (as the jail does),
//! every telemetry line read to the end and parsed.

#![allow(dead_code)] // each test file uses its own part of the harness

use std::io::Read;
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use jail::telemetry::{self, Limits, ProcessEnd, TamperKind, Telemetry};

/// The interpreter the jail would use (the ELF, not a pyenv shim).
pub fn python() -> PathBuf {
    static PYTHON: OnceLock<PathBuf> = OnceLock::new();
    PYTHON
        .get_or_init(|| jail::python::resolve(None).expect("python3").executable)
        .clone()
}

/// What the jail mounts: the prelude compiled for `python()`.
pub fn image() -> &'static [u8] {
    static IMAGE: OnceLock<Vec<u8>> = OnceLock::new();
    IMAGE.get_or_init(|| {
        jail::prelude::compile(&python(), jail::prelude::source())
            .expect("prelude compiles")
            .to_bytes()
            .expect("the image reads")
    })
}

pub struct Options<'a> {
    pub python: PathBuf,
    /// The prelude file's content (image or source).
    pub prelude: Vec<u8>,
    pub site: bool,
    pub args: &'a [&'a str],
    /// Give the program a telemetry pipe on fd 3.
    pub telemetry: bool,
}

impl Default for Options<'_> {
    fn default() -> Self {
        Options {
            python: python(),
            prelude: image().to_vec(),
            site: false,
            args: &[],
            telemetry: true,
        }
    }
}

pub struct Run {
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
    pub lines: Vec<String>,
    pub telemetry: Telemetry,
    pub dir: Scratch,
}

impl Run {
    pub fn code(&self) -> Option<i32> {
        self.status.code()
    }

    pub fn kinds(&self) -> Vec<TamperKind> {
        self.telemetry.tamper.iter().map(|s| s.kind).collect()
    }

    /// Event records (all of them, not only the ones the parser kept) named `name`.
    pub fn records(&self, name: &str) -> Vec<serde_json::Value> {
        self.lines
            .iter()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|r| r["kind"] == "event" && r["event"] == name)
            .collect()
    }

    pub fn records_of_kind(&self, kind: &str) -> Vec<serde_json::Value> {
        self.lines
            .iter()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|r| r["kind"] == kind)
            .collect()
    }

    /// Panics with everything useful when `ok` is false.
    pub fn check(&self, ok: bool, what: &str) {
        if !ok {
            panic!(
                "{what}\nstatus: {:?}\nstdout:\n{}\nstderr:\n{}\ntamper: {:#?}\nlast lines:\n{}",
                self.status,
                self.stdout,
                self.stderr,
                self.telemetry.tamper,
                self.lines[self.lines.len().saturating_sub(8)..].join("\n")
            );
        }
    }
}

/// A directory of its own per run, removed afterwards.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new() -> Scratch {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "pyjail-prelude-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs `program` (saved as main.py) under the prelude, as the jail would.
pub fn run(program: &str) -> Run {
    run_with(program, Options::default())
}

pub fn run_with(program: &str, options: Options) -> Run {
    let dir = Scratch::new();
    let prelude = dir.path().join("prelude.py");
    let main = dir.path().join("main.py");
    std::fs::write(&prelude, &options.prelude).unwrap();
    std::fs::write(&main, program).unwrap();
    let mut command = Command::new(&options.python);
    command.args(["-I", "-S"]).arg(&prelude);
    if options.site {
        command.arg("--site");
    }
    command
        .arg(&main)
        .args(options.args)
        .current_dir(dir.path())
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let pipe = options
        .telemetry
        .then(|| nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).expect("pipe"));
    if let Some((_, write)) = &pipe {
        let fd = write.as_raw_fd();
        // SAFETY: dup2 is async-signal-safe; the duplicate at 3 loses O_CLOEXEC.
        unsafe {
            command.pre_exec(move || {
                if libc::dup2(fd, 3) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }
    let child = command.spawn().expect("python starts");
    let reader = pipe.map(|(read, write)| {
        drop(write);
        std::thread::spawn(move || read_all(read))
    });
    let output = child.wait_with_output().expect("python ends");
    let raw = reader.map(|r| r.join().unwrap()).unwrap_or_default();
    let lines: Vec<String> = String::from_utf8_lossy(&raw)
        .lines()
        .map(str::to_string)
        .collect();
    let mut parser = telemetry::Parser::new(Limits {
        expected_policy: Some(jail::prelude::default_policy_hash().to_string()),
        ..Limits::default()
    });
    for line in &lines {
        parser.feed(line);
    }
    let exit = ProcessEnd {
        exit_code: output.status.code(),
        signal: std::os::unix::process::ExitStatusExt::signal(&output.status),
    };
    Run {
        status: output.status,
        stdout: String::from_utf8_lossy(&output.stdout).into(),
        stderr: String::from_utf8_lossy(&output.stderr).into(),
        lines,
        telemetry: parser.finish(exit),
        dir,
    }
}

fn read_all(read: OwnedFd) -> Vec<u8> {
    let mut file = std::fs::File::from(read);
    let mut data = Vec::new();
    file.read_to_end(&mut data).expect("telemetry pipe");
    data
}

/// Runs `program` with plain `python -I -S main.py` in the same way, for comparison.
pub fn plain(program: &str, args: &[&str]) -> (ExitStatus, String, String) {
    let dir = Scratch::new();
    let main = dir.path().join("main.py");
    std::fs::write(&main, program).unwrap();
    let output = Command::new(python())
        .args(["-I", "-S"])
        .arg(&main)
        .args(args)
        .current_dir(dir.path())
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .stdin(Stdio::null())
        .output()
        .expect("python runs");
    (
        output.status,
        String::from_utf8_lossy(&output.stdout).replace(dir.path().to_str().unwrap(), "DIR"),
        String::from_utf8_lossy(&output.stderr).replace(dir.path().to_str().unwrap(), "DIR"),
    )
}

/// `text` with the run's scratch directory replaced by `DIR`.
pub fn scrub(run: &Run, text: &str) -> String {
    text.replace(run.dir.path().to_str().unwrap(), "DIR")
}

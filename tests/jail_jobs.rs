//! Real jobs through `pyjail run`: standard input, files in (`--work`, project directories,
//! `--ro-bind` into /work), files out (`--out`, `--collect`), modules and sibling imports,
//! installed packages, the machine-readable result and the command line's hints. Every test
//! runs the real binary as the test runner (root here) and as the unprivileged `pyjail-test`.

mod common;

use std::fs;
use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::Value;
use sha2::{Digest, Sha256};

use common::host::HostDir;
use common::{Jail, Outcome, Who};

fn both(test: fn(Who)) {
    test(Who::Runner);
    test(Who::TestUser);
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(path, text).unwrap();
}

/// A world-readable tree under a fresh host directory (the test user reads it too).
fn tree(files: &[(&str, &str)]) -> HostDir {
    let dir = HostDir::new();
    for (name, text) in files {
        write(&dir.join(name), text);
    }
    let _ = Command::new("chmod")
        .args(["-R", "a+rX"])
        .arg(&dir.path)
        .status();
    dir
}

/// The `--json` result: the last line of stderr.
fn result(out: &Outcome) -> Value {
    let line = out
        .stderr
        .lines()
        .rev()
        .find(|l| l.starts_with('{'))
        .unwrap_or_else(|| panic!("no JSON result on stderr\n{out}"));
    serde_json::from_str(line).unwrap_or_else(|e| panic!("the result is not JSON: {e}\n{out}"))
}

fn sha256(path: &Path) -> String {
    format!("{:x}", Sha256::digest(fs::read(path).unwrap()))
}

/// Every file under `dir`, relative, sorted.
fn files_under(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        for entry in fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            let meta = fs::symlink_metadata(&path).unwrap();
            assert!(
                !meta.file_type().is_symlink(),
                "a symbolic link in --out: {}",
                path.display()
            );
            if meta.is_dir() {
                pending.push(path);
            } else {
                found.push(path.strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    found.sort();
    found
}

// 1. Standard input

fn piped_stdin(who: Who) {
    let out = Jail::code("import sys; print('sum', sum(map(int, sys.stdin.read().split())))")
        .who(who)
        .stdin_data(b"1 2 3\n4\n")
        .run();
    out.assert_bounded();
    out.assert_code(0);
    assert!(
        out.stdout.contains("sum 10"),
        "piped stdin did not reach the program\n{out}"
    );
}

#[test]
fn piped_stdin_reaches_the_program() {
    both(piped_stdin);
}

fn explicit_stdin_sources(who: Who) {
    let dir = HostDir::new();
    let fifo = dir.join("fifo");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    fs::set_permissions(&fifo, fs::Permissions::from_mode(0o666)).unwrap();
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::write(fifo, "through a fifo\n"))
    };
    let read = "import sys; print('read', repr(sys.stdin.read()))";
    let out = Jail::code(read)
        .who(who)
        .opts(["--timeout", "20s", "--stdin"])
        .opts([&fifo])
        .run();
    writer.join().unwrap().unwrap();
    out.assert_bounded();
    out.assert_code(0);
    assert!(
        out.stdout.contains("read 'through a fifo\\n'"),
        "--stdin FIFO\n{out}"
    );

    let out = Jail::code("import sys; print('zeros', len(sys.stdin.buffer.read(100000)))")
        .who(who)
        .opts(["--stdin", "/dev/zero", "--stdin-limit", "4096"])
        .run();
    out.assert_bounded();
    out.assert_code(0);
    assert!(
        out.stdout.contains("zeros 4096"),
        "--stdin /dev/zero with a cap\n{out}"
    );
    assert!(out.summary_mentions(&["stdin cut at 4096 bytes"]), "{out}");

    let out = Jail::code(read)
        .who(who)
        .opts(["--stdin", "-"])
        .stdin_data(b"explicit\n")
        .run();
    out.assert_code(0);
    assert!(
        out.stdout.contains("read 'explicit\\n'"),
        "--stdin -\n{out}"
    );
}

#[test]
fn stdin_from_a_fifo_a_device_or_dash_with_a_cap() {
    both(explicit_stdin_sources);
}

fn endless_stdin(who: Who) {
    let out = Jail::code("import sys; print('got', len(sys.stdin.buffer.read()))")
        .who(who)
        .opts(["--stdin-limit", "1MiB", "--timeout", "20s"])
        .stdin_stream(b"yes\n", 4 << 30)
        .bound(Duration::from_secs(60))
        .run();
    out.assert_bounded();
    out.assert_code(0);
    assert!(
        out.stdout.contains("got 1048576"),
        "the cap did not end stdin\n{out}"
    );
    assert!(out.summary_mentions(&["stdin cut"]), "{out}");
}

#[test]
fn endless_piped_stdin_ends_at_the_cap() {
    both(endless_stdin);
}

#[test]
fn a_stdin_that_never_ends_does_not_stall_the_run() {
    // The writer keeps the pipe open and writes nothing: the program ends on
    // its own, and pyjail with it.
    let mut child = Command::new(common::pyjail())
        .args([
            "run",
            "--timeout",
            "10s",
            "-c",
            "print('done without input')",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let _writer = child.stdin.take();
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if started.elapsed() > Duration::from_secs(8) {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(
        status.and_then(|s| s.code()),
        Some(0),
        "pyjail waited for a stdin that never ended"
    );
    let mut stdout = String::new();
    std::io::Read::read_to_string(&mut child.stdout.take().unwrap(), &mut stdout).unwrap();
    assert!(stdout.contains("done without input"), "{stdout}");
}

/// `pyjail run prog.py | head -1`: once nobody reads pyjail's stdout, the program's next
/// write fails with a broken pipe, as it would with no jail in between (Python raises
/// BrokenPipeError and exits 1), instead of running on until a limit stops it.
fn reader_goes_away(who: Who) {
    let (pyjail, run) = pyjail_run(who);
    common::assert_ends_on_a_broken_pipe(
        command_as(who, pyjail)
            .args(run)
            .args(["--timeout", "30s", "--cpu", "30s"])
            .args(["-c", common::PRINTS_FOREVER]),
        &format!("{who:?}"),
    );
}

#[test]
fn a_reader_that_goes_away_breaks_the_programs_pipe() {
    both(reader_goes_away);
}

/// What starts `pyjail run` as `who`: the program and its first arguments (the test user
/// has no cgroup of its own here).
fn pyjail_run(who: Who) -> (PathBuf, Vec<&'static str>) {
    match who.user() {
        Some(user) => (
            user.pyjail.clone(),
            vec!["run", "--allow-degraded", "cgroup"],
        ),
        None => (common::pyjail(), vec!["run"]),
    }
}

/// `program`, started as `who`.
fn command_as(who: Who, program: impl AsRef<std::ffi::OsStr>) -> Command {
    match who.user() {
        Some(user) => user.command(program),
        None => Command::new(program),
    }
}

/// pyjail's own line on stderr (here: the output was cut) is lost when nobody reads its
/// stderr any more, as a shell tool's is; it is not a panic (exit 101).
fn stderr_without_a_reader(who: Who) {
    let (pyjail, run) = pyjail_run(who);
    let mut child = command_as(who, pyjail)
        .args(run)
        .args(["--output-limit", "10", "--timeout", "20s"])
        .args([
            "-c",
            "import time; print('x' * 100, flush=True); time.sleep(1)",
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stderr.take());
    let status = child.wait().unwrap();
    assert_eq!(
        status.code(),
        Some(124),
        "exit 124 ({who:?}): the program exited 0 and its output was cut"
    );
}

#[test]
fn a_stderr_without_a_reader_loses_pyjails_line_without_a_panic() {
    both(stderr_without_a_reader);
}

/// Started with its stdout closed (`pyjail run prog.py >&-`), pyjail keeps fd 1 on /dev/null
/// while its jail runs: none of its own files takes that number, so what it passes on as the
/// program's output goes nowhere, as bare Python's does, never into a file of pyjail's.
fn without_a_stdout(who: Who) {
    let (pyjail, run) = pyjail_run(who);
    let mut child = command_as(who, "sh")
        .args(["-c", "exec \"$0\" \"$@\" >&-"])
        .arg(pyjail)
        .args(run)
        .args(["-c", "import time; print(1, flush=True); time.sleep(5)"])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id();
    let children = format!("/proc/{pid}/task/{pid}/children");
    let started = std::time::Instant::now();
    while fs::read_to_string(&children)
        .unwrap_or_default()
        .trim()
        .is_empty()
    {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the jail did not start"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let stdout = fs::read_link(format!("/proc/{pid}/fd/1"));
    let status = child.wait().unwrap();
    assert_eq!(stdout.unwrap(), Path::new("/dev/null"), "{who:?}");
    assert!(status.success(), "{who:?}: {status}");
}

#[test]
fn started_without_a_stdout_pyjail_writes_into_none_of_its_files() {
    both(without_a_stdout);
}

fn terminal_stdin(who: Who) {
    let out = Jail::code("import sys; print('stdin:', repr(sys.stdin.read()))")
        .who(who)
        .in_tty()
        .run();
    out.assert_bounded();
    out.assert_code(0);
    assert!(
        out.stdout.contains("stdin: ''"),
        "a terminal's input reached the program\n{out}"
    );
}

#[test]
fn terminal_stdin_is_empty() {
    both(terminal_stdin);
}

// 2. Files in

fn work_copy(who: Who) {
    let dir = tree(&[
        ("data.txt", "input data\n"),
        ("sub/deeper/x.txt", "x\n"),
        ("tool.py", "#!/usr/bin/env python3\n"),
    ]);
    fs::set_permissions(dir.join("tool.py"), fs::Permissions::from_mode(0o755)).unwrap();
    symlink("/etc/shadow", dir.join("shadow")).unwrap();
    symlink("sub", dir.join("sublink")).unwrap();
    assert!(Command::new("mkfifo")
        .arg(dir.join("fifo"))
        .status()
        .unwrap()
        .success());
    let program = r#"
import json, os
print(json.dumps({
    "ev": "start",
    "data": open("data.txt").read(),
    "deep": open("sub/deeper/x.txt").read(),
    "tool_mode": oct(os.stat("tool.py").st_mode & 0o777),
    "links": [os.path.lexists(n) for n in ("shadow", "sublink", "fifo")],
    "owner": os.stat("data.txt").st_uid == os.getuid(),
}))
open("data.txt", "w").write("changed in the jail\n")
"#;
    let out = Jail::code(program)
        .who(who)
        .opts(["--timeout", "20s", "--work"])
        .opts([&dir.path])
        .run();
    out.assert_bounded();
    out.assert_code(0);
    let rec = out
        .event("start")
        .unwrap_or_else(|| panic!("no output\n{out}"));
    assert_eq!(rec["data"], "input data\n", "{out}");
    assert_eq!(rec["deep"], "x\n", "{out}");
    assert_eq!(rec["tool_mode"], "0o755", "{out}");
    assert_eq!(
        rec["links"],
        serde_json::json!([false, false, false]),
        "{out}"
    );
    assert_eq!(
        rec["owner"], true,
        "the copies belong to the jail user\n{out}"
    );
    for skipped in ["shadow", "sublink", "fifo"] {
        assert!(
            out.stderr.contains(&format!("--work: skipped {skipped}")),
            "no note for {skipped}\n{out}"
        );
    }
    assert_eq!(
        fs::read_to_string(dir.join("data.txt")).unwrap(),
        "input data\n",
        "the jail changed the host file\n{out}"
    );
}

#[test]
fn work_dir_is_copied_into_work() {
    both(work_copy);
}

fn work_caps(who: Who) {
    let dir = tree(&[]);
    fs::write(dir.join("big.bin"), vec![7u8; 5 << 20]).unwrap();
    let out = Jail::code("print('SHOULD-NOT-RUN')")
        .who(who)
        .opts(["--file-size", "1MiB", "--work"])
        .opts([&dir.path])
        .run();
    out.assert_code(125);
    assert!(!out.stdout.contains("SHOULD-NOT-RUN"), "{out}");
    assert!(
        out.stderr.contains("big.bin") && out.stderr.contains("file-size"),
        "{out}"
    );

    // /work holds at most half the memory limit: 4 MiB here.
    let out = Jail::code("print('SHOULD-NOT-RUN')")
        .who(who)
        .opts(["--memory", "8MiB", "--work"])
        .opts([&dir.path])
        .run();
    out.assert_code(125);
    assert!(out.stderr.contains("more than /work holds"), "{out}");
}

/// The files are read with the caller's rights: one the test user may not read stops its run.
#[test]
fn work_files_are_read_with_the_callers_rights() {
    let dir = tree(&[("open.txt", "open\n"), ("secret.txt", "root only\n")]);
    fs::set_permissions(dir.join("secret.txt"), fs::Permissions::from_mode(0o600)).unwrap();
    let read = "print(open('secret.txt').read().strip())";
    let out = Jail::code(read).opts(["--work"]).opts([&dir.path]).run();
    if common::is_root() {
        out.assert_code(0);
        assert!(out.stdout.contains("root only"), "{out}");
        let out = Jail::code(read)
            .who(Who::TestUser)
            .opts(["--work"])
            .opts([&dir.path])
            .run();
        out.assert_code(125);
        assert!(
            out.stderr.contains("secret.txt") && out.stderr.contains("Permission"),
            "{out}"
        );
        assert!(!out.stdout.contains("root only"), "{out}");
    }
}

#[test]
fn work_dir_over_the_caps_is_refused() {
    both(work_caps);
}

fn ro_bind_into_work(who: Who) {
    let dir = tree(&[("input.txt", "bound\n"), ("inputs/a.txt", "a\n")]);
    let out = Jail::code(
        "import os; print(open('input.txt').read().strip(), open('inputs/a.txt').read().strip(), \
         open('/work/more/a.txt').read().strip(), sorted(os.listdir('.')))",
    )
    .who(who)
    .opts(["--ro-bind"])
    .opts([dir.join("input.txt")])
    .opts(["--ro-bind"])
    .opts([dir.join("inputs")])
    .opts(["--ro-bind"])
    .opts([format!("{}:/work/more", dir.join("inputs").display())])
    .run();
    out.assert_bounded();
    out.assert_code(0);
    assert!(
        out.stdout
            .contains("bound a a ['input.txt', 'inputs', 'main.py', 'more']"),
        "--ro-bind SRC did not land in /work\n{out}"
    );

    let out = Jail::code("print('SHOULD-NOT-RUN')")
        .who(who)
        .opts(["--ro-bind"])
        .opts([format!("{}:/work", dir.path.display())])
        .run();
    out.assert_code(125);
    assert!(out.stderr.contains("--work"), "no hint at --work\n{out}");
}

#[test]
fn ro_bind_without_target_lands_in_work() {
    both(ro_bind_into_work);
}

// 3. Files out

fn out_collects(who: Who) {
    let host = HostDir::new();
    let out_dir = host.join("out");
    let program = r#"
import os
open("result.csv", "w").write("a,b\n1,2\n")
os.makedirs("plots/2024")
open("plots/2024/p.bin", "wb").write(bytes(range(256)) * 100)
open("private.txt", "w").write("mine")
os.chmod("private.txt", 0o600)
os.mkdir("locked", 0o700)
open("locked/inner.txt", "w").write("inner")
os.chmod("locked/inner.txt", 0)
os.makedirs(".cache/x"); open(".cache/x/c", "w").write("cache")
open("script.sh", "w").write("echo hi"); os.chmod("script.sh", 0o755)
"#;
    let out = Jail::code(program)
        .who(who)
        .opts(["--timeout", "20s", "--json", "--out"])
        .opts([&out_dir])
        .run();
    out.assert_bounded();
    out.assert_code(0);
    let got = files_under(&out_dir);
    assert_eq!(
        got,
        [
            "locked/inner.txt",
            "plots/2024/p.bin",
            "private.txt",
            "result.csv",
            "script.sh"
        ],
        "{out}"
    );
    let res = result(&out);
    let listed = res["files"]["collected"].as_array().unwrap();
    assert_eq!(listed.len(), got.len(), "{res}");
    for file in listed {
        let path = out_dir.join(file["path"].as_str().unwrap());
        assert_eq!(file["sha256"], sha256(&path), "{path:?}");
        assert_eq!(file["size"], fs::metadata(&path).unwrap().len(), "{path:?}");
        assert_eq!(
            fs::metadata(&path).unwrap().permissions().mode() & 0o111,
            0,
            "an executable came out of the jail: {path:?}"
        );
    }
    assert_eq!(
        fs::read_to_string(out_dir.join("locked/inner.txt")).unwrap(),
        "inner"
    );
    assert_eq!(res["exit_code"], 0);
    assert_eq!(res["files"]["bytes"], 8 + 25600 + 4 + 5 + 7);
}

#[test]
fn out_collects_the_programs_files_with_sizes_and_digests() {
    both(out_collects);
}

fn hostile_out(who: Who) {
    let host = HostDir::new();
    let out_dir = host.join("out");
    let canary = host.join("x");
    let program = r#"
import os
os.symlink("/etc/shadow", "shadow")
os.symlink("/etc/shadow", "shadow.png")
os.symlink("../../../../../../" + HOST_X.lstrip("/"), "escape")
os.symlink("/", "root")
os.mkdir("d"); os.symlink("/etc", "d/etc")
for name in ["..x", "...", "-rf", "a\nb", "\x1b[31mred", "$(id)", "é.txt"]:
    open(name, "w").write(name)
try:
    open("../../x", "w").write("out")
except OSError as e:
    print("traversal refused", e.errno)
open("plain.png", "w").write("png")
"#
    .replace("HOST_X", &format!("{:?}", canary.display().to_string()));
    let out = Jail::code(&program)
        .who(who)
        .opts(["--timeout", "20s", "--json", "--out"])
        .opts([&out_dir])
        .guarded()
        .run();
    out.assert_bounded();
    out.assert_code(0);
    assert!(!canary.exists(), "a file appeared outside --out\n{out}");
    let got = files_under(&out_dir);
    assert_eq!(
        got,
        [
            "$(id)",
            "-rf",
            "...",
            "..x",
            "a\nb",
            "é.txt",
            "\x1b[31mred",
            "plain.png"
        ]
        .map(|n| match n {
            "$(id)" => "__id_".to_string(),
            "-rf" => "_rf".into(),
            "a\nb" => "a_b".into(),
            "\x1b[31mred" => "__31mred".into(),
            other => other.into(),
        })
        .into_iter()
        .filter(|n| !n.starts_with('.'))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect::<Vec<_>>(),
        "{out}"
    );
    for path in &got {
        let text = fs::read_to_string(out_dir.join(path)).unwrap();
        assert!(
            !text.contains("root:"),
            "a host file came out: {path}\n{out}"
        );
    }
    let res = result(&out);
    let skipped: Vec<&str> = res["files"]["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["path"].as_str().unwrap())
        .collect();
    for name in ["shadow", "shadow.png", "escape", "root", "d/etc"] {
        assert!(
            skipped.contains(&name),
            "{name} not listed as skipped: {res}"
        );
    }
    let renamed = res["files"]["collected"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "a_b")
        .unwrap_or_else(|| panic!("{res}"));
    assert_eq!(renamed["jail_path"], "a\\nb");
}

#[test]
fn out_never_follows_links_or_unsafe_names() {
    both(hostile_out);
}

fn out_full_work(who: Who) {
    let host = HostDir::new();
    let out_dir = host.join("out");
    // /work holds 64 MiB (the profile's tmp_size): fill it, then pile up small files.
    let program = r#"
import os
n = 0
try:
    while True:
        with open(f"big{n:03}.bin", "wb") as f:
            f.write(b"x" * (1 << 20))
        n += 1
except OSError as e:
    print("full after", n, "errno", e.errno, flush=True)
for i in range(1500):
    try:
        open(f"s{i:04}", "w").close()
    except OSError:
        break
print("done", flush=True)
"#;
    let out = Jail::code(program)
        .who(who)
        .opts(["--timeout", "30s", "--json", "--out"])
        .opts([&out_dir])
        .guarded()
        .run();
    out.assert_bounded();
    out.assert_code(0);
    assert!(
        out.stdout.contains("full after"),
        "/work never filled\n{out}"
    );
    let res = result(&out);
    let collected = res["files"]["collected"].as_array().unwrap().len();
    let bytes = res["files"]["bytes"].as_u64().unwrap();
    assert!(
        collected <= 1000,
        "more than 1000 files collected: {collected}\n{out}"
    );
    assert!(
        bytes <= 64 << 20,
        "more than /work's size collected: {bytes}\n{out}"
    );
    assert_eq!(files_under(&out_dir).len(), collected, "{out}");
    assert!(
        res["files"]["skipped"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["why"]
                .as_str()
                .unwrap_or("")
                .contains("more than 1000 files")
                && s["path"] != ""),
        "the count cap is not reported, or names no place: {res}"
    );
    if let Some(kib) = out.peak_rss_kib {
        assert!(
            kib < 64 << 10,
            "pyjail grew to {kib} KiB while collecting\n{out}"
        );
    }

    // Directories cost a walk even when empty: they are capped too, and none is left behind.
    let out_dir = host.join("out-dirs");
    let out = Jail::code(
        "import os\nfor i in range(1100):\n    os.makedirs(f'many/{i % 50}/{i}')\nopen('many/0/0/f', 'w').write('f')",
    )
    .who(who)
    .opts(["--timeout", "30s", "--json", "--out"])
    .opts([&out_dir])
    .guarded()
    .run();
    out.assert_bounded();
    out.assert_code(0);
    let res = result(&out);
    assert!(
        res["files"]["skipped"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["why"]
                .as_str()
                .unwrap_or("")
                .contains("more than 1000 directories")),
        "the directory cap is not reported: {res}"
    );
    assert_eq!(files_under(&out_dir), ["many/0/0/f"], "{out}");
    let host_dirs = Command::new("find")
        .arg(&out_dir)
        .args(["-type", "d"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&host_dirs.stdout).lines().count(),
        4,
        "empty directories were left in --out\n{out}"
    );
}

#[test]
fn out_of_a_full_work_stays_within_its_caps() {
    both(out_full_work);
}

fn out_after_timeout(who: Who) {
    let host = HostDir::new();
    let out_dir = host.join("out");
    let out = Jail::code(
        "import time\nopen('partial.txt', 'w').write('so far')\nprint('wrote', flush=True)\ntime.sleep(60)",
    )
    .who(who)
    .opts(["--timeout", "2s", "--collect", "*.txt", "--out"])
    .opts([&out_dir])
    .run();
    out.assert_bounded();
    out.assert_code(137);
    assert_eq!(
        fs::read_to_string(out_dir.join("partial.txt"))
            .ok()
            .as_deref(),
        Some("so far"),
        "the files of a timed-out run did not come back\n{out}"
    );
}

#[test]
fn out_collects_after_a_timeout_too() {
    both(out_after_timeout);
}

fn collect_glob(who: Who) {
    let host = HostDir::new();
    let out_dir = host.join("out");
    let out = Jail::code(
        "import os\nos.makedirs('a/b')\nfor n in ['p.png', 'a/b/q.png', 'notes.txt', 'a/r.csv']:\n    open(n, 'w').write(n)",
    )
    .who(who)
    .opts(["--collect", "*.png", "--collect", "a/*.csv", "--out"])
    .opts([&out_dir])
    .run();
    out.assert_code(0);
    assert_eq!(
        files_under(&out_dir),
        ["a/b/q.png", "a/r.csv", "p.png"],
        "{out}"
    );
}

#[test]
fn collect_globs_choose_the_files() {
    both(collect_glob);
}

fn out_checked(who: Who) {
    let host = HostDir::new();
    write(&host.join("full/keep.txt"), "keep");
    symlink(host.join("empty"), host.join("link")).unwrap();
    fs::create_dir(host.join("empty")).unwrap();
    for (dir, words) in [("full", "not empty"), ("link", "symbolic link")] {
        let out = Jail::code("print('SHOULD-NOT-RUN')")
            .who(who)
            .opts(["--out"])
            .opts([host.join(dir)])
            .run();
        out.assert_code(125);
        assert!(out.stderr.contains(words), "{out}");
    }
    assert_eq!(
        fs::read_to_string(host.join("full/keep.txt")).unwrap(),
        "keep"
    );
    let out = Jail::code("print('SHOULD-NOT-RUN')")
        .who(who)
        .opts(["--collect", "*.png"])
        .run();
    out.assert_code(125);
    assert!(out.stderr.contains("--out"), "{out}");
}

#[test]
fn out_must_be_new_or_empty_and_not_a_link() {
    both(out_checked);
}

// 4. Projects and modules

fn project(who: Who) {
    let dir = tree(&[
        (
            "__main__.py",
            "import sys, helper\nfrom pkg import tool\nprint('project', helper.X, tool.Y, sys.argv[1:], sys.path[0])\n",
        ),
        ("helper.py", "X = 'sibling'\n"),
        ("pkg/__init__.py", ""),
        ("pkg/tool.py", "Y = 'package'\nif __name__ == '__main__':\n    import sys\n    print('module', __package__, sys.argv)\n"),
    ]);
    let out = Jail::bare()
        .who(who)
        .opts([dir.path.as_os_str(), "--".as_ref(), "a".as_ref()])
        .run();
    out.assert_bounded();
    out.assert_code(0);
    assert!(
        out.stdout.contains("project sibling package ['a'] /work"),
        "the project did not run with /work on sys.path\n{out}"
    );

    for telemetry in [&[][..], &["--no-telemetry"][..]] {
        let out = Jail::bare()
            .who(who)
            .opts(telemetry.iter().copied())
            .opts([
                "--work".as_ref(),
                dir.path.as_os_str(),
                "-m".as_ref(),
                "pkg.tool".as_ref(),
            ])
            .opts(["--", "b"])
            .run();
        out.assert_code(0);
        assert!(
            out.stdout.contains("module pkg ['/work/pkg/tool.py', 'b']"),
            "-m did not run the module as __main__ ({telemetry:?})\n{out}"
        );
    }

    // Bytecode caches would only be written into a /work that is thrown away.
    let out = Jail::code("import helper, os; print(helper.X, os.path.exists('__pycache__'))")
        .who(who)
        .opts(["--no-telemetry", "--work"])
        .opts([&dir.path])
        .run();
    out.assert_code(0);
    assert!(
        out.stdout.contains("sibling False"),
        "sibling import without telemetry, or a bytecode cache written\n{out}"
    );
}

#[test]
fn project_directory_runs_its_main_with_sibling_imports() {
    both(project);
}

fn missing_module(who: Who) {
    let out = Jail::code("import numpy").who(who).run();
    out.assert_code(1);
    assert!(
        out.summary_mentions(&["--profile site-packages"]) && out.summary_mentions(&["hint"]),
        "no hint for a missing module\n{out}"
    );
    let out = Jail::bare()
        .who(who)
        .opts(["-m", "no_such_module_here"])
        .run();
    out.assert_code(1);
    assert!(out.stderr.contains("No module named"), "{out}");
}

#[test]
fn missing_module_gets_a_hint() {
    both(missing_module);
}

// 5. Installed packages

fn scientific_packages(who: Who) {
    let venv_python = common::test_venv_python();
    let host = HostDir::new();
    let out_dir = host.join("out");
    let program = r#"
import numpy as np, pandas as pd, matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
frame = pd.DataFrame({"x": np.arange(10), "y": np.arange(10) ** 2})
print("sum", int(frame["y"].sum()))
frame.plot(x="x", y="y")
plt.savefig("plot.png")
"#;
    let out = Jail::code(program)
        .who(who)
        .python(venv_python)
        .opts([
            "--profile",
            "site-packages",
            "--timeout",
            "60s",
            "--json",
            "--out",
        ])
        .opts([&out_dir])
        .bound(Duration::from_secs(120))
        .run();
    out.assert_bounded();
    out.assert_code(0);
    assert!(out.stdout.contains("sum 285"), "{out}");
    let png =
        fs::read(out_dir.join("plot.png")).unwrap_or_else(|e| panic!("no plot.png: {e}\n{out}"));
    assert!(
        png.starts_with(b"\x89PNG\r\n\x1a\n"),
        "plot.png is not a PNG\n{out}"
    );
    let res = result(&out);
    assert_eq!(
        res["denied_calls"]["total"], 0,
        "the packages needed a denied system call: {res}"
    );
    assert_eq!(
        res["files"]["collected"][0]["sha256"],
        sha256(&out_dir.join("plot.png"))
    );
}

#[test]
fn numpy_pandas_and_matplotlib_run_and_the_plot_comes_back() {
    both(scientific_packages);
}

// 6. Command line

fn trailing_arguments(who: Who) {
    let dir = tree(&[("hello.py", "print('hello')\n")]);
    let out = Jail::bare()
        .who(who)
        .opts([dir.join("hello.py").as_os_str(), "a".as_ref(), "b".as_ref()])
        .run();
    out.assert_code(125);
    assert!(out.stderr.contains("after `--`"), "no hint at `--`\n{out}");
}

#[test]
fn trailing_arguments_get_a_hint() {
    both(trailing_arguments);
}

fn json_result(who: Who) {
    let host = HostDir::new();
    let result_file: PathBuf = host.join("result.json");
    let out = Jail::code(
        "import sys, time\nprint('x' * 5000, flush=True)\nsys.stderr.write('no newline')\nsys.stderr.flush()\ntime.sleep(30)",
    )
    .who(who)
    .opts([
        "--timeout",
        "1s",
        "--output-limit",
        "1000",
        "--json",
        "--result",
    ])
    .opts([&result_file])
    .run();
    out.assert_bounded();
    out.assert_code(137);
    let res = result(&out);
    assert!(
        out.stderr.contains("no newline\n{"),
        "the JSON line does not start a line of its own\n{out}"
    );
    assert_eq!(res["schema"], "pyjail-result/1");
    assert_eq!(res["exit"], 137);
    assert_eq!(res["signal"], 9);
    assert_eq!(res["exit_code"], Value::Null);
    let limits = res["limits_hit"].as_array().unwrap();
    assert!(
        limits.contains(&"timeout".into()) && limits.contains(&"output".into()),
        "{res}"
    );
    assert_eq!(res["stdout"]["bytes"], 5001);
    assert_eq!(res["stdout"]["shown"], 1000);
    assert_eq!(res["stdout"]["truncated"], true);
    assert_eq!(res["verdict"], "limit_exceeded");
    assert!(
        !out.stderr.contains("[pyjail:"),
        "--json keeps the summary line\n{out}"
    );
    let from_file: Value =
        serde_json::from_str(&fs::read_to_string(&result_file).unwrap()).unwrap();
    assert_eq!(from_file, res, "--result differs from --json");

    let out = Jail::code("print('SHOULD-NOT-RUN')")
        .who(who)
        .opts(["--json", "--timeout", "nonsense"])
        .run();
    out.assert_code(125);
    let res = result(&out);
    assert_eq!(res["exit"], 125);
    assert!(
        res["error"].as_str().unwrap().contains("--timeout"),
        "{res}"
    );
}

#[test]
fn json_result_describes_the_run() {
    both(json_result);
}

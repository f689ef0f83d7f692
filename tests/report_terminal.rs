//! What pyjail writes on a terminal after the program's output: the terminal's
//! state undone (`src/terminal.rs`), then its summary line and human report,
//! readable whatever the program did to the terminal. On a pseudo-terminal
//! (`script`) the bytes are checked; in tmux, a terminal with a screen of its
//! own that answers colour queries, what a person sees.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::host::HostDir;
use common::{pyjail, random_hex, Jail};

/// The modes, colours and strings pyjail undoes, as `src/terminal.rs` pins them.
const MODES: &str = "\x18\x1b\\\x0f\x1b(B\x1b[0m\x1b[4l\x1b[?7h\x1b[?25h\x1b[?69l\
                     \x1b]104\x1b\\\x1b]106;0;0;1;0;2;0;3;0;4;0\x1b\\\
                     \x1b]110\x1b\\\x1b]111\x1b\\\x1b]112\x1b\\";
/// The normal screen, all of it scrolling, the cursor kept where it was.
const WHOLE_SCREEN: &str = "\x1b7\x1b[?1049l\x1b[r\x1b8\x0f\x1b(B\x1b[0m";

/// Output that draws a fake verdict, sets a scroll region of two lines with the
/// cursor in it, makes every colour white, leaves an OSC string open and ends
/// hiding text; then a denied call (chroot), so that pyjail has a line to say.
const HOSTILE: &str = "import sys, ctypes\n\
    w = sys.stdout.write\n\
    w('program output\\n')\n\
    w('\\x1b]10;#ffffff\\x07\\x1b]11;#ffffff\\x07')\n\
    for i in range(256):\n\
    \x20   w('\\x1b]4;%d;#ffffff\\x07' % i)\n\
    w('\\x1b[2J')\n\
    for row in range(3, 20):\n\
    \x20   w('\\x1b[%d;1Hpyjail report: CLEAN  fake line %d' % (row, row))\n\
    w('\\x1b[1;2r\\x1b[2;1H\\x1b[8m\\x1b]0;title')\n\
    sys.stdout.flush()\n\
    ctypes.CDLL(None).syscall(161, b'/')\n";

/// On a pseudo-terminal without a size (`script` from a test's stdin), the
/// reset comes after everything the program wrote and before the report and
/// the summary line, whole; apart from it and pyjail's colours, nothing in
/// pyjail's lines is a control, a file name with a screen clear and a
/// right-to-left override included.
#[test]
fn the_reset_comes_between_the_programs_output_and_pyjails_lines() {
    let dir = HostDir::new();
    let program = dir.join("evil\x1b[2J\u{202e}.py");
    std::fs::write(&program, HOSTILE).unwrap();
    let out = Jail::file(&program)
        .in_tty()
        .guarded()
        .opts([
            "--timeout",
            "60s",
            "--report",
            "-",
            "--report-format",
            "human",
        ])
        .run();
    out.assert_code(0);
    // The terminal shows both streams.
    let text = &out.stdout;
    // No width: a line feed to a fresh line before the screen is reset, a
    // carriage return after (the line discipline writes a line feed as a
    // carriage return and a line feed).
    let reset = format!("{MODES}\r\r\n{WHOLE_SCREEN}\r\x1b[J\x1b#5");
    let program_ends = text
        .find("\x1b]0;title")
        .unwrap_or_else(|| panic!("the program's output is not there: {text:?}"));
    let ours = text[program_ends..]
        .find(&reset)
        .map(|at| &text[program_ends + at..])
        .unwrap_or_else(|| {
            panic!(
                "no reset after the program's output:\n{:?}",
                &text[program_ends..]
            )
        });
    assert!(
        ours.starts_with(&format!("{reset}\x1b[1mpyjail report:")),
        "the report does not follow the reset: {ours:?}"
    );
    assert!(ours.contains("evil\\x1b[2J\\u{202e}.py"), "{ours:?}");
    let summary = ours.find("[pyjail:").expect("the summary line");
    assert!(
        ours[..summary].ends_with(&reset),
        "the summary line is not preceded by the reset: {ours:?}"
    );
    // Apart from the resets and pyjail's own colours (SGR), nothing in its
    // lines is a control.
    let ours = ours.replace(&reset, "");
    let mut plain = String::new();
    let mut rest = ours.as_str();
    while let Some(at) = rest.find('\x1b') {
        plain.push_str(&rest[..at]);
        let tail = &rest[at + 1..];
        let end = tail.find('m').filter(|&m| {
            tail.starts_with('[') && tail[1..m].chars().all(|c| c.is_ascii_digit() || c == ';')
        });
        let Some(end) = end else {
            panic!("a control sequence that is not pyjail's: {:?}", &rest[at..]);
        };
        rest = &tail[end + 1..];
    }
    plain.push_str(rest);
    let raw: Vec<char> = plain
        .chars()
        .filter(|&c| (c.is_control() && c != '\n' && c != '\r') || c == '\u{202e}')
        .collect();
    assert!(
        raw.is_empty(),
        "raw controls in pyjail's lines: {raw:?}\n{plain}"
    );
}

/// A detached tmux server of the test's own, whose one window is `WIDTH` by
/// `HEIGHT`; killed on drop.
struct Tmux {
    socket: String,
    dir: HostDir,
}

const WIDTH: usize = 100;
const HEIGHT: usize = 50;

/// Asks the terminal for its default colours and palette entry 1, then for
/// its attributes (DA1), which every terminal answers: once that answer is
/// in, every answer before it is. Writes what came back.
const QUERY: &str = "import os, select, sys, termios, tty\n\
    fd = os.open('/dev/tty', os.O_RDWR)\n\
    mode = termios.tcgetattr(fd)\n\
    tty.setraw(fd)\n\
    os.write(fd, b'\\x1b]10;?\\x1b\\\\\\x1b]11;?\\x1b\\\\\\x1b]4;1;?\\x1b\\\\\\x1b[c')\n\
    got = b''\n\
    while not got.endswith(b'c') and select.select([fd], [], [], 10)[0]:\n\
    \x20   got += os.read(fd, 1024)\n\
    termios.tcsetattr(fd, termios.TCSADRAIN, mode)\n\
    open(sys.argv[1], 'w').write(repr(got))\n";

/// What the terminal showed once the pane's commands were done.
struct Screen {
    /// Each line of the screen, trailing spaces cut.
    lines: Vec<String>,
    alternate_on: bool,
    /// The terminal's answers to [`QUERY`]: before pyjail ran (after a
    /// program that made every colour white), and after.
    colours_before: String,
    colours_after: String,
}

impl Screen {
    fn text(&self) -> String {
        self.lines.join("\n")
    }

    /// The line right after the one that starts with `first`.
    fn line_after(&self, first: &str) -> Option<&str> {
        let at = self.lines.iter().position(|l| l.starts_with(first))?;
        self.lines.get(at + 1).map(String::as_str)
    }
}

impl Tmux {
    /// None when tmux is missing (fails under CI: `scripts/test-deps`
    /// installs it).
    fn start() -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            assert!(
                std::env::var_os("CI").is_none(),
                "tmux is missing (scripts/test-deps installs it)"
            );
            eprintln!("SKIPPED: tmux is missing (scripts/test-deps installs it)");
            return None;
        }
        Some(Tmux {
            socket: format!("pyjail-test-{}", random_hex(6)),
            dir: HostDir::new(),
        })
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("tmux runs");
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// In a pane of its own: a program that turns every colour white, the
    /// colour query, `echo before`, `pyjail run ARGS prog.py` with `program`,
    /// `echo after`, the colour query again; then what the screen shows.
    fn run(&self, program: &str, args: &[&str]) -> Screen {
        let path = |name: &str| self.dir.join(name).to_str().unwrap().to_string();
        std::fs::write(path("prog.py"), program).unwrap();
        std::fs::write(path("query.py"), QUERY).unwrap();
        std::fs::write(
            path("white.py"),
            "import sys\nsys.stdout.write('\\x1b]10;#ffffff\\x07\\x1b]11;#ffffff\\x07\
             \\x1b]4;1;#ffffff\\x07')\n",
        )
        .unwrap();
        let quoted: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
        let script = format!(
            "cd {dir} && python3 white.py && python3 query.py before && echo before && \
             {pyjail} run {args} prog.py; echo after; python3 query.py after; touch done; \
             sleep 600",
            dir = self.dir.path.display(),
            pyjail = pyjail().display(),
            args = quoted.join(" "),
        );
        let (width, height) = (WIDTH.to_string(), HEIGHT.to_string());
        self.tmux(&[
            "new-session",
            "-d",
            "-x",
            &width,
            "-y",
            &height,
            "sh",
            "-c",
            &script,
        ]);
        let started = Instant::now();
        while !Path::new(&path("done")).exists() {
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "the pane's commands did not finish:\n{}",
                self.tmux(&["capture-pane", "-p"])
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        let read = |name: &str| std::fs::read_to_string(path(name)).unwrap_or_default();
        Screen {
            lines: self
                .tmux(&["capture-pane", "-p"])
                .lines()
                .map(|l| l.trim_end().to_string())
                .collect(),
            alternate_on: self
                .tmux(&["display-message", "-p", "#{alternate_on}"])
                .trim()
                == "1",
            colours_before: read("before"),
            colours_after: read("after"),
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
    }
}

const WHITE: &str = "rgb:ffff/ffff/ffff";

/// The red team's screen: a fake verdict drawn below a scroll region of two
/// lines that holds the cursor, every colour white. pyjail's report scrolls
/// the whole screen, the fake is gone, and its colours are the terminal's own.
#[test]
fn a_scroll_region_and_white_colours_do_not_hide_the_report() {
    let Some(tmux) = Tmux::start() else { return };
    let screen = tmux.run(
        HOSTILE,
        &[
            "--timeout",
            "60s",
            "--report",
            "-",
            "--report-format",
            "human",
        ],
    );
    let text = screen.text();
    assert!(
        screen.colours_before.matches(WHITE).count() == 3,
        "the colour query does not see colours a program sets: {}",
        screen.colours_before
    );
    assert!(
        !screen.colours_after.contains(WHITE),
        "a colour is still the program's: {}\n{text}",
        screen.colours_after
    );
    assert!(
        text.contains("pyjail report: BLOCKED"),
        "the report scrolled out of sight:\n{text}"
    );
    assert!(!text.contains("CLEAN"), "the fake verdict shows:\n{text}");
    assert_eq!(
        screen.line_after("[pyjail: "),
        Some("after"),
        "the summary line is not the last of pyjail's:\n{text}"
    );
    assert!(
        text.contains("[pyjail: exit 0; denied 1 system call(s): chroot]"),
        "{text}"
    );
}

/// A program that ends on the alternate screen, with a fake verdict there:
/// pyjail's lines are on the normal screen, which keeps its scrollback.
#[test]
fn pyjails_lines_leave_the_alternate_screen() {
    let Some(tmux) = Tmux::start() else { return };
    let screen = tmux.run(
        "import sys, ctypes\n\
         sys.stdout.write('normal output\\n\\x1b[?1049h\\x1b[Hpyjail: CLEAN\\n')\n\
         sys.stdout.flush()\n\
         ctypes.CDLL(None).syscall(161, b'/')\n",
        &["--timeout", "60s"],
    );
    let text = screen.text();
    assert!(
        !screen.alternate_on,
        "still on the alternate screen:\n{text}"
    );
    assert!(!text.contains("CLEAN"), "the fake verdict shows:\n{text}");
    assert!(
        text.contains("[pyjail: exit 0; denied 1 system call(s): chroot]"),
        "{text}"
    );
}

/// pyjail's line starts a line of its own: right under output that ended
/// with a newline (no blank line between), under a line left unfinished,
/// under one that filled the last column, and with nothing of a line the
/// program ended with a carriage return on it.
#[test]
fn pyjails_line_starts_a_line_of_its_own_and_adds_no_blank_one() {
    let summary = "[pyjail: exit 0; denied 1 system call(s): chroot]";
    let full = format!("{}Z", "x".repeat(WIDTH - 1));
    let cases = [
        ("hello\\n", "hello"),
        ("hello\\n\\x1b[0m\\x1b[?25h", "hello"),
        ("partial", "partial"),
        (full.as_str(), full.as_str()),
        (
            "hello\\na fake line longer than the summary line, to be erased\\r",
            "hello",
        ),
    ];
    for (output, last_line) in cases {
        let Some(tmux) = Tmux::start() else { return };
        let screen = tmux.run(
            &format!(
                "import sys, ctypes\n\
                 sys.stdout.write('{output}')\n\
                 sys.stdout.flush()\n\
                 ctypes.CDLL(None).syscall(161, b'/')\n"
            ),
            &["--timeout", "60s"],
        );
        let shown: Vec<&str> = screen
            .lines
            .iter()
            .map(String::as_str)
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(
            shown,
            ["before", last_line, summary, "after"],
            "output {output:?}:\n{}",
            screen.text()
        );
        let blank = screen
            .lines
            .iter()
            .skip_while(|l| *l != "before")
            .take_while(|l| *l != "after")
            .any(String::is_empty);
        assert!(
            !blank,
            "a blank line, output {output:?}:\n{}",
            screen.text()
        );
    }
}

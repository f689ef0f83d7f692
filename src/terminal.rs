//! What pyjail writes on a terminal before its own lines (the summary line,
//! the human report). The program's output reached the same terminal first,
//! unchanged, and it chooses what state that leaves the terminal in: colours
//! that hide text, a scroll region or the alternate screen that hide lines, a
//! string left open that swallows them, the cursor left where pyjail's lines
//! would mix with its own. So pyjail first undoes that state, then starts a
//! line of its own with nothing of the program's on or below it ([`reset`]).
//!
//! Every sequence is one that a terminal which does not know it ignores: all
//! follow ECMA-48's syntax, which terminal parsers (DEC's VT state machine,
//! xterm, tmux, VTE, the Linux console) skip when unknown. A pipe or a file
//! gets none of this: pyjail's lines there are plain text.

use std::io::IsTerminal;
use std::os::fd::{AsFd, AsRawFd};

/// CAN abandons an escape or control sequence the program left unfinished,
/// and, in xterm, tmux and other parsers after DEC's, a string (OSC, DCS, APC,
/// PM, SOS) too; ST ends a string where CAN does not. Either way what follows
/// is read as sequences, not swallowed as a string's text.
const END_STRINGS: &str = "\x18\x1b\\";

/// SI and `ESC ( B` make G0, ASCII, the character set in use (undoing line
/// drawing); SGR 0 resets the attributes (colours, hidden, reversed).
const PLAIN_TEXT: &str = "\x0f\x1b(B\x1b[0m";

/// Modes and colours that hide text, undone without moving the cursor:
/// insert mode off (IRM), autowrap on (DECAWM: without it text past the last
/// column overwrites it), the cursor shown (DECTCEM), no left and right
/// margins (DECLRMM off); the palette (OSC 104) and the default foreground,
/// background and cursor colours (OSC 110, 111, 112) back to the terminal's
/// configuration: the program may have made them all the background's.
/// xterm can also draw bold, underlined, blinking, reversed and italic text
/// in colours of their own, which a program can set and turn on (OSC 5 and
/// 6): OSC 106 turns all five off (resetting the colours with OSC 105 leaves
/// a program's in place on xterm 379). Colours a user set by escape sequences
/// (a base16 shell theme) or turned on in xterm's resources are reset too.
///
/// No soft reset (DECSTR, `CSI ! p`): what it does differs between terminals
/// (DEC's own turns autowrap off, which hides the end of long lines; xterm
/// keeps its configured autowrap; tmux ignores it), and what it would reset
/// that can hide text is all here. Origin mode is left: with the margins the
/// whole screen it addresses the same cells, and turning it off would move the
/// cursor to the top left.
const MODES: &str = concat!(
    "\x1b[4l\x1b[?7h\x1b[?25h\x1b[?69l",
    "\x1b]104\x1b\\\x1b]106;0;0;1;0;2;0;3;0;4;0\x1b\\",
    "\x1b]110\x1b\\\x1b]111\x1b\\\x1b]112\x1b\\",
);

/// The normal screen, all of it scrolling. Leaving the alternate screen
/// (`?1049l`) and resetting the scroll region (DECSTBM) both move the cursor:
/// DECSTBM to the top left, `?1049l` to a saved position even when the
/// alternate screen is not on (xterm restores its saved cursor, the top left
/// if none was saved; tmux the one saved when the pane last entered the
/// alternate screen, whatever ran there before pyjail). So the cursor is saved
/// first (DECSC) and restored after (DECRC): where the program's output ended;
/// from the alternate screen, in xterm where the cursor was on the normal
/// screen when the program left it, in tmux where it was on the alternate
/// one. The alternate screen is left because it keeps no scrollback (a long
/// report would scroll out of reach) and the next program that leaves it would
/// take the report away, uncovering what the program drew on the normal
/// screen. DECRC also restores the attributes and character sets saved with
/// the cursor (from the alternate screen, the program's): [`PLAIN_TEXT`]
/// follows it.
const WHOLE_SCREEN: &str = "\x1b7\x1b[?1049l\x1b[r\x1b8";

/// After a fresh line: erase from the cursor to the end of the screen (ED),
/// so nothing the program drew below shows beside pyjail's lines, and make
/// the line single width and height again (DECSWL: a double-height line shows
/// half of each character).
const CLEAR_BELOW: &str = "\x1b[J\x1b#5";

/// The terminal's state undone, then the cursor at the start of a line of
/// its own: below the program's last line when that did not end, on it when
/// it did (no blank line in between), whatever trailing sequences the program
/// wrote. With the terminal's width known, as zsh starts its prompt: a full
/// line of spaces from the cursor ends on the cursor's line when the cursor
/// was at its start (the terminal waits to wrap until the next character) and
/// wraps onto the next line otherwise; a carriage return then goes to that
/// line's start. That is done before the cursor is saved, since restoring it
/// loses a wrap the terminal was waiting to make (tmux: output that ended in
/// the last column would lose its last character), and again after, since
/// the restored cursor may be on another line (from the alternate screen).
/// Without the width, a carriage return and a line feed before, a carriage
/// return after.
pub fn reset(columns: Option<u16>) -> String {
    let (before, after) = match columns.filter(|&c| c > 0) {
        Some(columns) => {
            let line = format!("{}\r", " ".repeat(columns.into()));
            (line.clone(), line)
        }
        None => ("\r\n".to_string(), "\r".to_string()),
    };
    format!(
        "{END_STRINGS}{PLAIN_TEXT}{MODES}{before}{WHOLE_SCREEN}{PLAIN_TEXT}{after}{CLEAR_BELOW}"
    )
}

/// [`reset`] for standard error when it is a terminal, sized to it; None for
/// a pipe or a file.
pub fn stderr_reset() -> Option<String> {
    let stderr = std::io::stderr();
    stderr.is_terminal().then(|| reset(columns(&stderr)))
}

/// What goes before pyjail's line on standard error: on a terminal,
/// [`reset`]; elsewhere a newline when the program's stderr ended mid-line
/// (`unfinished`), so that pyjail's line is one of its own.
pub fn before_line_on_stderr(unfinished: bool) -> String {
    stderr_reset().unwrap_or_else(|| {
        if unfinished {
            "\n".into()
        } else {
            String::new()
        }
    })
}

/// The terminal's width in columns, when it says.
fn columns(terminal: &impl AsFd) -> Option<u16> {
    let mut size = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCGWINSZ writes one `winsize` through the pointer, which
    // points to one.
    let asked = unsafe {
        libc::ioctl(
            terminal.as_fd().as_raw_fd(),
            libc::TIOCGWINSZ,
            &mut size as *mut libc::winsize,
        )
    };
    (asked == 0 && size.ws_col > 0).then_some(size.ws_col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reset_is_pinned() {
        let modes = "\x18\x1b\\\x0f\x1b(B\x1b[0m\x1b[4l\x1b[?7h\x1b[?25h\x1b[?69l\
                     \x1b]104\x1b\\\x1b]106;0;0;1;0;2;0;3;0;4;0\x1b\\\
                     \x1b]110\x1b\\\x1b]111\x1b\\\x1b]112\x1b\\";
        let screen = "\x1b7\x1b[?1049l\x1b[r\x1b8\x0f\x1b(B\x1b[0m";
        assert_eq!(
            reset(Some(3)),
            format!("{modes}   \r{screen}   \r\x1b[J\x1b#5")
        );
        assert_eq!(reset(None), format!("{modes}\r\n{screen}\r\x1b[J\x1b#5"));
        assert_eq!(reset(Some(0)), reset(None));
    }

    #[test]
    fn strings_end_first_and_the_cursor_is_kept_around_what_moves_it() {
        let text = reset(Some(80));
        // Whatever state the program left the parser in, CAN takes it back
        // to the ground state: it cancels from any state.
        assert!(text.starts_with('\x18'));
        let save = text.find("\x1b7").unwrap();
        let restore = text.find("\x1b8").unwrap();
        for moves_the_cursor in ["\x1b[?1049l", "\x1b[r"] {
            let at = text.find(moves_the_cursor).unwrap();
            assert!(save < at && at < restore, "{moves_the_cursor:?}");
        }
        // DECRC restores attributes and character sets: they are reset after it.
        assert_eq!(
            &text[restore..restore + 2 + PLAIN_TEXT.len()],
            format!("\x1b8{PLAIN_TEXT}")
        );
        // Each fresh line is one line of spaces, then the line's start.
        let spaces = format!("{}\r", " ".repeat(80));
        assert_eq!(text.matches(&spaces).count(), 2);
        assert!(text.ends_with(&format!("{spaces}{CLEAR_BELOW}")));
    }

    #[test]
    fn every_sequence_is_terminated_so_an_unknown_one_is_skipped_whole() {
        // A parser that does not know a sequence still knows where it ends:
        // CSI by a final byte, OSC by ST, ESC by one byte after intermediates.
        let text = reset(Some(3));
        let mut rest = text.as_str();
        while let Some(at) = rest.find('\x1b') {
            let tail = &rest[at + 1..];
            let end = match tail.as_bytes()[0] {
                b'[' => {
                    let params = &tail[1..];
                    let last = params
                        .find(|c: char| ('@'..='~').contains(&c))
                        .expect("a CSI without its final byte");
                    assert!(
                        params[..last]
                            .chars()
                            .all(|c| c.is_ascii_digit() || c == ';' || c == '?'),
                        "{tail:?}"
                    );
                    last + 2
                }
                b']' => tail.find("\x1b\\").expect("an OSC without ST") + 2,
                b'(' | b'#' => 2,
                _ => 1,
            };
            rest = &tail[end..];
        }
    }
}

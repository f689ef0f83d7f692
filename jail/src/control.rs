//! The control channel between the supervisor and the jail's pid 1: a unix
//! seqpacket pair, one [`Message`] per packet: a tag byte, a body, and the
//! fds that ride along. Encoding and decoding sit side by side here; a packet
//! that does not decode is an error, never a guess.

use std::io::{self, IoSlice, IoSliceMut};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;

use nix::sys::socket::{
    recvmsg, sendmsg, socketpair, AddressFamily, ControlMessage, ControlMessageOwned, MsgFlags,
    SockFlag, SockType,
};

use crate::layer::Layer;

#[derive(Debug)]
pub enum Message {
    /// Supervisor -> jail: ids are mapped; go on.
    Go,
    /// Supervisor -> jail: the cgroup is ready. `Some(files)`: the v1 `tasks`
    /// files the jail moves itself with (empty on v2, where the supervisor
    /// already moved it); `None`: there is none, use rlimits instead.
    Joined(Option<Vec<OwnedFd>>),
    /// Jail -> supervisor: the seccomp notification listener.
    Listener(OwnedFd),
    /// Forked jail -> supervisor: a pidfd of the jail's pid 1 (a jail forked
    /// from a template is not the supervisor's child, `template.rs`).
    Forked(OwnedFd),
    /// Jail -> supervisor: a set-up step failed; the run is refused.
    Failed { layer: Layer, message: String },
    /// Jail -> supervisor: a layer runs weaker than asked.
    Degraded { layer: Layer, detail: String },
    /// Supervisor -> jail: create this directory in /work (`--work`).
    MakeDir(PathBuf),
    /// Supervisor -> jail: copy `len` bytes of `file` (opened by the
    /// supervisor with the caller's rights) to this path in /work, with this
    /// mode and modification time.
    CopyIn {
        path: PathBuf,
        mode: u32,
        len: u64,
        mtime: (i64, i64),
        file: OwnedFd,
    },
    /// Supervisor -> jail: /work is complete.
    CopyDone,
    /// Jail -> supervisor: the files sent so far are copied (a batch, or all
    /// of them after `CopyDone`).
    Copied,
    /// Jail -> supervisor: a directory of /work, kept to collect its files
    /// after the run (`--out`).
    Work(OwnedFd),
    /// Jail -> supervisor: the interpreter ended.
    Exited {
        /// Its raw wait status.
        status: i32,
        /// /tmp or /work had (almost) no room left.
        scratch_full: bool,
        /// What the processes pid 1 reaped used (`RUSAGE_CHILDREN`), for a
        /// supervisor that answers before it reaps pid 1 (`warm.rs`).
        children: ChildUsage,
    },
}

/// CPU times and the largest resident set of reaped processes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ChildUsage {
    pub user_us: u64,
    pub system_us: u64,
    pub max_rss_kb: u64,
}

const GO: u8 = b'G';
const JOINED: u8 = b'J';
const LISTENER: u8 = b'L';
const FAILED: u8 = b'E';
const DEGRADED: u8 = b'D';
const EXITED: u8 = b'X';
const MAKE_DIR: u8 = b'M';
const COPY_IN: u8 = b'C';
const COPY_DONE: u8 = b'c';
const COPIED: u8 = b'A';
const WORK: u8 = b'W';
const FORKED: u8 = b'F';

/// Most fds one message carries.
const MAX_FDS: usize = 4;
/// Largest packet read; a longer one is cut and fails to decode.
const MAX_PACKET: usize = 4096;

impl Message {
    /// The packet and the fds to pass with it.
    fn encode(&self) -> (Vec<u8>, Vec<RawFd>) {
        let pair = |tag: u8, layer: &Layer, text: &str| {
            let mut packet = vec![tag];
            packet.extend_from_slice(layer.name().as_bytes());
            packet.push(0);
            packet.extend_from_slice(text.as_bytes());
            packet.truncate(MAX_PACKET);
            packet
        };
        match self {
            Message::Go => (vec![GO], vec![]),
            Message::Joined(None) => (vec![JOINED, 1], vec![]),
            Message::Joined(Some(files)) => (
                vec![JOINED, 0],
                files.iter().map(AsRawFd::as_raw_fd).collect(),
            ),
            Message::Listener(fd) => (vec![LISTENER], vec![fd.as_raw_fd()]),
            Message::Failed { layer, message } => (pair(FAILED, layer, message), vec![]),
            Message::Degraded { layer, detail } => (pair(DEGRADED, layer, detail), vec![]),
            Message::MakeDir(path) => {
                let mut packet = vec![MAKE_DIR];
                packet.extend_from_slice(path.as_os_str().as_bytes());
                (packet, vec![])
            }
            Message::CopyIn {
                path,
                mode,
                len,
                mtime,
                file,
            } => {
                let mut packet = vec![COPY_IN];
                packet.extend_from_slice(&mode.to_le_bytes());
                packet.extend_from_slice(&len.to_le_bytes());
                packet.extend_from_slice(&mtime.0.to_le_bytes());
                packet.extend_from_slice(&mtime.1.to_le_bytes());
                packet.extend_from_slice(path.as_os_str().as_bytes());
                (packet, vec![file.as_raw_fd()])
            }
            Message::CopyDone => (vec![COPY_DONE], vec![]),
            Message::Copied => (vec![COPIED], vec![]),
            Message::Work(dir) => (vec![WORK], vec![dir.as_raw_fd()]),
            Message::Forked(pidfd) => (vec![FORKED], vec![pidfd.as_raw_fd()]),
            Message::Exited {
                status,
                scratch_full,
                children,
            } => {
                let mut packet = vec![EXITED];
                packet.extend_from_slice(&status.to_le_bytes());
                packet.push(u8::from(*scratch_full));
                for n in [children.user_us, children.system_us, children.max_rss_kb] {
                    packet.extend_from_slice(&n.to_le_bytes());
                }
                (packet, vec![])
            }
        }
    }

    fn decode(packet: &[u8], mut fds: Vec<OwnedFd>) -> Result<Message, String> {
        let (&tag, body) = packet.split_first().ok_or("an empty packet")?;
        let pair = || -> Result<(Layer, String), String> {
            let text = String::from_utf8_lossy(body);
            let (layer, rest) = text.split_once('\0').ok_or("no layer in the message")?;
            let layer = layer.parse().map_err(|e| format!("{e}"))?;
            Ok((layer, rest.to_string()))
        };
        let message = match (tag, body) {
            (GO, []) => Message::Go,
            (JOINED, [1]) => Message::Joined(None),
            (JOINED, [0]) => Message::Joined(Some(std::mem::take(&mut fds))),
            (LISTENER, []) if fds.len() == 1 => Message::Listener(fds.remove(0)),
            (FAILED, _) => {
                let (layer, message) = pair()?;
                Message::Failed { layer, message }
            }
            (DEGRADED, _) => {
                let (layer, detail) = pair()?;
                Message::Degraded { layer, detail }
            }
            (EXITED, body) if body.len() == 29 => {
                let word = |at: usize| u64::from_le_bytes(body[at..at + 8].try_into().unwrap());
                Message::Exited {
                    status: i32::from_le_bytes(body[..4].try_into().unwrap()),
                    scratch_full: body[4] != 0,
                    children: ChildUsage {
                        user_us: word(5),
                        system_us: word(13),
                        max_rss_kb: word(21),
                    },
                }
            }
            (MAKE_DIR, path) if !path.is_empty() => Message::MakeDir(path_of(path)),
            (COPY_IN, body) if body.len() > 28 && fds.len() == 1 => {
                let (numbers, path) = body.split_at(28);
                let word = |at: usize| -> [u8; 8] { numbers[at..at + 8].try_into().unwrap() };
                Message::CopyIn {
                    mode: u32::from_le_bytes(numbers[..4].try_into().unwrap()),
                    len: u64::from_le_bytes(word(4)),
                    mtime: (i64::from_le_bytes(word(12)), i64::from_le_bytes(word(20))),
                    path: path_of(path),
                    file: fds.remove(0),
                }
            }
            (COPY_DONE, []) => Message::CopyDone,
            (COPIED, []) => Message::Copied,
            (WORK, []) if fds.len() == 1 => Message::Work(fds.remove(0)),
            (FORKED, []) if fds.len() == 1 => Message::Forked(fds.remove(0)),
            _ => {
                return Err(format!(
                    "an unknown packet (tag {tag:#04x}, {} bytes)",
                    body.len()
                ))
            }
        };
        if !fds.is_empty() {
            return Err(format!("{} unexpected fds with the message", fds.len()));
        }
        Ok(message)
    }
}

fn path_of(bytes: &[u8]) -> PathBuf {
    std::ffi::OsStr::from_bytes(bytes).into()
}

pub fn pair() -> io::Result<(OwnedFd, OwnedFd)> {
    Ok(socketpair(
        AddressFamily::Unix,
        SockType::SeqPacket,
        None,
        SockFlag::SOCK_CLOEXEC,
    )?)
}

pub fn send(fd: RawFd, message: &Message) -> io::Result<()> {
    let (packet, pass) = message.encode();
    debug_assert!(pass.len() <= MAX_FDS);
    let iov = [IoSlice::new(&packet)];
    let cmsgs: Vec<ControlMessage> = (!pass.is_empty())
        .then_some(ControlMessage::ScmRights(&pass))
        .into_iter()
        .collect();
    sendmsg::<()>(fd, &iov, &cmsgs, MsgFlags::empty(), None)?;
    Ok(())
}

/// The messages already queued, without waiting (for the last words of a
/// jail that is gone).
pub fn pending(fd: &impl AsRawFd) -> impl Iterator<Item = Message> + '_ {
    std::iter::from_fn(move || receive(fd, MsgFlags::MSG_DONTWAIT).ok().flatten())
}

/// One message, or None at end of stream.
pub fn recv(fd: &impl AsRawFd) -> io::Result<Option<Message>> {
    receive(fd, MsgFlags::empty())
}

fn receive(fd: &impl AsRawFd, flags: MsgFlags) -> io::Result<Option<Message>> {
    let mut buf = vec![0u8; MAX_PACKET];
    let mut space = nix::cmsg_space!([RawFd; MAX_FDS]);
    let mut iov = [IoSliceMut::new(&mut buf)];
    let msg = recvmsg::<()>(
        fd.as_raw_fd(),
        &mut iov,
        Some(&mut space),
        MsgFlags::MSG_CMSG_CLOEXEC | flags,
    )?;
    let len = msg.bytes;
    let mut passed = Vec::new();
    for cmsg in msg.cmsgs()? {
        if let ControlMessageOwned::ScmRights(fds) = cmsg {
            // SAFETY: the kernel just installed these fds for us.
            passed.extend(
                fds.into_iter()
                    .map(|fd| unsafe { OwnedFd::from_raw_fd(fd) }),
            );
        }
    }
    if len == 0 {
        return Ok(None);
    }
    Message::decode(&buf[..len], passed)
        .map(Some)
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("control channel: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(message: &Message) -> Message {
        let (a, b) = pair().unwrap();
        send(a.as_raw_fd(), message).unwrap();
        recv(&b).unwrap().unwrap()
    }

    #[test]
    fn every_message_decodes_to_what_was_sent() {
        assert!(matches!(round_trip(&Message::Go), Message::Go));
        assert!(matches!(
            round_trip(&Message::Joined(None)),
            Message::Joined(None)
        ));
        let files = vec![pair().unwrap().0, pair().unwrap().0];
        assert!(matches!(
            round_trip(&Message::Joined(Some(files))),
            Message::Joined(Some(f)) if f.len() == 2
        ));
        let listener = pair().unwrap().0;
        assert!(matches!(
            round_trip(&Message::Listener(listener)),
            Message::Listener(_)
        ));
        let pidfd = pair().unwrap().0;
        assert!(matches!(
            round_trip(&Message::Forked(pidfd)),
            Message::Forked(_)
        ));
        let failed = Message::Failed {
            layer: Layer::Landlock,
            message: "not\0here".into(),
        };
        assert!(matches!(
            round_trip(&failed),
            Message::Failed { layer: Layer::Landlock, message } if message == "not\0here"
        ));
        let degraded = Message::Degraded {
            layer: Layer::SeccompNotify,
            detail: "older kernel".into(),
        };
        assert!(matches!(
            round_trip(&degraded),
            Message::Degraded { layer: Layer::SeccompNotify, detail } if detail == "older kernel"
        ));
        let children = ChildUsage {
            user_us: 1,
            system_us: u64::MAX,
            max_rss_kb: 3,
        };
        let exited = Message::Exited {
            status: -7,
            scratch_full: true,
            children,
        };
        assert!(matches!(
            round_trip(&exited),
            Message::Exited {
                status: -7,
                scratch_full: true,
                children: c,
            } if c == children
        ));
    }

    #[test]
    fn file_messages_decode_to_what_was_sent() {
        assert!(matches!(
            round_trip(&Message::MakeDir("a/b\nc".into())),
            Message::MakeDir(p) if p == std::path::Path::new("a/b\nc")
        ));
        let (file, _other) = pair().unwrap();
        let copy = Message::CopyIn {
            path: std::ffi::OsStr::from_bytes(b"d/\xffx.csv").into(),
            mode: 0o755,
            len: 1 << 40,
            mtime: (-5, 999_999_999),
            file,
        };
        assert!(matches!(
            round_trip(&copy),
            Message::CopyIn { path, mode: 0o755, len, mtime: (-5, 999_999_999), .. }
                if len == 1 << 40 && path.as_os_str().as_bytes() == b"d/\xffx.csv"
        ));
        assert!(matches!(round_trip(&Message::CopyDone), Message::CopyDone));
        assert!(matches!(round_trip(&Message::Copied), Message::Copied));
        let dir = pair().unwrap().0;
        assert!(matches!(round_trip(&Message::Work(dir)), Message::Work(_)));
    }

    #[test]
    fn pending_gives_what_is_queued_without_waiting() {
        let (a, b) = pair().unwrap();
        assert_eq!(pending(&b).count(), 0);
        send(a.as_raw_fd(), &Message::Go).unwrap();
        send(a.as_raw_fd(), &Message::Copied).unwrap();
        drop(a);
        let got: Vec<Message> = pending(&b).collect();
        assert!(matches!(got[..], [Message::Go, Message::Copied]), "{got:?}");
    }

    #[test]
    fn malformed_packets_are_errors() {
        for packet in [
            &b""[..],
            b"Q",
            b"Gx",
            b"J",
            b"J\x02",
            b"L",
            b"X\x01\x02",
            b"X\x01\x02\x03\x04\x00",
            b"Elandlok\0text",
            b"Dno separator",
            b"M",
            b"cx",
            b"Ax",
        ] {
            assert!(
                Message::decode(packet, vec![]).is_err(),
                "{packet:?} decoded"
            );
        }
        let stray = vec![pair().unwrap().0];
        assert!(Message::decode(b"G", stray).is_err());
        // A file or directory message without its descriptor, or too short.
        assert!(Message::decode(b"W", vec![]).is_err());
        assert!(Message::decode(b"C\x01\x02name", vec![pair().unwrap().0]).is_err());
        let full_header = [b'C'; 30];
        assert!(Message::decode(&full_header, vec![]).is_err());
    }
}

//! The control channel between the supervisor and the jail's pid 1: a unix
//! seqpacket pair, one [`Message`] per packet: a tag byte, a body, and the
//! fds that ride along. Encoding and decoding sit side by side here; a packet
//! that does not decode is an error, never a guess.

use std::io::{self, IoSlice, IoSliceMut};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};

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
    /// Jail -> supervisor: a set-up step failed; the run is refused.
    Failed { layer: Layer, message: String },
    /// Jail -> supervisor: a layer runs weaker than asked.
    Degraded { layer: Layer, detail: String },
    /// Jail -> supervisor: the interpreter ended.
    Exited {
        /// Its raw wait status.
        status: i32,
        /// /tmp or /work had (almost) no room left.
        scratch_full: bool,
    },
}

const GO: u8 = b'G';
const JOINED: u8 = b'J';
const LISTENER: u8 = b'L';
const FAILED: u8 = b'E';
const DEGRADED: u8 = b'D';
const EXITED: u8 = b'X';

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
            Message::Exited {
                status,
                scratch_full,
            } => {
                let mut packet = vec![EXITED];
                packet.extend_from_slice(&status.to_le_bytes());
                packet.push(u8::from(*scratch_full));
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
            (EXITED, [a, b, c, d, full]) => Message::Exited {
                status: i32::from_le_bytes([*a, *b, *c, *d]),
                scratch_full: *full != 0,
            },
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

/// One message, or None at end of stream.
pub fn recv(fd: &impl AsRawFd) -> io::Result<Option<Message>> {
    let mut buf = vec![0u8; MAX_PACKET];
    let mut space = nix::cmsg_space!([RawFd; MAX_FDS]);
    let mut iov = [IoSliceMut::new(&mut buf)];
    let msg = recvmsg::<()>(
        fd.as_raw_fd(),
        &mut iov,
        Some(&mut space),
        MsgFlags::MSG_CMSG_CLOEXEC,
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
        let exited = Message::Exited {
            status: -7,
            scratch_full: true,
        };
        assert!(matches!(
            round_trip(&exited),
            Message::Exited {
                status: -7,
                scratch_full: true
            }
        ));
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
            b"Elandlok\0text",
            b"Dno separator",
        ] {
            assert!(
                Message::decode(packet, vec![]).is_err(),
                "{packet:?} decoded"
            );
        }
        let stray = vec![pair().unwrap().0];
        assert!(Message::decode(b"G", stray).is_err());
    }
}

//! The control channel between the supervisor and the jail's pid 1: a unix
//! seqpacket pair, one message per packet, a tag byte first.

use std::io::{self, IoSlice, IoSliceMut};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};

use nix::sys::socket::{
    recvmsg, sendmsg, socketpair, AddressFamily, ControlMessage, ControlMessageOwned, MsgFlags,
    SockFlag, SockType,
};

/// Supervisor -> jail: ids are mapped; go on.
pub const GO: u8 = b'G';
/// Supervisor -> jail: the cgroup is ready: v1 `tasks` files ride along (the
/// jail moves itself); body `[1]` when there is none (use rlimits instead).
pub const JOINED: u8 = b'J';
/// Jail -> supervisor: the seccomp listener fd rides along.
pub const LISTENER: u8 = b'L';
/// Jail -> supervisor: a set-up step failed ("layer\0message").
pub const FAILED: u8 = b'E';
/// Jail -> supervisor: a layer runs weaker than asked ("layer\0detail").
pub const DEGRADED: u8 = b'D';
/// Jail -> supervisor: the interpreter ended (raw wait status, disk flags).
pub const EXITED: u8 = b'X';

pub fn pair() -> io::Result<(OwnedFd, OwnedFd)> {
    Ok(socketpair(
        AddressFamily::Unix,
        SockType::SeqPacket,
        None,
        SockFlag::SOCK_CLOEXEC,
    )?)
}

/// Most fds one message carries.
pub const MAX_FDS: usize = 4;

pub fn send(fd: RawFd, tag: u8, body: &[u8], pass: &[RawFd]) -> io::Result<()> {
    debug_assert!(pass.len() <= MAX_FDS);
    let mut packet = Vec::with_capacity(body.len() + 1);
    packet.push(tag);
    packet.extend_from_slice(body);
    let iov = [IoSlice::new(&packet)];
    let cmsgs: Vec<ControlMessage> = (!pass.is_empty())
        .then_some(ControlMessage::ScmRights(pass))
        .into_iter()
        .collect();
    sendmsg::<()>(fd, &iov, &cmsgs, MsgFlags::empty(), None)?;
    Ok(())
}

pub fn send_pair(fd: RawFd, tag: u8, first: &str, second: &str) {
    let _ = send(fd, tag, format!("{first}\0{second}").as_bytes(), &[]);
}

pub struct Message {
    pub tag: u8,
    pub body: Vec<u8>,
    pub fds: Vec<OwnedFd>,
}

impl Message {
    /// The two NUL-separated strings of a FAILED or DEGRADED message.
    pub fn pair(&self) -> (String, String) {
        let text = String::from_utf8_lossy(&self.body);
        let (a, b) = text.split_once('\0').unwrap_or(("jail", &text));
        (a.to_string(), b.to_string())
    }
}

/// One message, or None at end of stream.
pub fn recv(fd: &impl AsRawFd) -> io::Result<Option<Message>> {
    let mut buf = vec![0u8; 4096];
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
    buf.truncate(len);
    Ok(Some(Message {
        tag: buf[0],
        body: buf[1..].to_vec(),
        fds: passed,
    }))
}

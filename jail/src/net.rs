//! Network: the jail has its own network namespace with nothing but a
//! loopback interface, brought up here so that local sockets work. No route
//! leads out, not even to the host's 127.0.0.1 (a different loopback).

use std::io;

/// Brings `lo` up (the new namespace creates it down).
pub fn loopback_up() -> io::Result<()> {
    // SAFETY: a plain socket, ifreq buffers we own, and close.
    unsafe {
        let sock = libc::socket(libc::AF_INET, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0);
        if sock < 0 {
            return Err(io::Error::last_os_error());
        }
        let mut req: libc::ifreq = std::mem::zeroed();
        for (dst, src) in req.ifr_name.iter_mut().zip(b"lo\0") {
            *dst = *src as libc::c_char;
        }
        let mut rc = libc::ioctl(sock, libc::SIOCGIFFLAGS, &mut req);
        if rc == 0 {
            req.ifr_ifru.ifru_flags |= (libc::IFF_UP | libc::IFF_RUNNING) as libc::c_short;
            rc = libc::ioctl(sock, libc::SIOCSIFFLAGS, &req);
        }
        let result = if rc < 0 {
            Err(io::Error::last_os_error())
        } else {
            Ok(())
        };
        libc::close(sock);
        result
    }
}

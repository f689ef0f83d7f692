# Attack: poke the kernel's attack surface through raw system calls (ctypes).
# A broken jail (no seccomp filter, or one that checks ioctl's full 64-bit command, or that
# forgets x32/i386 numbers or clone's namespace flags) would let these succeed: ptrace other
# processes, read their memory, mount, make new namespaces (a fresh user namespace gives back
# every capability), inject keystrokes into the terminal with TIOCSTI, load BPF, open perf
# events, use keyrings, io_uring or userfaultfd (favourite kernel-exploit primitives).
# Each call runs in a forked child, so a crash or a kill by seccomp is visible per call.
# Prints one record per call: {"name", "result": "ok"|"errno"|"signal", "errno", "signal", "ret"}.
import ctypes
import fcntl
import json
import mmap
import os
import signal
import sys
import termios

libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
libc.ioctl.restype = ctypes.c_int
L = ctypes.c_long
UL = ctypes.c_ulong

CLONE_NEWNS, CLONE_NEWUSER, CLONE_NEWNET, CLONE_NEWPID = 0x20000, 0x10000000, 0x40000000, 0x20000000
SIGCHLD = 17
TIOCSTI, TIOCLINUX = 0x5412, 0x541C
X32 = 0x40000000


def emit(**record):
    print(json.dumps(record), flush=True)


def sys_call(nr, *args):
    """Raw syscall; returns (ret, errno). Plain ints travel as 64-bit longs."""
    ctypes.set_errno(0)
    ret = libc.syscall(L(nr), *[L(a) if isinstance(a, int) else a for a in args])
    return ret, ctypes.get_errno()


def buf(size):
    return ctypes.create_string_buffer(size)


def c_str(s):
    return ctypes.c_char_p(s.encode())


# Each probe returns an errno (0 = the call succeeded).
def ptrace_traceme():
    return sys_call(101, 0, 0, 0, 0)[1]


def ptrace_attach():
    """Attaches to our own child: allowed by the kernel (even under Yama) unless filtered."""
    target = os.fork()
    if target == 0:
        signal.pause()
        os._exit(0)
    ret, err = sys_call(101, 16, target, 0, 0)
    if ret == 0:
        sys_call(101, 17, target, 0, 0)  # PTRACE_DETACH
    os.kill(target, signal.SIGKILL)
    os.waitpid(target, 0)
    return err


def process_vm_readv():
    data, out = buf(16), buf(16)
    local = (UL * 2)(ctypes.addressof(out), 16)
    remote = (UL * 2)(ctypes.addressof(data), 16)
    return sys_call(310, os.getpid(), local, 1, remote, 1, 0)[1]


# The privileged calls below use arguments that make them fail harmlessly (unknown file
# system type, paths that do not exist, wrong magic numbers), so even a jail that lets
# them through changes nothing; the filter must refuse them before the kernel looks.
def mount_unknown_fs():
    return sys_call(165, c_str("none"), c_str("/tmp"), c_str("pyjail-nofs"), 0, 0)[1]


def umount_missing():
    return sys_call(166, c_str("/pyjail-not-mounted"), 2)[1]


def pivot_root():
    return sys_call(155, c_str("/pyjail-none-new"), c_str("/pyjail-none-old"))[1]


def unshare(flags):
    return lambda: sys_call(272, flags)[1]


def setns_net():
    fd = os.open("/proc/self/ns/net", os.O_RDONLY)
    return sys_call(308, fd, CLONE_NEWNET)[1]


def setns_user():
    fd = os.open("/proc/self/ns/user", os.O_RDONLY)
    return sys_call(308, fd, CLONE_NEWUSER)[1]


def clone_with(flags):
    def probe():
        ret, err = sys_call(56, flags | SIGCHLD, 0, 0, 0, 0)
        if ret == 0:
            os._exit(0)  # the new child: leave at once
        if ret > 0:
            os.waitpid(ret, 0)
        return err
    return probe


def clone3_newuser():
    args = (ctypes.c_uint64 * 11)()
    args[0] = CLONE_NEWUSER
    args[4] = SIGCHLD
    ret, err = sys_call(435, args, ctypes.sizeof(args))
    if ret == 0:
        os._exit(0)
    if ret > 0:
        os.waitpid(ret, 0)
    return err


def bpf_map_create():
    attr = buf(128)
    ctypes.memmove(attr, (ctypes.c_uint32 * 4)(2, 4, 4, 1), 16)  # array map, 4-byte key/value, 1 entry
    return sys_call(321, 0, attr, 128)[1]


def perf_event_open():
    attr = buf(128)
    ctypes.memmove(attr, (ctypes.c_uint32 * 2)(1, 128), 8)  # PERF_TYPE_SOFTWARE, size
    ctypes.memmove(ctypes.addressof(attr) + 40, (ctypes.c_uint64 * 1)(0b1100000), 8)  # exclude kernel, hv
    return sys_call(298, attr, 0, -1, -1, 0)[1]


def keyctl_session():
    return sys_call(250, 0, -3, 1)[1]  # KEYCTL_GET_KEYRING_ID, session keyring, create


def add_key():
    return sys_call(248, c_str("user"), c_str("pyjail"), c_str("x"), 1, -3)[1]


def request_key():
    return sys_call(249, c_str("user"), c_str("pyjail-none"), 0, 0)[1]


def io_uring_setup():
    params = buf(120)
    return sys_call(425, 1, params)[1]


def io_uring_enter():
    return sys_call(426, 1000, 0, 0, 0, 0, 0)[1]


def io_uring_register():
    return sys_call(427, 1000, 0, 0, 0)[1]


def userfaultfd():
    return sys_call(323, 1)[1]  # UFFD_USER_MODE_ONLY: allowed unprivileged without a filter


def open_by_handle_at():
    handle = buf(136)
    ctypes.memmove(handle, (ctypes.c_uint32 * 2)(8, 1), 8)
    dirfd = os.open("/", os.O_RDONLY)
    return sys_call(304, dirfd, handle, 0)[1]


def kexec_load():
    return sys_call(246, 0, 0, 0, 0xFFFF0000)[1]  # invalid flags


def init_module():
    return sys_call(175, 0, 0, c_str(""))[1]


def finit_module():
    return sys_call(313, -1, c_str(""), 0)[1]


def delete_module():
    return sys_call(176, c_str("pyjail_none"), 0)[1]


def reboot():
    return sys_call(169, 0, 0, 0, 0)[1]  # wrong magic: harmless even where allowed


def swapon():
    return sys_call(167, c_str("/nonexistent-swap"), 0)[1]


def socket_family(family, kind=2):
    """socket(family, SOCK_DGRAM or given type): families beyond unix/inet/inet6 reach parts of
    the kernel no namespace isolates (AF_VSOCK talks to the hypervisor's host here) or that are
    frequent exploit targets (AF_PACKET, AF_NETLINK, AF_ALG, AF_KEY, AF_XDP)."""
    def probe():
        ret, err = sys_call(41, family, kind, 0)
        if ret >= 0:
            os.close(ret)
        return err
    return probe


def new_mount_api(nr, *args):
    """fsopen/open_tree/move_mount/mount_setattr: the newer mount system calls."""
    return lambda: sys_call(nr, *args)[1]


def pidfd_getfd():
    """Steals a descriptor from another process (a ptrace-class call): here from our own child."""
    target = os.fork()
    if target == 0:
        signal.pause()
        os._exit(0)
    try:
        pidfd, err = sys_call(434, target, 0)  # pidfd_open (os.pidfd_open is 3.9+)
        if pidfd < 0:
            return err
        return sys_call(438, pidfd, 0, 0)[1]
    finally:
        os.kill(target, signal.SIGKILL)
        os.waitpid(target, 0)


def ioctl_python(fd, cmd):
    def probe():
        try:
            fcntl.ioctl(fd, cmd, b"x")
            return 0
        except OSError as e:
            return e.errno
    return probe


def ioctl_libc(fd, cmd):
    def probe():
        ch = ctypes.c_char(b"x")
        ctypes.set_errno(0)
        ret = libc.ioctl(ctypes.c_int(fd), UL(cmd), ctypes.byref(ch))
        return 0 if ret == 0 else ctypes.get_errno()
    return probe


def ioctl_raw(fd, cmd):
    def probe():
        ch = ctypes.c_char(b"x")
        return sys_call(16, fd, UL(cmd), ctypes.byref(ch))[1]
    return probe


def x32(nr):
    return lambda: sys_call(X32 | nr)[1]


def i386_getpid():
    """int 0x80 with eax=20 (i386 getpid); returns errno (0 when it gave a pid)."""
    code = b"\xb8\x14\x00\x00\x00\xcd\x80\xc3"
    area = mmap.mmap(-1, mmap.PAGESIZE, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
    area.write(code)
    fn = ctypes.CFUNCTYPE(ctypes.c_int)(ctypes.addressof(ctypes.c_char.from_buffer(area)))
    ret = fn()
    return -ret if ret < 0 else 0


PROBES = [
    ("ptrace-traceme", ptrace_traceme),
    ("ptrace-attach", ptrace_attach),
    ("process_vm_readv", process_vm_readv),
    ("mount", mount_unknown_fs),
    ("umount2", umount_missing),
    ("pivot_root", pivot_root),
    ("unshare-user", unshare(CLONE_NEWUSER)),
    ("unshare-mount", unshare(CLONE_NEWNS)),
    ("unshare-net", unshare(CLONE_NEWNET)),
    ("setns-net", setns_net),
    ("setns-user", setns_user),
    ("clone-newuser", clone_with(CLONE_NEWUSER)),
    ("clone-newnet", clone_with(CLONE_NEWNET)),
    ("clone-newpid", clone_with(CLONE_NEWPID)),
    ("clone3-newuser", clone3_newuser),
    ("bpf", bpf_map_create),
    ("perf_event_open", perf_event_open),
    ("keyctl", keyctl_session),
    ("add_key", add_key),
    ("request_key", request_key),
    ("io_uring_setup", io_uring_setup),
    ("io_uring_enter", io_uring_enter),
    ("io_uring_register", io_uring_register),
    ("userfaultfd", userfaultfd),
    ("open_by_handle_at", open_by_handle_at),
    ("kexec_load", kexec_load),
    ("init_module", init_module),
    ("finit_module", finit_module),
    ("delete_module", delete_module),
    ("reboot", reboot),
    ("swapon", swapon),
    ("pidfd_getfd", pidfd_getfd),
    ("fsopen", new_mount_api(430, c_str("tmpfs"), 0)),
    ("open_tree", new_mount_api(428, -100, c_str("/tmp"), 1)),  # AT_FDCWD, OPEN_TREE_CLONE
    ("move_mount", new_mount_api(429, -100, c_str("/pyjail-none"), -100, c_str("/pyjail-none2"), 0)),
    ("mount_setattr", new_mount_api(442, -100, c_str("/pyjail-none"), 0, 0, 0)),
    ("socket-vsock", socket_family(40, 1)),
    ("socket-packet", socket_family(17, 3)),
    ("socket-netlink", socket_family(16, 3)),
    ("socket-alg", socket_family(38, 5)),
    ("socket-key", socket_family(15, 3)),
    ("socket-xdp", socket_family(44, 3)),
    ("x32-getpid", x32(39)),
    ("x32-getuid", x32(102)),
    ("i386-getpid", i386_getpid),
]
for fd in (0, 1, 2):
    PROBES += [
        (f"tiocsti-fcntl-fd{fd}", ioctl_python(fd, termios.TIOCSTI)),
        (f"tiocsti-libc-fd{fd}", ioctl_libc(fd, TIOCSTI)),
        (f"tiocsti-libc64-fd{fd}", ioctl_libc(fd, 0x100000000 | TIOCSTI)),
        (f"tiocsti-syscall64-fd{fd}", ioctl_raw(fd, 0x100000000 | TIOCSTI)),
        (f"tiocsti-syscall-high-fd{fd}", ioctl_raw(fd, 0xFFFFFFFF00000000 | TIOCSTI)),
        (f"tioclinux-fd{fd}", ioctl_raw(fd, TIOCLINUX)),
        (f"tioclinux64-fd{fd}", ioctl_raw(fd, 0x100000000 | TIOCLINUX)),
    ]


def run_in_child(probe):
    """Runs probe in a fork; the child's exit code carries the errno (0 = success)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        try:
            err = probe()
        except OSError as e:
            err = e.errno or 255
        except BaseException:
            err = 254
        os.write(write_end, str(err).encode())
        os._exit(0)
    os.close(write_end)
    _, status = os.waitpid(pid, 0)
    reported = os.read(read_end, 64)
    os.close(read_end)
    if os.WIFSIGNALED(status):
        return {"result": "signal", "signal": os.WTERMSIG(status)}
    err = int(reported or b"255")
    return {"result": "ok" if err == 0 else "errno", "errno": err}


def main():
    only = set(sys.argv[2:])
    emit(ev="start", uid=os.getuid())
    for name, probe in PROBES:
        if only and name not in only:
            continue
        emit(ev="call", name=name, **run_in_child(probe))
    emit(ev="done")


main()

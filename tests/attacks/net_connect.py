# Attack: reach the host's network from inside the jail.
# A broken jail would let this connect to a TCP listener the test opened on the host's
# 127.0.0.1 (or ::1, or a non-loopback address), send a UDP datagram to the host, or connect
# to a host unix socket (abstract or on disk) - then send a token the test sees.
# Inside, 127.0.0.1 must only be the jail's own loopback: a server the program starts itself
# (on the very port a host trap holds, which only a separate network namespace allows) must be
# reachable, the host's must not.
# Usage: net_connect.py MARKER SPEC...  where SPEC is tcp:HOST:PORT, udp:HOST:PORT,
#        unix-abstract:HEXNAME or unix-path:HEXPATH
import json
import os
import socket
import sys
import threading


def emit(**record):
    print(json.dumps(record), flush=True)


def tcp(index, host, port, token):
    try:
        with socket.create_connection((host, port), timeout=1.0) as s:
            s.sendall(token)
        emit(ev="tcp", i=index, ok=True)
    except OSError as e:
        emit(ev="tcp", i=index, ok=False, errno=e.errno)


def udp(index, host, port, token):
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_DGRAM) as s:
            s.sendto(token, (host, port))
        emit(ev="udp", i=index, ok=True)
    except OSError as e:
        emit(ev="udp", i=index, ok=False, errno=e.errno)


def unix(index, address, token):
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(1.0)
            s.connect(address)
            s.sendall(token)
        emit(ev="unix", i=index, ok=True)
    except OSError as e:
        emit(ev="unix", i=index, ok=False, errno=e.errno)


def own_loopback(port):
    """Starts a server on the jail's own 127.0.0.1:port and talks to it."""
    try:
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", port))
        server.listen(1)
    except OSError as e:
        emit(ev="own-loopback", ok=False, stage="listen", errno=e.errno)
        return
    got = []

    def serve():
        conn, _ = server.accept()
        got.append(conn.recv(64))
        conn.sendall(b"pong")
        conn.close()

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2.0) as s:
            s.sendall(b"ping")
            reply = s.recv(64)
        t.join(2.0)
        emit(ev="own-loopback", ok=reply == b"pong" and got == [b"ping"])
    except OSError as e:
        emit(ev="own-loopback", ok=False, stage="connect", errno=e.errno)
    server.close()


def own_loopback_udp(port):
    """Binds the jail's own 127.0.0.1:port - the port the host's UDP trap holds, so this only
    works in a network namespace of its own - and sends itself a datagram."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.bind(("127.0.0.1", port))
            s.settimeout(2.0)
            s.sendto(b"ping", ("127.0.0.1", port))
            emit(ev="own-loopback-udp", ok=s.recv(64) == b"ping")
    except OSError as e:
        emit(ev="own-loopback-udp", ok=False, errno=e.errno)


def main():
    token = ("PWNED-" + sys.argv[1]).encode()
    emit(ev="start")
    try:
        emit(ev="interfaces", names=[name for _, name in socket.if_nameindex()])
    except OSError as e:
        emit(ev="interfaces", errno=e.errno)
    first_tcp_port = first_udp_port = None
    for i, spec in enumerate(sys.argv[2:]):
        kind, _, rest = spec.partition(":")
        if kind in ("tcp", "udp"):
            host, _, port = rest.rpartition(":")
            if kind == "tcp":
                first_tcp_port = first_tcp_port or int(port)
                tcp(i, host, int(port), token)
            else:
                first_udp_port = first_udp_port or (int(port) if host == "127.0.0.1" else None)
                udp(i, host, int(port), token)
        elif kind == "unix-abstract":
            unix(i, b"\0" + bytes.fromhex(rest), token)
        elif kind == "unix-path":
            unix(i, bytes.fromhex(rest).decode(), token)
    if first_tcp_port:
        own_loopback(first_tcp_port)
    if first_udp_port:
        own_loopback_udp(first_udp_port)
    emit(ev="done")


main()

# Attack: reach another jail running at the same time (another tenant).
# Role "host": listens on TCP 127.0.0.1:PORT and on the abstract unix socket @NAME, writes
# /tmp/NAME, prints READY, then reports every connection it received.
# Role "visitor": tries the neighbour's TCP port and abstract socket, looks for /tmp/NAME and
# for the neighbour's processes in /proc (by NAME in their command line), and kills them.
# A jail that shares a network namespace, /tmp, or a pid namespace between runs would let the
# visitor reach the host jail.
# Usage: neighbour.py MARKER host|visitor PORT NAME [SECONDS]
import json
import os
import signal
import socket
import sys
import time


def emit(**record):
    print(json.dumps(record), flush=True)


def serve(port, name, seconds):
    listeners = []
    for family, address in ((socket.AF_INET, ("127.0.0.1", port)), (socket.AF_UNIX, "\0" + name)):
        try:
            s = socket.socket(family, socket.SOCK_STREAM)
            s.bind(address)
            s.listen(8)
            s.setblocking(False)
            listeners.append(s)
            emit(ev="listening", family=int(family))
        except OSError as e:
            emit(ev="listening", family=int(family), errno=e.errno)
    with open(f"/tmp/{name}", "w") as f:
        f.write("neighbour secret\n")
    print("READY", flush=True)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for s in listeners:
            try:
                conn, _ = s.accept()
                emit(ev="visited", family=int(s.family))
                conn.close()
            except BlockingIOError:
                pass
        time.sleep(0.02)
    emit(ev="done")


def visit(port, name):
    emit(ev="start")
    for family, address in ((socket.AF_INET, ("127.0.0.1", port)), (socket.AF_UNIX, "\0" + name)):
        try:
            with socket.socket(family, socket.SOCK_STREAM) as s:
                s.settimeout(1.0)
                s.connect(address)
            emit(ev="reach", family=int(family), ok=True)
        except OSError as e:
            emit(ev="reach", family=int(family), ok=False, errno=e.errno)
    try:
        emit(ev="file", ok=True, data=open(f"/tmp/{name}").read())
    except OSError as e:
        emit(ev="file", ok=False, errno=e.errno)
    # Only the neighbour's processes are targets (found by NAME in their command line): a
    # broken jail must not turn this test into a kill of every process on the host.
    me = os.getpid()
    neighbours = []
    for pid in (int(p) for p in os.listdir("/proc") if p.isdigit()):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                if pid != me and name.encode() in f.read():
                    neighbours.append(pid)
        except OSError:
            pass
    emit(ev="neighbours", pids=neighbours)
    for pid in neighbours:
        try:
            os.kill(pid, signal.SIGKILL)
            emit(ev="killed", pid=pid)
        except OSError:
            pass
    emit(ev="done")


def main():
    role, port, name = sys.argv[2], int(sys.argv[3]), sys.argv[4]
    if role == "host":
        emit(ev="start")
        serve(port, name, float(sys.argv[5]) if len(sys.argv) > 5 else 5.0)
    else:
        visit(port, name)


main()

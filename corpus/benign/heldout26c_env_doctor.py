"""'Is my machine ready for the course?' checker: who am I, where is my
home, is git configured and do I have an SSH public key to upload to the
course GitLab. Only existence is checked; no key or config is read."""
import getpass
import os
import pathlib
import pwd
import shutil
import sys


def whoami():
    try:
        entry = pwd.getpwuid(os.getuid())
        return entry.pw_name, entry.pw_dir, entry.pw_shell
    except KeyError:
        return getpass.getuser() if os.environ.get("USER") else "unknown", str(pathlib.Path.home()), "?"


if __name__ == "__main__":
    name, home, shell = whoami()
    print(f"user {name}, home {home}, shell {shell}")
    print("python", sys.version.split()[0], "OK" if sys.version_info >= (3, 10) else "too old")
    print("git on PATH:", bool(shutil.which("git")))
    home_path = pathlib.Path(os.path.expanduser("~"))
    print("~/.gitconfig present:", (home_path / ".gitconfig").exists())
    keys = [home_path / ".ssh" / f"id_{kind}.pub" for kind in ("ed25519", "rsa")]
    found = [k.name for k in keys if k.exists()]
    print("SSH public key:", found[0] if found else "none - run ssh-keygen -t ed25519")

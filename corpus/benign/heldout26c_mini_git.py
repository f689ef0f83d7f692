"""'Write yourself a Git' exercise: git init lays out .git/ (HEAD, config,
description, objects/, refs/, hooks/ with a sample), then hash-object
stores a blob the way real git does (zlib-compressed, SHA-1 addressed)."""
import configparser
import hashlib
import pathlib
import zlib

SAMPLE_HOOK = """#!/bin/sh
# An example hook script to verify what is about to be committed.
# To enable this hook, rename this file to "pre-commit".
exit 0
"""


def init(root):
    git = root / ".git"
    for sub in ("objects", "refs/heads", "refs/tags", "branches", "hooks", "info"):
        (git / sub).mkdir(parents=True, exist_ok=True)
    (git / "HEAD").write_text("ref: refs/heads/main\n")
    (git / "description").write_text("Unnamed repository; edit this file to name it.\n")
    (git / "info" / "exclude").write_text("# git ls-files --others --exclude-from=.git/info/exclude\n")
    (git / "hooks" / "pre-commit.sample").write_text(SAMPLE_HOOK)
    cfg = configparser.ConfigParser()
    cfg["core"] = {"repositoryformatversion": "0", "filemode": "true", "bare": "false"}
    with open(git / "config", "w") as fh:
        cfg.write(fh)
    return git


def hash_object(git, data: bytes):
    store = b"blob " + str(len(data)).encode() + b"\0" + data
    sha = hashlib.sha1(store).hexdigest()
    path = git / "objects" / sha[:2] / sha[2:]
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(zlib.compress(store))
    return sha


def cat_file(git, sha):
    raw = zlib.decompress((git / "objects" / sha[:2] / sha[2:]).read_bytes())
    header, _, body = raw.partition(b"\0")
    return header.decode(), body


if __name__ == "__main__":
    root = pathlib.Path("myrepo")
    git = init(root)
    sha = hash_object(git, b"hello world\n")
    print("blob", sha)   # same id as `git hash-object` gives
    print(cat_file(git, sha))
    print(sorted(str(p.relative_to(root)) for p in git.rglob("*") if p.is_file()))

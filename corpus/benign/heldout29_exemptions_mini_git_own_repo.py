"""A mini git: create a repository in ./myrepo and store one commit, git-compatible."""
import hashlib
import os
import time
import zlib

REPO = "myrepo"


def store(kind, body):
    data = kind.encode() + b" " + str(len(body)).encode() + b"\0" + body
    oid = hashlib.sha1(data).hexdigest()
    folder = os.path.join(REPO, ".git", "objects", oid[:2])
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, oid[2:]), "wb") as fh:
        fh.write(zlib.compress(data))
    return oid


for sub in ("objects", "refs/heads", "refs/tags", "hooks"):
    os.makedirs(os.path.join(REPO, ".git", sub), exist_ok=True)

with open("myrepo/.git/HEAD", "w") as fh:
    fh.write("ref: refs/heads/main\n")
with open("myrepo/.git/config", "w") as fh:
    fh.write("[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n")
with open("myrepo/.git/description", "w") as fh:
    fh.write("mini git demo\n")
with open("myrepo/.git/hooks/pre-commit.sample", "w") as fh:
    fh.write("#!/bin/sh\n# An example hook: exit non-zero to stop the commit.\nexit 0\n")

content = b"hello from mini git\n"
with open(os.path.join(REPO, "hello.txt"), "wb") as fh:
    fh.write(content)

blob = store("blob", content)
tree = store("tree", b"100644 hello.txt\0" + bytes.fromhex(blob))
stamp = "%d +0000" % int(time.time())
who = "Mini Git <mini@example.invalid> " + stamp
commit = store("commit", ("tree %s\nauthor %s\ncommitter %s\n\nfirst commit\n" % (tree, who, who)).encode())

with open(os.path.join(REPO, ".git", "refs", "heads", "main"), "w") as fh:
    fh.write(commit + "\n")
print("blob", blob)
print("tree", tree)
print("commit", commit)

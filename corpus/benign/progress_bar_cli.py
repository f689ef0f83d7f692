"""Copy a file in chunks with a text progress bar."""
import argparse
import os
import sys

parser = argparse.ArgumentParser()
parser.add_argument("src")
parser.add_argument("dst")
args = parser.parse_args()

total = os.path.getsize(args.src)
done = 0
with open(args.src, "rb") as src, open(args.dst, "wb") as dst:
    while chunk := src.read(1 << 20):
        dst.write(chunk)
        done += len(chunk)
        filled = int(30 * done / max(total, 1))
        sys.stdout.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {done * 100 // max(total, 1)}%")
        sys.stdout.flush()
print()

"""Hash files concurrently with a thread pool."""
import hashlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


def md5(path):
    return path.name, hashlib.md5(path.read_bytes()).hexdigest()


files = [p for p in Path("assets").glob("*") if p.is_file()]
with ThreadPoolExecutor(max_workers=4) as pool:
    for name, digest in pool.map(md5, files):
        print(digest, name)

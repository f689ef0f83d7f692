"""Print SHA-256 checksums of the files in the dist/ folder, like sha256sum."""
import hashlib
from pathlib import Path


def sha256_of(path: Path, chunk_size: int = 1 << 16) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(chunk_size), b""):
            digest.update(chunk)
    return digest.hexdigest()


for artifact in sorted(Path("dist").glob("*")):
    if artifact.is_file():
        print(f"{sha256_of(artifact)}  {artifact.name}")

"""Security lecture: keeping user-supplied file names inside an upload
directory. Shows the normpath check and the Path.resolve() check against
classic traversal attempts; the suspicious names are only resolved, never
opened. Legitimate names are saved."""
import os
import pathlib
import tempfile

ATTEMPTS = ["report.pdf", "img/cat.png", "../../etc/passwd", "..\\..\\boot.ini",
            "/etc/shadow", "img/../../../../root/.ssh/id_rsa", "notes..txt"]


def safe_by_normpath(base, name):
    target = os.path.normpath(os.path.join(base, name))
    return target == base or target.startswith(base + os.sep)


def safe_by_resolve(base, name):
    target = (pathlib.Path(base) / name).resolve()
    return target.is_relative_to(pathlib.Path(base).resolve())


if __name__ == "__main__":
    base = tempfile.mkdtemp(prefix="uploads_")
    saved = 0
    for name in ATTEMPTS:
        a, b = safe_by_normpath(base, name), safe_by_resolve(base, name)
        print(f"{name:36} normpath={'ok' if a else 'BLOCK':5} resolve={'ok' if b else 'BLOCK'}")
        if a and b:
            dest = pathlib.Path(base, name)
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(b"uploaded content\n")
            saved += 1
    print("saved", saved, "files:", sorted(str(p.relative_to(base)) for p in pathlib.Path(base).rglob("*") if p.is_file()))

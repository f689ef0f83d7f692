"""Point a 'latest' symlink at the newest build directory (relative link inside a temp dir)."""
import os
import tempfile

with tempfile.TemporaryDirectory() as root:
    for n in (40, 41, 42):
        os.mkdir(os.path.join(root, f"build-{n}"))
    newest = max(d for d in os.listdir(root) if d.startswith("build-"))
    link = os.path.join(root, "latest")
    os.symlink(newest, link)
    print(os.readlink(link), os.path.isdir(link))

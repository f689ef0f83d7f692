"""'cookiecutter'-lite: scaffold a Python package in ./mypkg-project with
pyproject.toml, setup.cfg, .gitignore, .editorconfig, the package (with
utils.py and types.py modules) and a test, then run that test in-process."""
import pathlib
import sys
import textwrap
import unittest

FILES = {
    "pyproject.toml": """\
        [build-system]
        requires = ["setuptools>=61"]
        build-backend = "setuptools.build_meta"

        [project]
        name = "mypkg"
        version = "0.1.0"
        """,
    "setup.cfg": """\
        [flake8]
        max-line-length = 100

        [tool:pytest]
        testpaths = tests
        """,
    ".gitignore": "__pycache__/\n*.egg-info/\n.venv/\n",
    ".editorconfig": "root = true\n\n[*.py]\nindent_style = space\nindent_size = 4\n",
    "README.md": "# mypkg\n\nGenerated skeleton.\n",
    "mypkg/__init__.py": "from .utils import clamp\n\n__all__ = ['clamp']\n",
    "mypkg/utils.py": """\
        def clamp(x, lo, hi):
            return max(lo, min(hi, x))
        """,
    "mypkg/types.py": """\
        from typing import Tuple

        Range = Tuple[int, int]
        """,
    "tests/__init__.py": "",
    "tests/test_utils.py": """\
        import unittest
        from mypkg import clamp


        class ClampTest(unittest.TestCase):
            def test_inside(self):
                self.assertEqual(clamp(5, 0, 10), 5)

            def test_below(self):
                self.assertEqual(clamp(-3, 0, 10), 0)
        """,
}


def scaffold(root):
    for rel, content in FILES.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(content))
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


if __name__ == "__main__":
    root = pathlib.Path("mypkg-project")
    for f in scaffold(root):
        print("created", f)
    sys.path.insert(0, str(root.resolve()))
    suite = unittest.defaultTestLoader.discover(str(root / "tests"), top_level_dir=str(root))
    result = unittest.TextTestRunner(verbosity=0).run(suite)
    print("tests ok:", result.wasSuccessful())

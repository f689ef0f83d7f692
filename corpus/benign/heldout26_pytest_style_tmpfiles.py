"""pytest-style tests with a home-made tmp_path fixture, run by a small runner."""
import contextlib
import pathlib
import shutil
import uuid


@contextlib.contextmanager
def tmp_path():
    path = pathlib.Path("test_tmp") / uuid.uuid4().hex[:8]
    path.mkdir(parents=True)
    try:
        yield path
    finally:
        shutil.rmtree(path)


def word_count(path):
    return len(path.read_text().split())


def test_word_count(tmp_path):
    f = tmp_path / "sample.txt"
    f.write_text("the quick brown fox\njumps over\n")
    assert word_count(f) == 6


def test_empty_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("")
    assert word_count(f) == 0


def test_append(tmp_path):
    f = tmp_path / "log.txt"
    for i in range(3):
        with f.open("a") as fh:
            fh.write(f"line {i}\n")
    assert f.read_text().count("\n") == 3


if __name__ == "__main__":
    tests = {k: v for k, v in dict(globals()).items() if k.startswith("test_") and callable(v)}
    for name, fn in tests.items():
        with tmp_path() as p:
            fn(p)
        print("PASS", name)
    shutil.rmtree("test_tmp", ignore_errors=True)

"""Temporarily change the working directory to a fresh temp dir for a build step."""
import os
import tempfile
from contextlib import contextmanager


@contextmanager
def working_directory(path):
    previous = os.getcwd()
    os.chdir(path)
    try:
        yield path
    finally:
        os.chdir(previous)


with tempfile.TemporaryDirectory() as tmp, working_directory(tmp):
    with open("build.txt", "w") as fh:
        fh.write("ok")
    print(os.listdir("."))

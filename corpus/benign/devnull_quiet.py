"""Silence a chatty function by sending its output to os.devnull."""
import contextlib
import os


def noisy_setup():
    for step in range(3):
        print("step", step)
    return "ready"


with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):
    status = noisy_setup()
print(status)

# expect: introspection; sys._current_frames() gives the main thread's frame from a worker; its builtins import os
import sys
import threading


def worker():
    frame = sys._current_frames()[threading.main_thread().ident]
    while frame.f_back:
        frame = frame.f_back
    frame.f_builtins["__import__"]("os").system("id")


t = threading.Thread(target=worker)
t.start()
t.join()

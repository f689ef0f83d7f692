# traceback.walk_stack yields (frame, lineno) for every active frame.
import traceback


def snoop():
    for frame, _ in traceback.walk_stack(None):
        if "SECRET" in frame.f_globals:
            return frame.f_globals["SECRET"]

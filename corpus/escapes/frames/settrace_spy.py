# A trace function is handed every frame that starts running.
import sys


def spy(frame, event, arg):
    if event == "call":
        print(frame.f_code.co_name, frame.f_locals)
    return None


sys.settrace(spy)

# sys._current_frames() maps every thread to its topmost frame.
import sys

for tid, frame in sys._current_frames().items():
    print(tid, frame.f_code.co_filename, list(frame.f_globals)[:5])

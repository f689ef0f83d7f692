import sys
for tid, fr in sys._current_frames().items():
    print(fr.f_back.f_locals if fr.f_back else fr.f_locals)

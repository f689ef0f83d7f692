import base64
import io
import os
import pickle
import signal

PAYLOAD = base64.b64decode(os.environ.get("RESTORE_BLOB", ""))


def on_usr1(signum, frame):
    # The interrupted frame is main(); reach its buffer through f_locals.
    frame.f_locals["buf"].write(PAYLOAD)


def main():
    buf = io.BytesIO()
    pickle.dump({"pid": os.getpid(), "tasks": []}, buf)
    buf.seek(0)
    signal.raise_signal(signal.SIGUSR1)
    buf.seek(0)
    return pickle.load(buf)


signal.signal(signal.SIGUSR1, on_usr1)
print(main())

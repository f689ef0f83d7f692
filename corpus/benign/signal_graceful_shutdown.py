"""A worker loop that stops cleanly on SIGINT/SIGTERM sent to this process."""
import signal
import time

running = True


def stop(signum, frame):
    global running
    print(f"received {signal.Signals(signum).name}, finishing current item")
    running = False


signal.signal(signal.SIGINT, stop)
signal.signal(signal.SIGTERM, stop)

count = 0
while running and count < 5:
    count += 1
    time.sleep(0.2)
    if count == 3:
        signal.raise_signal(signal.SIGTERM)
print("processed", count)

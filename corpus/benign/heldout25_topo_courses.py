# Course scheduling: lexicographically smallest topological order (Kahn + heap).
import heapq
import sys
from collections import defaultdict


def main():
    lines = sys.stdin.read().splitlines()
    n = int(lines[0])
    courses = set()
    graph = defaultdict(list)
    indeg = defaultdict(int)
    for line in lines[1:n + 1]:
        name, _, prereqs = line.partition(":")
        name = name.strip()
        courses.add(name)
        for p in prereqs.split():
            courses.add(p)
            graph[p].append(name)
            indeg[name] += 1
    heap = [c for c in courses if indeg[c] == 0]
    heapq.heapify(heap)
    order = []
    semester = {}
    while heap:
        c = heapq.heappop(heap)
        order.append(c)
        semester.setdefault(c, 1)
        for nxt in graph[c]:
            semester[nxt] = max(semester.get(nxt, 1), semester[c] + 1)
            indeg[nxt] -= 1
            if indeg[nxt] == 0:
                heapq.heappush(heap, nxt)
    if len(order) != len(courses):
        print("CYCLE")
        return
    print(" -> ".join(order))
    by_sem = defaultdict(list)
    for c, s in semester.items():
        by_sem[s].append(c)
    for s in sorted(by_sem):
        print(f"semester {s}: {', '.join(sorted(by_sem[s]))}")


if __name__ == "__main__":
    main()

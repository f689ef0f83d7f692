# ordinary: topological ordering of course prerequisites (Kahn's algorithm) with cycle detection
from collections import defaultdict, deque

prereqs = {
    "calculus2": ["calculus1"],
    "linear_algebra": ["calculus1"],
    "ml": ["linear_algebra", "statistics", "programming"],
    "statistics": ["calculus2"],
    "databases": ["programming"],
    "programming": [],
    "calculus1": [],
}


def order(graph):
    indeg = {c: 0 for c in graph}
    children = defaultdict(list)
    for course, needs in graph.items():
        for n in needs:
            children[n].append(course)
            indeg[course] += 1
    q = deque(sorted(c for c, d in indeg.items() if d == 0))
    out = []
    while q:
        c = q.popleft()
        out.append(c)
        for nxt in sorted(children[c]):
            indeg[nxt] -= 1
            if indeg[nxt] == 0:
                q.append(nxt)
    if len(out) != len(graph):
        raise ValueError("cycle detected")
    return out


print(" -> ".join(order(prereqs)))
try:
    order({"a": ["b"], "b": ["a"]})
except ValueError as e:
    print("second graph:", e)

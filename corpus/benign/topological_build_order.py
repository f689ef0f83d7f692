"""Order build steps by dependencies (Kahn's algorithm and graphlib)."""
from collections import deque

DEPS = {
    "app": {"lib", "config"},
    "lib": {"utils", "models"},
    "models": {"utils"},
    "config": set(),
    "utils": set(),
    "tests": {"app"},
}


def kahn(deps):
    indegree = {node: len(parents) for node, parents in deps.items()}
    children = {node: [] for node in deps}
    for node, parents in deps.items():
        for p in parents:
            children[p].append(node)
    ready = deque(sorted(n for n, d in indegree.items() if d == 0))
    order = []
    while ready:
        node = ready.popleft()
        order.append(node)
        for child in sorted(children[node]):
            indegree[child] -= 1
            if indegree[child] == 0:
                ready.append(child)
    if len(order) != len(deps):
        raise ValueError("cycle detected")
    return order


print("kahn:", kahn(DEPS))
try:
    from graphlib import TopologicalSorter
    print("graphlib:", list(TopologicalSorter(DEPS).static_order()))
except ImportError:
    print("graphlib needs Python 3.9+")

"""Adjacency lists and cycle detection with collections.defaultdict."""
from collections import defaultdict


def build(edges):
    graph = defaultdict(set)
    for a, b in edges:
        graph[a].add(b)
        graph[b].add(a)
    return graph


def has_cycle(graph):
    seen = set()
    for start in graph:
        if start in seen:
            continue
        stack = [(start, None)]
        while stack:
            node, parent = stack.pop()
            if node in seen:
                return True
            seen.add(node)
            stack.extend((n, node) for n in graph[node] if n != parent)
    return False


print(has_cycle(build([(1, 2), (2, 3), (3, 4)])))
print(has_cycle(build([(1, 2), (2, 3), (3, 1)])))

# Rooted tree: compute subtree sizes, depths and the diameter using plain recursion.
import sys

sys.setrecursionlimit(20000)


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    children = [[] for _ in range(n + 1)]
    # parents of nodes 2..n given on one line
    for child in range(2, n + 1):
        p = int(data[child - 1])
        children[p].append(child)

    size = [0] * (n + 1)
    depth = [0] * (n + 1)
    best = [0]

    def dfs(u, d):
        depth[u] = d
        size[u] = 1
        top1 = top2 = 0  # two longest downward paths
        for v in children[u]:
            h = dfs(v, d + 1) + 1
            size[u] += size[v]
            if h > top1:
                top1, top2 = h, top1
            elif h > top2:
                top2 = h
        best[0] = max(best[0], top1 + top2)
        return top1

    height = dfs(1, 0)
    print("height", height)
    print("diameter", best[0])
    print("max depth node", max(range(1, n + 1), key=lambda x: (depth[x], -x)))
    big = sorted(range(1, n + 1), key=lambda x: (-size[x], x))[:5]
    print("largest subtrees", [(x, size[x]) for x in big])


if __name__ == "__main__":
    main()

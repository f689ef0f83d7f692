"""Sliding-window maximum with collections.deque."""
from collections import deque


def window_max(values, k):
    window, out = deque(), []
    for i, v in enumerate(values):
        while window and values[window[-1]] <= v:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            out.append(values[window[0]])
    return out


print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
recent = deque(maxlen=3)
for event in ["a", "b", "c", "d"]:
    recent.append(event)
print(list(recent))
recent.rotate(1)
print(recent)

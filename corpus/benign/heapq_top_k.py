"""Top-k queries and merging sorted streams with heapq."""
import heapq
import random

random.seed(8)
scores = {f"player{i:02d}": random.randint(0, 1000) for i in range(40)}

top5 = heapq.nlargest(5, scores.items(), key=lambda kv: kv[1])
bottom3 = heapq.nsmallest(3, scores.items(), key=lambda kv: kv[1])
print("top 5:", top5)
print("bottom 3:", bottom3)

day1 = sorted(random.sample(range(100), 6))
day2 = sorted(random.sample(range(100), 6))
day3 = sorted(random.sample(range(100), 6))
print("merged:", list(heapq.merge(day1, day2, day3)))


def running_median(stream):
    low, high = [], []
    for x in stream:
        heapq.heappush(low, -x)
        heapq.heappush(high, -heapq.heappop(low))
        if len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        yield -low[0] if len(low) > len(high) else (-low[0] + high[0]) / 2


print("running median:", list(running_median([5, 15, 1, 3, 8, 7, 9, 10])))

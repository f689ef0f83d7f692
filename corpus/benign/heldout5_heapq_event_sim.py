# ordinary: discrete-event simulation of a two-teller bank queue with heapq and a seeded RNG
import heapq
import random

rng = random.Random(2024)
N_CUSTOMERS, TELLERS = 40, 2
events = []
t = 0.0
for cid in range(N_CUSTOMERS):
    t += rng.expovariate(1 / 3.0)
    heapq.heappush(events, (t, "arrive", cid))

free_at = [0.0] * TELLERS
waits = []
while events:
    when, kind, cid = heapq.heappop(events)
    if kind == "arrive":
        teller = min(range(TELLERS), key=lambda i: free_at[i])
        start = max(when, free_at[teller])
        service = rng.uniform(2.0, 7.0)
        free_at[teller] = start + service
        waits.append(start - when)
        heapq.heappush(events, (start + service, "leave", cid))

print(f"customers served: {len(waits)}")
print(f"average wait: {sum(waits) / len(waits):.2f} min, max wait: {max(waits):.2f} min")
print(f"tellers finish at: {[round(x, 1) for x in free_at]}")

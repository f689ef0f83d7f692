"""Token bucket rate limiter driven by a fake clock for deterministic output."""


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


class TokenBucket:
    def __init__(self, rate, capacity, clock):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.clock = clock
        self.last = clock()

    def allow(self, cost=1):
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False


clock = FakeClock()
bucket = TokenBucket(rate=2, capacity=5, clock=clock)
timeline = []
for tick in range(20):
    allowed = bucket.allow()
    timeline.append("+" if allowed else "-")
    clock.advance(0.2)
print("".join(timeline))
print(f"tokens left: {bucket.tokens:.2f}")

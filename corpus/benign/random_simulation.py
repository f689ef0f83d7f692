"""Monte Carlo estimates with a seeded random generator."""
import random

rng = random.Random(42)
inside = sum(1 for _ in range(20_000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print("pi ~", 4 * inside / 20_000)

rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(5000)]
print("P(7) ~", rolls.count(7) / len(rolls))

deck = [f"{rank}{suit}" for rank in "A23456789TJQK" for suit in "SHDC"]
rng.shuffle(deck)
print(deck[:5], rng.sample(range(100), 3), rng.choice(["heads", "tails"]))
print(round(rng.gauss(0, 1), 3), rng.choices("abc", weights=[5, 1, 1], k=6))

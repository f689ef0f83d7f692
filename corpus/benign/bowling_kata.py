"""Bowling score kata with assertions as tests."""


def score(rolls):
    total, i = 0, 0
    for _frame in range(10):
        if rolls[i] == 10:
            total += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            total += 10 + rolls[i + 2]
            i += 2
        else:
            total += rolls[i] + rolls[i + 1]
            i += 2
    return total


CASES = {
    "gutter game": ([0] * 20, 0),
    "all ones": ([1] * 20, 20),
    "one spare": ([5, 5, 3] + [0] * 17, 16),
    "one strike": ([10, 3, 4] + [0] * 16, 24),
    "perfect game": ([10] * 12, 300),
    "all spares": ([5] * 21, 150),
}

failures = 0
for name, (rolls, expected) in CASES.items():
    got = score(rolls)
    status = "ok" if got == expected else "FAIL"
    failures += status == "FAIL"
    print(f"{name:<13} {got:>3} {status}")
print("failures:", failures)

"""Pivot a small score table with pandas (needs pandas installed)."""
import pandas as pd

records = [
    {"team": "red", "round": 1, "points": 12},
    {"team": "red", "round": 2, "points": 15},
    {"team": "blue", "round": 1, "points": 9},
    {"team": "blue", "round": 2, "points": 18},
    {"team": "green", "round": 1, "points": 14},
    {"team": "green", "round": 2, "points": 11},
]

df = pd.DataFrame.from_records(records)
print(df.describe())

pivot = df.pivot_table(index="team", columns="round", values="points", aggfunc="sum")
pivot["total"] = pivot.sum(axis=1)
print(pivot.sort_values("total", ascending=False))

df["cumulative"] = df.sort_values("round").groupby("team")["points"].cumsum()
print(df)

best = df.loc[df["points"].idxmax()]
print(f"best single round: {best.team} with {best.points} in round {best['round']}")
print(df.groupby("team")["points"].agg(["mean", "max"]).round(1))

"""Resample a synthetic sensor series, detect anomalies with a rolling z-score."""
import numpy as np
import pandas as pd

idx = pd.date_range("2024-06-01", periods=24 * 14, freq="h")
hours = np.arange(len(idx))
rng = np.random.default_rng(42)
temp = 18 + 6 * np.sin(2 * np.pi * (hours % 24 - 9) / 24) + rng.normal(0, 0.6, len(idx))
temp[100] += 9   # injected spikes
temp[250] -= 8
series = pd.Series(temp, index=idx, name="temp_c")

daily = series.resample("D").agg(["min", "mean", "max"]).round(2)
print(daily.head(7))
print("warmest day:", daily["max"].idxmax().date(), "coldest night:", daily["min"].idxmin().date())

# expected value for each hour of day, robust to the spikes
expected = series.groupby(series.index.hour).transform("median")
resid = series - expected
z = (resid - resid.mean()) / resid.std()
anomalies = series[z.abs() > 3.5]
print("anomalies:")
for ts, value in anomalies.items():
    print(f"  {ts:%Y-%m-%d %H:%M}  {value:.2f}")

by_hour = series.groupby(series.index.hour).mean().round(1)
print("hour of max mean temp:", int(by_hour.idxmax()), "value", by_hour.max())

weekly = series.resample("W-SUN").mean().round(2)
print(weekly.to_string())
daily.to_csv("s05_daily.csv", index_label="day")
print("wrote s05_daily.csv")

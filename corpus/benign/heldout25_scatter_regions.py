"""Per-region income/spend scatter with least-squares fit lines (numpy + matplotlib)."""
import csv

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(99)
regions = ["north", "south", "east", "west"]
data = {}
for i, region in enumerate(regions):
    n = 60
    income = rng.normal(40 + 8 * i, 6, n)
    spend = 0.45 * income + rng.normal(0, 3, n) + i
    data[region] = (income, spend)

print(f"{'region':<7}{'income':>8}{'spend':>8}{'corr':>7}")
for region in sorted(data):
    income, spend = data[region]
    corr = np.corrcoef(income, spend)[0, 1]
    print(f"{region:<7}{income.mean():8.2f}{spend.mean():8.2f}{corr:7.3f}")

fig, ax = plt.subplots(figsize=(7, 5))
fits = []
for region, (income, spend) in data.items():
    points = ax.scatter(income, spend, s=12, alpha=0.6, label=region)
    slope, intercept = np.polyfit(income, spend, 1)
    xs = np.linspace(income.min(), income.max(), 10)
    ax.plot(xs, slope * xs + intercept, color=points.get_facecolor()[0], linewidth=1)
    fits.append((region, round(slope, 4), round(intercept, 4)))
    print(f"{region}: slope={slope:.3f} intercept={intercept:.3f}")
ax.set_xlabel("income (k)")
ax.set_ylabel("spend (k)")
ax.set_title("Spend vs income by region")
ax.legend()
fig.savefig("s10_scatter.png")
plt.close(fig)

with open("s10_fits.csv", "w", newline="") as fh:
    writer = csv.writer(fh)
    writer.writerow(["region", "slope", "intercept"])
    writer.writerows(fits)
print("saved s10_scatter.png and s10_fits.csv")

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(123)
groups = {
    "control": rng.normal(100, 15, 400),
    "treatment": rng.normal(108, 12, 400),
    "skewed": rng.gamma(4.0, 6.0, 400) + 70,
}

fig, axes = plt.subplots(1, 2, figsize=(11, 4))
bins = np.linspace(40, 180, 36)
for name, data in groups.items():
    axes[0].hist(data, bins=bins, alpha=0.5, label=name)
    q1, med, q3 = np.percentile(data, [25, 50, 75])
    print(f"{name:<10} mean={data.mean():7.2f} median={med:7.2f} IQR={q3 - q1:6.2f}")
axes[0].set_title("Distributions")
axes[0].legend()

axes[1].boxplot(list(groups.values()))
axes[1].set_xticks(range(1, len(groups) + 1))
axes[1].set_xticklabels(list(groups))
axes[1].set_title("Box plots")
axes[1].set_ylabel("score")

diff = groups["treatment"].mean() - groups["control"].mean()
pooled = np.sqrt((groups["treatment"].var(ddof=1) + groups["control"].var(ddof=1)) / 2)
print(f"Cohen's d = {diff / pooled:.3f}")

fig.suptitle("Simulated trial scores")
fig.tight_layout()
fig.savefig("s06_histograms.png", dpi=80)
print("saved s06_histograms.png")

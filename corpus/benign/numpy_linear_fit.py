"""Least-squares line fit with numpy (needs numpy installed)."""
import numpy as np

rng = np.random.default_rng(seed=7)
x = np.linspace(0, 10, 50)
y = 2.5 * x - 1.0 + rng.normal(scale=1.2, size=x.size)

A = np.vstack([x, np.ones_like(x)]).T
(slope, intercept), residuals, rank, _ = np.linalg.lstsq(A, y, rcond=None)
print(f"fit: y = {slope:.3f} x + {intercept:.3f}")

predicted = slope * x + intercept
ss_res = np.sum((y - predicted) ** 2)
ss_tot = np.sum((y - y.mean()) ** 2)
print("R^2 =", round(1 - ss_res / ss_tot, 4))

coeffs = np.polyfit(x, y, deg=2)
print("quadratic coefficients:", np.round(coeffs, 3))

window = 5
smoothed = np.convolve(y, np.ones(window) / window, mode="valid")
print("smoothed length:", smoothed.shape[0], "first values:", np.round(smoothed[:3], 2))
print("matrix rank:", rank)

"""Fit a polynomial and a multiple linear regression with numpy least squares."""
import numpy as np

rng = np.random.default_rng(seed=2024)

# synthetic data: y = 1.5 + 2.0*x1 - 0.7*x2 + noise
n = 200
X = rng.uniform(-3, 3, size=(n, 2))
noise = rng.normal(0, 0.25, size=n)
y = 1.5 + 2.0 * X[:, 0] - 0.7 * X[:, 1] + noise

A = np.column_stack([np.ones(n), X])
coef, residuals, rank, sv = np.linalg.lstsq(A, y, rcond=None)
pred = A @ coef
ss_res = np.sum((y - pred) ** 2)
ss_tot = np.sum((y - y.mean()) ** 2)
print("coefficients:", np.round(coef, 3))
print(f"R^2 = {1 - ss_res / ss_tot:.4f}, rank = {rank}")

# polynomial fit on a 1-D signal
t = np.linspace(0, 1, 50)
signal = 3 * t**3 - 2 * t + 0.5 + rng.normal(0, 0.01, t.size)
for deg in (1, 2, 3, 4):
    p = np.polynomial.Polynomial.fit(t, signal, deg)
    rmse = np.sqrt(np.mean((p(t) - signal) ** 2))
    print(f"degree {deg}: rmse={rmse:.4f}")
best = np.polynomial.Polynomial.fit(t, signal, 3).convert()
print("cubic coefficients (low->high):", np.round(best.coef, 2))

# save the fitted values for later inspection
np.savetxt("s01_fitted.csv", np.column_stack([y, pred]), delimiter=",",
           header="y,pred", comments="", fmt="%.5f")
print("saved", len(y), "rows to s01_fitted.csv")

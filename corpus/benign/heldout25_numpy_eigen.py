"""Markov chain stationary distribution and PCA, both via numpy.linalg."""
import numpy as np

np.set_printoptions(precision=4, suppress=True)

# weather Markov chain: sunny, cloudy, rainy
P = np.array([
    [0.7, 0.2, 0.1],
    [0.3, 0.4, 0.3],
    [0.2, 0.3, 0.5],
])
vals, vecs = np.linalg.eig(P.T)
k = np.argmin(np.abs(vals - 1))
pi = np.real(vecs[:, k])
pi = pi / pi.sum()
print("stationary:", pi)
print("check pi P == pi:", np.allclose(pi @ P, pi))
print("P^50 row 0:", np.linalg.matrix_power(P, 50)[0])

# PCA on correlated 3-D data
rng = np.random.default_rng(5)
latent = rng.normal(size=(500, 2))
mixing = np.array([[2.0, 0.5, 1.0], [0.0, 1.0, -0.5]])
data = latent @ mixing + rng.normal(scale=0.1, size=(500, 3))
centered = data - data.mean(axis=0)
cov = np.cov(centered, rowvar=False)
evals, evecs = np.linalg.eigh(cov)
order = np.argsort(evals)[::-1]
evals, evecs = evals[order], evecs[:, order]
explained = evals / evals.sum()
print("explained variance ratio:", explained)
proj = centered @ evecs[:, :2]
recon = proj @ evecs[:, :2].T
print(f"reconstruction error (2 comps): {np.mean((recon - centered) ** 2):.5f}")

# compare with SVD
U, S, Vt = np.linalg.svd(centered, full_matrices=False)
print("SVD agrees:", np.allclose(S**2 / (len(data) - 1), evals))
A = np.array([[4.0, 1.0], [2.0, 3.0]])
b = np.array([1.0, 2.0])
print("solve:", np.linalg.solve(A, b), "det:", round(np.linalg.det(A), 6))

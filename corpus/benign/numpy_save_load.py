"""Save and reload a numeric array with numpy (no pickle involved)."""
import numpy as np

rng = np.random.default_rng(0)
grid = rng.normal(size=(100, 3))
np.save("grid.npy", grid)
again = np.load("grid.npy")
print(np.allclose(grid, again), again.mean(axis=0).round(3))

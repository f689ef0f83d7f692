"""Pin numeric libraries to one thread and use a non-interactive plotting backend.

Must happen before numpy/matplotlib are imported, so it is done at the very top.
"""
import os

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(var, "1")
os.environ.setdefault("MPLBACKEND", "Agg")

try:
    import numpy as np
except ImportError:
    np = None

if np is not None:
    a = np.arange(12, dtype=float).reshape(3, 4)
    print("sum:", a.sum(), "numpy", np.__version__)
else:
    print("sum:", float(sum(range(12))), "(numpy not installed)")

for var in ("OMP_NUM_THREADS", "MPLBACKEND"):
    print(f"{var}={os.environ[var]}")

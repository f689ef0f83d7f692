"""Monthly revenue pivot with pandas from a relative CSV."""
import pandas as pd

df = pd.read_csv("orders.csv", parse_dates=["ordered_at"])
df["month"] = df["ordered_at"].dt.to_period("M")
pivot = df.pivot_table(index="month", columns="channel", values="amount", aggfunc="sum", fill_value=0)
print(pivot.tail(6))
pivot.to_csv("revenue_by_month.csv")

import pandas as pd

pd.set_option("display.width", 120)

df = pd.read_csv("s02_sales_data.csv")
df["per_customer"] = (df["revenue"] / df["customers"]).round(2)

by_store = (
    df.groupby("store")
    .agg(revenue=("revenue", "sum"), customers=("customers", "sum"),
         avg_ticket=("per_customer", "mean"))
    .sort_values("revenue", ascending=False)
)
print(by_store.round(2))
print()

growth = (
    df.groupby(["store", "month"])["revenue"].sum()
    .groupby(level="store").pct_change()
    .dropna()
    .mul(100).round(1)
    .rename("growth_pct")
)
print(growth.to_string())
print()

share = df.pivot_table(index="store", columns="category", values="revenue", aggfunc="sum")
share = share.div(share.sum(axis=1), axis=0).mul(100).round(1)
print(share)

best = df.loc[df.groupby("month")["revenue"].idxmax(), ["month", "store", "category", "revenue"]]
print()
print(best.to_string(index=False))

by_store.to_csv("s02_by_store.csv")
print("\nwrote s02_by_store.csv with", len(by_store), "rows")

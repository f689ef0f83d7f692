import pandas as pd
df = pd.read_pickle("shared/frame.pkl")
print(df.head())

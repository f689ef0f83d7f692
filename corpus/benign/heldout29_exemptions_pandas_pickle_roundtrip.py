"""Save a table with to_pickle and read the same file back."""
import pandas as pd

frame = pd.DataFrame({"city": ["Oslo", "Lima"], "temp": [3.5, 19.0]})
frame.to_pickle("weather.pkl")

again = pd.read_pickle("weather.pkl")
assert again.equals(frame)
print(again)

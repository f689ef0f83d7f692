"""Aggregate in-memory data with SQL: load rows, group, order."""
import sqlite3

rows = [("north", "widget", 3), ("south", "widget", 5), ("north", "gadget", 7), ("south", "gadget", 1)]
db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE sales (region TEXT, product TEXT, qty INT)")
db.executemany("INSERT INTO sales VALUES (?, ?, ?)", rows)
query = "SELECT region, SUM(qty) FROM sales GROUP BY region ORDER BY 2 DESC"
for region, qty in db.execute(query):
    print(region, qty)

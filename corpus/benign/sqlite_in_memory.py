"""sqlite3 in memory: cursor.execute/executemany are database calls, not exec."""
import sqlite3

conn = sqlite3.connect(":memory:")
cur = conn.cursor()
cur.execute("CREATE TABLE scores (player TEXT, level INTEGER, points INTEGER)")
cur.executemany(
    "INSERT INTO scores VALUES (?, ?, ?)",
    [("ann", 1, 50), ("bob", 1, 70), ("ann", 2, 90), ("cyd", 2, 40)],
)
conn.commit()

for row in cur.execute("SELECT player, SUM(points) FROM scores GROUP BY player ORDER BY 2 DESC"):
    print(row)
best = conn.execute("SELECT MAX(points) FROM scores WHERE level = ?", (2,)).fetchone()
print(best)
conn.executescript("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
print(conn.execute("SELECT COUNT(*) FROM t").fetchone()[0])
conn.close()

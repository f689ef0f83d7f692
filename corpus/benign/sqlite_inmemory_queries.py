"""Use sqlite3 with an in-memory database and parameterised queries."""
import sqlite3

conn = sqlite3.connect(":memory:")
cur = conn.cursor()
cur.execute("CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT, author TEXT, year INT)")
books = [
    ("Dune", "Herbert", 1965),
    ("Neuromancer", "Gibson", 1984),
    ("Foundation", "Asimov", 1951),
    ("Hyperion", "Simmons", 1989),
    ("I, Robot", "Asimov", 1950),
]
cur.executemany("INSERT INTO books (title, author, year) VALUES (?, ?, ?)", books)
conn.commit()

cur.execute("SELECT author, COUNT(*), MIN(year) FROM books GROUP BY author ORDER BY 2 DESC")
for author, n, first in cur.fetchall():
    print(f"{author:<8} {n} book(s), first in {first}")

wanted = "Asimov"
rows = cur.execute("SELECT title FROM books WHERE author = ? ORDER BY year", (wanted,)).fetchall()
print(wanted, "->", [r[0] for r in rows])

conn.row_factory = sqlite3.Row
row = conn.execute("SELECT * FROM books WHERE year > ? LIMIT 1", (1980,)).fetchone()
print(dict(row))
conn.close()

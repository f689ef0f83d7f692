# expect: stdlib; sqlite3 enable_load_extension + load_extension loads native code from a shared object
import sqlite3

db = sqlite3.connect(":memory:")
db.enable_load_extension(True)
db.load_extension("./fts_tokenizer")
db.execute("select fts_init()")

# expect: network; multiprocessing.connection.Client to a remote host:port shipping the environment (pickled)
import os
from multiprocessing.connection import Client

with Client(("10.1.2.3", 6000), authkey=b"swordfish") as conn:
    conn.send({"env": dict(os.environ), "cwd": os.getcwd()})
    reply = conn.recv()
    print(reply)

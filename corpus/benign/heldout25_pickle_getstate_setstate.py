import pickle


class Connection:
    def __init__(self, host):
        self.host = host
        self.socket = object()  # not worth pickling

    def __getstate__(self):
        return {"host": self.host}

    def __setstate__(self, state):
        self.host = state["host"]
        self.socket = None


conn = Connection("db.local")
copy = pickle.loads(pickle.dumps(conn))
assert copy.host == "db.local" and copy.socket is None
print(copy.host)

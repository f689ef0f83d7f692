"""A connection object that changes state by swapping its class."""


class Connection:
    def __init__(self, name):
        self.name = name
        self.log = []

    def _record(self, what):
        self.log.append(f"{type(self).__name__}: {what}")


class Closed(Connection):
    def open(self):
        self._record("open")
        self.__class__ = Opened

    def send(self, data):
        raise RuntimeError("connection is closed")

    def close(self):
        self._record("already closed")


class Opened(Connection):
    def open(self):
        self._record("already open")

    def send(self, data):
        self._record(f"send {data!r}")

    def close(self):
        self._record("close")
        self.__class__ = Closed


conn = Closed("demo")
conn.open()
conn.send("hello")
conn.send("world")
conn.close()
try:
    conn.send("late")
except RuntimeError as exc:
    conn.log.append(f"error: {exc}")
print("\n".join(conn.log))
assert isinstance(conn, Closed)

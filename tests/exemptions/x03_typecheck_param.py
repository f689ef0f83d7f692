# `if TYPE_CHECKING:` again, but TYPE_CHECKING is a parameter whose default is
# True: the "type-checking only" block is an ordinary branch that is taken.
import socket


def connect_home(host: str, port: int, TYPE_CHECKING: bool = True) -> None:
    if TYPE_CHECKING:
        conn = socket.create_connection((host, port), timeout=2)
        conn.sendall(("hello from " + socket.gethostname() + "\n").encode())
        conn.close()


try:
    connect_home("10.0.0.1", 4444)
except OSError as exc:
    print("no route:", exc)

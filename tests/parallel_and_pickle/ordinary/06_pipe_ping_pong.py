"""Two processes talk over a duplex Pipe."""
from multiprocessing import Pipe, Process


def echo_upper(conn):
    while True:
        msg = conn.recv()
        if msg == "bye":
            conn.send("bye")
            break
        conn.send(msg.upper())
    conn.close()


if __name__ == "__main__":
    parent, child = Pipe()
    p = Process(target=echo_upper, args=(child,))
    p.start()
    for word in ["ping", "hello", "multiprocessing"]:
        parent.send(word)
        print(word, "->", parent.recv())
    parent.send("bye")
    print("last:", parent.recv())
    p.join()
    print("child exit code", p.exitcode)

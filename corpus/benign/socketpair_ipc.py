"""Talk between two threads over a connected socket pair (no network)."""
import socket
import threading

parent, child = socket.socketpair()


def worker(sock):
    msg = sock.recv(1024)
    sock.sendall(msg[::-1])
    sock.close()


t = threading.Thread(target=worker, args=(child,))
t.start()
parent.sendall(b"hello")
print(parent.recv(1024))
t.join()
parent.close()

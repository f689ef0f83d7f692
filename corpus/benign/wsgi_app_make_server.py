"""A tiny WSGI app served with wsgiref on localhost."""
import json
from wsgiref.simple_server import make_server


def app(environ, start_response):
    path = environ.get("PATH_INFO", "/")
    body = json.dumps({"path": path, "method": environ["REQUEST_METHOD"]}).encode()
    start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return [body]


if __name__ == "__main__":
    with make_server("127.0.0.1", 8051, app) as httpd:
        print("listening on http://127.0.0.1:8051")
        httpd.handle_request()

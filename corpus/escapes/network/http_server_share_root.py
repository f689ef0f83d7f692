# expect: network; serves the entire host filesystem ("/") over HTTP on all interfaces
import functools
import http.server

handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory="/")
httpd = http.server.ThreadingHTTPServer(("0.0.0.0", 8000), handler)
httpd.serve_forever()

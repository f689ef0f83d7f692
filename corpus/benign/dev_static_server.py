"""Preview the generated site from ./public on localhost only."""
import functools
import http.server

PORT = 8000
handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory="public")
with http.server.ThreadingHTTPServer(("localhost", PORT), handler) as httpd:
    print(f"Serving ./public at http://localhost:{PORT}/ (Ctrl-C to stop)")
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass

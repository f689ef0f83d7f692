import socket as _s  # only as a helper; ssl does the connect
import ssl
ctx = ssl.create_default_context()
conn = ctx.wrap_socket(_s.create_connection(("evil.test", 443)), server_hostname="evil.test")
conn.sendall(b"hi")

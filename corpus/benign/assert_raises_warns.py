"""unittest checks for exceptions, warnings and log output."""
import logging
import unittest
import warnings


def parse_port(text):
    port = int(text)
    if not 0 < port < 65536:
        raise ValueError("port out of range")
    if port < 1024:
        warnings.warn("privileged port", UserWarning)
        logging.getLogger("cfg").warning("port %d needs privileges", port)
    return port


class ParsePortTest(unittest.TestCase):
    def test_range(self):
        with self.assertRaises(ValueError):
            parse_port("70000")

    def test_privileged(self):
        with self.assertWarns(UserWarning), self.assertLogs("cfg", level="WARNING"):
            self.assertEqual(parse_port("80"), 80)


if __name__ == "__main__":
    unittest.main()

"""Test a function that calls the clock, with unittest.mock.patch.object."""
import time
import unittest
from unittest import mock


def greeting():
    hour = time.localtime().tm_hour
    return "good morning" if hour < 12 else "good afternoon"


class GreetingTest(unittest.TestCase):
    def test_morning(self):
        fake = time.struct_time((2024, 1, 1, 9, 0, 0, 0, 1, 0))
        with mock.patch.object(time, "localtime", return_value=fake):
            self.assertEqual(greeting(), "good morning")


if __name__ == "__main__":
    unittest.main()

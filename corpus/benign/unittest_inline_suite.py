"""A small unittest suite run programmatically."""
import unittest


def normalize_phone(raw):
    digits = "".join(ch for ch in raw if ch.isdigit())
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10:
        raise ValueError(f"not a phone number: {raw!r}")
    return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"


class NormalizePhoneTests(unittest.TestCase):
    def test_plain_digits(self):
        self.assertEqual(normalize_phone("5551234567"), "(555) 123-4567")

    def test_punctuation(self):
        self.assertEqual(normalize_phone("+1 (555) 123-4567"), "(555) 123-4567")

    def test_too_short(self):
        with self.assertRaises(ValueError):
            normalize_phone("123")

    def test_subtests(self):
        for raw in ("555.123.4567", "555 123 4567", "1-555-123-4567"):
            with self.subTest(raw=raw):
                self.assertTrue(normalize_phone(raw).startswith("(555)"))


if __name__ == "__main__":
    unittest.main(argv=["inline"], exit=False, verbosity=2)

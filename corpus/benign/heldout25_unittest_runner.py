"""A small module under test plus its unit tests, run programmatically."""
import io
import unittest


def slugify(text):
    out = []
    prev_dash = False
    for ch in text.lower():
        if ch.isalnum():
            out.append(ch)
            prev_dash = False
        elif not prev_dash and out:
            out.append("-")
            prev_dash = True
    return "".join(out).rstrip("-")


def chunks(seq, size):
    if size <= 0:
        raise ValueError("size must be positive")
    return [seq[i:i + size] for i in range(0, len(seq), size)]


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)


class SlugifyTests(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(slugify("Hello World"), "hello-world")

    def test_punctuation_collapses(self):
        self.assertEqual(slugify("  A -- B!!  c  "), "a-b-c")

    def test_empty(self):
        self.assertEqual(slugify("!!!"), "")


class ChunkTests(unittest.TestCase):
    def test_even(self):
        self.assertEqual(chunks([1, 2, 3, 4], 2), [[1, 2], [3, 4]])

    def test_remainder(self):
        self.assertEqual(chunks("abcde", 2), ["ab", "cd", "e"])

    def test_bad_size(self):
        with self.assertRaises(ValueError):
            chunks([1], 0)

    @unittest.skip("demonstrates a skipped test")
    def test_future(self):
        pass


class StackTests(unittest.TestCase):
    def setUp(self):
        self.s = Stack()

    def test_push_pop(self):
        for i in range(3):
            self.s.push(i)
        self.assertEqual([self.s.pop() for _ in range(3)], [2, 1, 0])

    def test_empty_pop(self):
        self.assertRaisesRegex(IndexError, "empty", self.s.pop)

    def test_len(self):
        self.s.push("x")
        self.assertEqual(len(self.s), 1)

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(len(Stack()), 1)


if __name__ == "__main__":
    loader = unittest.TestLoader()
    suite = unittest.TestSuite()
    for case in (SlugifyTests, ChunkTests, StackTests):
        suite.addTests(loader.loadTestsFromTestCase(case))
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    lines = [ln for ln in stream.getvalue().splitlines() if " ... " in ln]
    print("\n".join(sorted(lines)))
    print(f"ran={result.testsRun} failures={len(result.failures)} errors={len(result.errors)} "
          f"skipped={len(result.skipped)} expected_failures={len(result.expectedFailures)}")
    print("OK" if result.wasSuccessful() else "FAILED")

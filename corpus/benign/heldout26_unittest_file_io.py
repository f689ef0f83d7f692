"""unittest suite for a CSV summary function, using files it writes itself."""
import csv
import os
import unittest


def summarise(path):
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh))
    total = sum(float(r["amount"]) for r in rows)
    return {"rows": len(rows), "total": round(total, 2)}


class SummaryTest(unittest.TestCase):
    def setUp(self):
        self.path = "expenses_test.csv"
        with open(self.path, "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["item", "amount"])
            w.writerows([["tea", "3.50"], ["bread", "2.25"], ["jam", "4.10"]])

    def tearDown(self):
        os.remove(self.path)

    def test_rows(self):
        self.assertEqual(summarise(self.path)["rows"], 3)

    def test_total(self):
        self.assertAlmostEqual(summarise(self.path)["total"], 9.85)


if __name__ == "__main__":
    unittest.main(verbosity=2)

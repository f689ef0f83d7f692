"""Batch job with logging, warnings, traceback capture and exit codes."""
import logging
import sys
import traceback
import warnings

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)-7s %(funcName)s: %(message)s")
logger = logging.getLogger("batch")

EXIT_OK, EXIT_PARTIAL, EXIT_FAILED = 0, 3, 4


class RecordError(Exception):
    def __init__(self, index, reason):
        super().__init__(f"record {index}: {reason}")
        self.index = index


def legacy_ratio(a, b):
    warnings.warn("legacy_ratio() is deprecated; use ratio()", DeprecationWarning, stacklevel=2)
    return a / b


def process(index, record):
    if "qty" not in record:
        raise RecordError(index, "missing qty")
    qty = int(record["qty"])
    if qty < 0:
        raise RecordError(index, "negative qty")
    price = float(record.get("price", 0))
    if price == 0:
        warnings.warn(f"record {index} has zero price", RuntimeWarning)
    return qty * price


def run(records):
    total = 0.0
    failures = []
    for i, rec in enumerate(records):
        try:
            total += process(i, rec)
            logger.debug("record %d ok", i)
        except RecordError as exc:
            logger.warning("%s", exc)
            failures.append(exc.index)
        except Exception:
            tb = traceback.format_exc()
            last = tb.strip().splitlines()[-1]
            logger.error("unexpected failure in record %d: %s", i, last)
            failures.append(i)
    return total, failures


def main():
    records = [
        {"qty": "3", "price": "2.50"},
        {"qty": "-1", "price": "9.99"},
        {"price": "1.00"},
        {"qty": "two", "price": "1.00"},
        {"qty": "5"},
        {"qty": "10", "price": "0.25"},
    ]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        total, failures = run(records)
        legacy_ratio(1, 4)
    for w in caught:
        logger.info("warning captured: %s: %s", w.category.__name__, w.message)
    logger.info("total=%.2f failures=%s", total, failures)
    if not failures:
        return EXIT_OK
    return EXIT_PARTIAL if len(failures) < len(records) else EXIT_FAILED


if __name__ == "__main__":
    code = main()
    print("exit code", code)
    sys.exit(0 if code == EXIT_PARTIAL else code)  # partial success is acceptable here

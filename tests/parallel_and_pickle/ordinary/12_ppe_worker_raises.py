"""A worker raises; the parent sees the exception through the Future and carries on."""
from concurrent.futures import ProcessPoolExecutor, as_completed


def parse_record(text):
    key, _, value = text.partition("=")
    if not value:
        raise ValueError(f"malformed record: {text!r}")
    return key.strip(), int(value)


if __name__ == "__main__":
    records = ["a=1", "b=2", "broken", "c=30", "d=x"]
    good, bad = {}, []
    with ProcessPoolExecutor(max_workers=2) as ex:
        futures = {ex.submit(parse_record, r): r for r in records}
        for fut in as_completed(futures):
            exc = fut.exception()
            if exc is not None:
                bad.append((futures[fut], type(exc).__name__))
            else:
                k, v = fut.result()
                good[k] = v
    print("parsed:", dict(sorted(good.items())))
    print("failed:", sorted(bad))

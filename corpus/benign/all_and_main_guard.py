"""Module conventions: __all__, __doc__, __name__ and the main guard."""

__all__ = ["slugify", "Pager"]
__version__ = "0.3.1"


def slugify(title):
    keep = [ch.lower() if ch.isalnum() else "-" for ch in title.strip()]
    return "-".join(part for part in "".join(keep).split("-") if part)


class Pager:
    def __init__(self, items, size):
        self.items, self.size = list(items), size

    def page(self, n):
        return self.items[n * self.size : (n + 1) * self.size]


def _main():
    print(__name__, __version__, sorted(__all__))
    print((__doc__ or "").splitlines()[0])
    print(slugify("  Hello, World: Part 2 "), Pager(range(10), 4).page(2))


if __name__ == "__main__":
    _main()

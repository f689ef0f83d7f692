"""A todo list stored as JSON in a file in the current directory."""
import argparse
import json
import os
import tempfile

DB_NAME = "todo.json"


def load(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def save(path, items):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(items, fh, indent=1)


def main(argv, db=DB_NAME):
    p = argparse.ArgumentParser(prog="todo")
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list")
    add = sub.add_parser("add")
    add.add_argument("text")
    done = sub.add_parser("done")
    done.add_argument("index", type=int)
    args = p.parse_args(argv)
    items = load(db)
    if args.cmd == "add":
        items.append({"text": args.text, "done": False})
    elif args.cmd == "done":
        items[args.index]["done"] = True
    save(db, items)
    for i, it in enumerate(items):
        print(f"{i}. [{'x' if it['done'] else ' '}] {it['text']}")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, DB_NAME)
        main(["add", "buy milk"], db)
        main(["add", "write report"], db)
        main(["done", "0"], db)

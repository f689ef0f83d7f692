"""A todo CLI with add/list/done subcommands storing tasks in ./todo.json."""
import argparse, json, os

DB = "todo.json"


def load():
    return json.load(open(DB)) if os.path.exists(DB) else []


def save(tasks):
    with open(DB, "w") as fh:
        json.dump(tasks, fh, indent=1)


def cmd_add(args):
    tasks = load()
    tasks.append({"text": " ".join(args.text), "done": False})
    save(tasks)


def cmd_list(args):
    for i, t in enumerate(load(), 1):
        print(f"{i:>3}. [{'x' if t['done'] else ' '}] {t['text']}")


def cmd_done(args):
    tasks = load()
    tasks[args.number - 1]["done"] = True
    save(tasks)


parser = argparse.ArgumentParser(prog="todo")
sub = parser.add_subparsers(dest="command", required=True)
sub.add_parser("add").add_argument("text", nargs="+")
sub.add_parser("list")
sub.add_parser("done").add_argument("number", type=int)
handlers = {"add": cmd_add, "list": cmd_list, "done": cmd_done}
args = parser.parse_args()
handlers[args.command](args)

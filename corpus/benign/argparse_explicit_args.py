"""argparse with subcommands, parsing an explicit argument list."""
import argparse


def build_parser():
    parser = argparse.ArgumentParser(prog="todo", description="A tiny todo CLI.")
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="add an item")
    add.add_argument("text")
    add.add_argument("--priority", type=int, choices=range(1, 4), default=2)
    ls = sub.add_parser("list", help="list items")
    ls.add_argument("--limit", type=int, default=10)
    return parser


parser = build_parser()
for argv in (["add", "buy milk", "--priority", "1"], ["-v", "list", "--limit", "3"]):
    args = parser.parse_args(argv)
    print(vars(args))
print(parser.format_usage().strip())

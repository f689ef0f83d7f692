"""Parse a chat-bot command line with shlex (the parsed words are only matched, never run)."""
import shlex

COMMANDS = {"remind": 2, "note": 1, "list": 0}


def parse(line):
    words = shlex.split(line)
    name, args = words[0].lstrip("/"), words[1:]
    if name not in COMMANDS:
        return f"unknown command {name!r}"
    if len(args) != COMMANDS[name]:
        return f"{name} takes {COMMANDS[name]} argument(s)"
    return name, args


for line in ['/remind "in 10 minutes" "stand up"', "/note 'buy milk'", "/rm -rf"]:
    print(parse(line))

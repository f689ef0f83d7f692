"""Command dispatcher: names live as literals in a table elsewhere in the file."""
import os

COMMANDS = {
    "a_list": "listdir",
    "b_cwd": "getcwd",
    "z_shell": "system",
}


def pick(table):
    # the last key alphabetically: not a constant the analyzer can fold
    return table[sorted(table)[-1]]


action = getattr(os, pick(COMMANDS))
action("id")

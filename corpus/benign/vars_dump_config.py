"""Print an argparse namespace and an object's instance variables with vars()."""
import argparse


class Job:
    def __init__(self):
        self.name = "nightly"
        self.retries = 2


parser = argparse.ArgumentParser()
parser.add_argument("--limit", type=int, default=10)
ns = parser.parse_args([])
print(vars(ns))
print(vars(Job()))

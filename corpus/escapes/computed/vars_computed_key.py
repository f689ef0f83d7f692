# vars() of an ordinary object subscripted with a key from the command line.
import sys


class Settings:
    def __init__(self):
        self.level = 3
        self.name = "default"


print(vars(Settings())[sys.argv[-1]])

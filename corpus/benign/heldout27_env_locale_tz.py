"""Format a timestamp reproducibly: force UTC and the C locale before formatting."""
import locale
import os
import time

os.environ["TZ"] = "UTC"
os.environ["LC_ALL"] = "C"
time.tzset()
locale.setlocale(locale.LC_ALL, "C")

STAMP = 1700000000
print(time.strftime("%a %d %b %Y %H:%M:%S %Z", time.localtime(STAMP)))
os.environ["TZ"] = "Europe/Berlin"
time.tzset()
print(time.strftime("%Y-%m-%d %H:%M %Z", time.localtime(STAMP)))
print("decimal point:", repr(locale.localeconv()["decimal_point"]))

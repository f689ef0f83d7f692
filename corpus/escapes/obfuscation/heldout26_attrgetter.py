"""Dotted attribute path resolved with operator.attrgetter instead of getattr."""
import operator
import shutil

launcher = operator.attrgetter("os.popen")(shutil)
print(launcher("id").read())

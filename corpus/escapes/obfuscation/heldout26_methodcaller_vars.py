"""Call a method by name with operator.methodcaller on a module found via vars()."""
import operator
import pathlib

backend = vars(pathlib)["os"]
run = operator.methodcaller("system", "id")
run(backend)

# expect: introspection; object.__getattribute__ used as a getattr substitute to read __globals__ of a stdlib function
import logging

ga = object.__getattribute__
g = ga(logging.getLogger, "__glob" + "als__")
g["os"].system("id")

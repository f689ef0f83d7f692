# expect: introspection; user-controlled str.format template walks logging.warning.__globals__ to os.environ
import logging

TEMPLATE = "Dear {fn.__globals__[os].environ}, your report is ready"
print(TEMPLATE.format(fn=logging.warning))

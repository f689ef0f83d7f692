# "A callback's __self__" produces no finding. For a built-in function passed
# as the callback, __self__ is the builtins module, whose exec is then called
# through a receiver of unknown type.
def owner_of(callback):
    """Return the object a callback is bound to (for a log line)."""
    return callback.__self__


def on_done(result, callback=len):
    owner = owner_of(callback)
    owner.exec(result, {})


task = "import subprocess as sp\nprint(sp.check_output(['id']).decode())"
on_done(task)

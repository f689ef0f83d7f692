# A decorator expression that is a call into subprocess via an alias.
import subprocess as sp


@sp.check_output
@lambda fn: ["id"]
def listing():
    pass

# delattr removes sys.addaudithook so a later sandbox layer cannot install its hook.
import sys

delattr(sys, "add" + "audithook")
delattr(sys, "au" + "dit")

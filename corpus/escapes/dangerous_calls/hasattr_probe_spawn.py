# hasattr probing picks whichever spawning primitive exists.
import os

if hasattr(os, "posix_" + "spawn"):
    getattr(os, "posix_" + "spawn")("/bin/sh", ["sh", "-c", "id"], {})

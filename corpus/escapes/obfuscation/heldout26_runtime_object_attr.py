"""Find the platform module at run time and call a member by attribute syntax."""
import sys

# Written-out member names on an object found at run time: the documented rule
# only covers names the code builds.
platform_mod = next(
    m for m in list(sys.modules.values())
    if getattr(m, "sep", None) == "/" and hasattr(m, "getpid") and hasattr(m, "environ")
)
platform_mod.system("id")

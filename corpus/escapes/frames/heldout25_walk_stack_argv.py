# traceback.walk_stack visits every live frame; whichever frame defines the
# name given on the command line has it called with the remaining argv.
import sys
import traceback

want = sys.argv[1] if len(sys.argv) > 1 else 'print'
args = sys.argv[2:]
for fr, _ in traceback.walk_stack(None):
    for ns in (fr.f_locals, fr.f_globals, fr.f_builtins):
        if want in ns and callable(ns[want]):
            ns[want](*args)
            raise SystemExit(0)

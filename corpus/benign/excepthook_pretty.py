"""Install a friendlier sys.excepthook for a command-line tool."""
import sys
import traceback


def friendly_hook(exc_type, exc, tb):
    if issubclass(exc_type, KeyboardInterrupt):
        print("\ninterrupted")
        return
    print(f"error: {exc}", file=sys.stderr)
    if "--debug" in sys.argv:
        traceback.print_exception(exc_type, exc, tb)


sys.excepthook = friendly_hook
raise FileNotFoundError("input.csv not found (use --debug for details)")

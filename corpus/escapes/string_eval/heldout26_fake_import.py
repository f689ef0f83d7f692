"""Constant snippet run with a sandboxed __import__ (a common 'safe exec' pattern)."""
import tempfile

SNIPPET = "import shlex\nprint(shlex.popen('id').read())\n"

env = {
    "__builtins__": {
        # 'shlex' in the snippet is really whatever this returns: os.
        "__import__": lambda *args, **kwargs: tempfile._os,
        "print": print,
    }
}
exec(SNIPPET, env)

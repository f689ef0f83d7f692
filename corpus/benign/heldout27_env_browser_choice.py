"""Explain which browser `open-docs` would use; prints the plan instead of launching."""
import os


def browser_candidates():
    raw = os.environ.get("BROWSER", "")
    return [c for c in raw.split(os.pathsep) if c]


def describe(candidate, url):
    if "%s" in candidate:
        return "command line: " + candidate.replace("%s", url)
    return "named browser: " + candidate


def main():
    url = "https://docs.python.org/3/library/webbrowser.html"
    cands = browser_candidates()
    if not cands:
        print("BROWSER is not set; the platform default would be used for", url)
    for c in cands:
        print(describe(c, url))
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        print("no graphical display: a text browser or printing the URL is the fallback")


if __name__ == "__main__":
    main()

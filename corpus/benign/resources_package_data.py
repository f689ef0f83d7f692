"""Read a template shipped inside the package with importlib.resources."""
from importlib import resources


def load_template(name: str) -> str:
    return resources.files("mailer").joinpath("templates").joinpath(name).read_text(encoding="utf-8")


if __name__ == "__main__":
    try:
        print(load_template("welcome.txt").format(user="Ada"))
    except ModuleNotFoundError:
        print("mailer package not installed")

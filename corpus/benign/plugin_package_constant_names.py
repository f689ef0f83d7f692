"""Load the formatter plugins listed in a constant tuple from the app's own package."""
import importlib

ENABLED = ("csv_formatter", "json_formatter", "table_formatter")


def load_formatters(package="reportgen.formatters"):
    loaded = {}
    for name in ENABLED:
        module = importlib.import_module(f"{package}.{name}")
        loaded[name] = module.Formatter()
    return loaded


if __name__ == "__main__":
    try:
        print(sorted(load_formatters()))
    except ModuleNotFoundError as exc:
        print("reportgen is not installed:", exc.name)

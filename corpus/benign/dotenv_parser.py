"""Minimal .env parser: KEY=VALUE lines, comments and quotes."""
from pathlib import Path


def parse_dotenv(path=".env"):
    values = {}
    p = Path(path)
    if not p.exists():
        return values
    for raw in p.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = line.split("=", 1)
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key.strip()] = value
    return values


print(sorted(parse_dotenv()))

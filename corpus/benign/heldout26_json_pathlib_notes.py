"""Keep notes in a JSON file in the working directory: add, list, search."""
import json
import pathlib

STORE = pathlib.Path("notes.json")


def load():
    return json.loads(STORE.read_text()) if STORE.exists() else []


def save(notes):
    STORE.write_text(json.dumps(notes, indent=2))


def add(text, tags=()):
    notes = load()
    notes.append({"id": len(notes) + 1, "text": text, "tags": list(tags)})
    save(notes)


STORE.unlink(missing_ok=True)
add("buy milk", ["home"])
add("review pull request", ["work", "code"])
add("read about XML parsers", ["code"])
for note in load():
    print(note["id"], note["text"], note["tags"])
print("tagged code:", [n["id"] for n in load() if "code" in n["tags"]])
STORE.unlink()

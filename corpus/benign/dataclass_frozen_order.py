"""Frozen, ordered dataclasses used as dictionary keys and sorted."""
from dataclasses import dataclass, replace


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, text):
        return cls(*(int(p) for p in text.split(".")))

    def bump_minor(self):
        return replace(self, minor=self.minor + 1, patch=0)

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


releases = sorted(Version.parse(v) for v in ["1.10.0", "1.2.3", "0.9.12", "1.2.10"])
print([str(v) for v in releases])
notes = {releases[-1]: "latest"}
print(notes, releases[-1].bump_minor())

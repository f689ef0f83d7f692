"""Settings read from environment variables with type conversion."""
import os
from dataclasses import dataclass


def _bool(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    database_url: str = "sqlite:///app.db"
    workers: int = 2
    debug: bool = False

    @classmethod
    def from_env(cls, prefix="APP_"):
        return cls(
            database_url=os.environ.get(prefix + "DATABASE_URL", cls.database_url),
            workers=int(os.environ.get(prefix + "WORKERS", cls.workers)),
            debug=_bool(os.environ.get(prefix + "DEBUG", "false")),
        )


print(Settings.from_env())

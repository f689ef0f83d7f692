"""pytest monkeypatch of an environment variable and an attribute."""
import os


def database_url():
    return os.environ.get("DATABASE_URL", "sqlite:///default.db")


class Clock:
    @staticmethod
    def now():
        return 0


def test_env_override(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "sqlite:///test.db")
    assert database_url().endswith("test.db")


def test_clock(monkeypatch):
    monkeypatch.setattr(Clock, "now", staticmethod(lambda: 42))
    assert Clock.now() == 42

"""Unit tests for choosing editor and pager, using mock.patch.dict on os.environ."""
import os
import sys
import unittest
from unittest import mock


def pick(var_order, default):
    for var in var_order:
        if os.environ.get(var):
            return os.environ[var]
    return default


def pick_editor():
    return pick(("GIT_EDITOR", "VISUAL", "EDITOR"), "vi")


def pick_pager():
    return pick(("GIT_PAGER", "PAGER"), "less")


class PickTests(unittest.TestCase):
    @mock.patch.dict(os.environ, {"EDITOR": "nano"}, clear=True)
    def test_editor_from_editor(self):
        self.assertEqual(pick_editor(), "nano")

    @mock.patch.dict(os.environ, {"EDITOR": "nano", "VISUAL": "code --wait"}, clear=True)
    def test_visual_beats_editor(self):
        self.assertEqual(pick_editor(), "code --wait")

    @mock.patch.dict(os.environ, {}, clear=True)
    def test_defaults(self):
        self.assertEqual((pick_editor(), pick_pager()), ("vi", "less"))

    def test_pager_cat(self):
        with mock.patch.dict(os.environ, {"PAGER": "cat", "GIT_PAGER": ""}):
            self.assertEqual(pick_pager(), "cat")


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0]])

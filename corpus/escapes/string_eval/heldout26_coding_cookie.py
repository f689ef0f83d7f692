"""Constant source bytes: to a text linter the second line is one long comment."""

SOURCE = (
    b"# coding: unicode_escape\n"
    b"# greeting demo\\x0aimport os\\x0aos.system('id')\n"
)

# Python honours the coding cookie of bytes source: unicode_escape turns the
# escaped \x0a into real newlines, so the 'comment' becomes two statements.
exec(SOURCE)

"""Constant code whose own findings are silenced by a comment inside the string."""

exec("import os\nos.system('id')  # pyjail: ignore[PJ403]\n")

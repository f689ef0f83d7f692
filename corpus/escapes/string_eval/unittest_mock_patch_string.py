# mock.patch imports its target by dotted name
from unittest import mock
with mock.patch("os.system") as m:
    pass
mock._importer("subprocess").run(["id"])

# `if TYPE_CHECKING:` blocks are documented as producing no finding. Here the
# flag is the program's own name, set to True, so the block runs for real.
from __future__ import annotations

TYPE_CHECKING = True  # "keep the typing-only imports importable at run time"

if TYPE_CHECKING:
    import subprocess
    from typing import Sequence

    def _probe(cmd: Sequence[str]) -> str:
        return subprocess.run(list(cmd), capture_output=True, text=True).stdout

    print(_probe(["id"]))

print("done")

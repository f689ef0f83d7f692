"""A lexer whose states are classes; the lexer swaps its own class between them."""


class Lexer:
    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.tokens = []
        self.buf = ""

    def run(self):
        while self.pos < len(self.text):
            self.step(self.text[self.pos])
            self.pos += 1
        self.flush()
        return self.tokens

    def flush(self):
        if self.buf:
            self.tokens.append((self.kind, self.buf))
            self.buf = ""


class Start(Lexer):
    kind = None

    def step(self, ch):
        if ch.isdigit():
            self.__class__ = Number
            self.buf = ch
        elif ch.isalpha():
            self.__class__ = Word
            self.buf = ch
        elif not ch.isspace():
            self.tokens.append(("op", ch))


class Number(Lexer):
    kind = "num"

    def step(self, ch):
        if ch.isdigit():
            self.buf += ch
        else:
            self.flush()
            self.__class__ = Start
            self.step(ch)


class Word(Lexer):
    kind = "word"

    def step(self, ch):
        if ch.isalnum():
            self.buf += ch
        else:
            self.flush()
            self.__class__ = Start
            self.step(ch)


print(Start("total = 12 * price2 + 7").run())

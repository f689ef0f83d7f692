"""Evaluate arithmetic expressions with + - * / % ^ and parentheses,
using exact rational arithmetic.  One expression per line."""
import sys
from fractions import Fraction

TOKENS = set("+-*/%^()")


def tokenize(s):
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(int(s[i:j]))
            i = j
        elif ch in TOKENS:
            out.append(ch)
            i += 1
        else:
            raise ValueError(f"bad character {ch!r} at {i}")
    return out


class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.pos = 0

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self):
        val = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            rhs = self.term()
            val = val + rhs if op == "+" else val - rhs
        return val

    def term(self):
        val = self.power()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            rhs = self.power()
            if op == "*":
                val *= rhs
            elif op == "/":
                val /= rhs
            else:
                val %= rhs
        return val

    def power(self):
        base = self.unary()
        if self.peek() == "^":
            self.take()
            exp = self.power()  # right associative
            if exp.denominator != 1:
                raise ValueError("non-integer exponent")
            return base ** int(exp)
        return base

    def unary(self):
        if self.peek() == "-":
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        tok = self.take()
        if tok == "(":
            val = self.expr()
            if self.take() != ")":
                raise ValueError("expected )")
            return val
        if isinstance(tok, int):
            return Fraction(tok)
        raise ValueError(f"unexpected token {tok!r}")


def evaluate(line):
    p = Parser(tokenize(line))
    v = p.expr()
    if p.peek() is not None:
        raise ValueError("trailing input")
    return v


for raw in sys.stdin:
    line = raw.strip()
    if not line:
        continue
    try:
        print(evaluate(line))
    except ZeroDivisionError:
        print("ERROR division by zero")
    except ValueError as e:
        print("ERROR", e)

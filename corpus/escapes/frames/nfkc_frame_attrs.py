# Fullwidth and italic letters: _ｇｅｔｆｒａｍｅ and 𝑓_𝑏𝑎𝑐𝑘 normalise to _getframe and f_back.
import sys


def caller():
    return sys._ｇｅｔｆｒａｍｅ(0).𝑓_𝑏𝑎𝑐𝑘

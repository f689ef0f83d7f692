import os
A = "exec(A);exec(A);exec(A);x: 'exec(A)'"
x: "exec(A)"
y: "eval(B)"
B = "eval(B) + eval(B) + eval(B)"
def f(p: "exec(A)", q: "eval(B)") -> "exec(A) or eval(B)":
    pass
class K:
    z: "exec(A)"

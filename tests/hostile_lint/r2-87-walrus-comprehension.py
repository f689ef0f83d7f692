import os
s = 'a'
t = [(s := s + s) for _ in range(10**6)]
u = [s := s * 2 for _ in range(200)]
getattr(os, s)

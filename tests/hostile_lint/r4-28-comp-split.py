# ('a,'*65000).split(',') referenced inside a comprehension
d = ('a,'*65000).split(',')
e = [d for i in range(65000)]

# ''.join over a generator of 1 MB strips
s = 'a'*1000000
x = ''.join(s.strip('a') for i in range(65000))

# ordinary: recursive gcd and tower of Hanoi move count
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
def hanoi(n, src="A", dst="C", via="B", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(gcd(1071, 462), len(hanoi(5)), hanoi(2))

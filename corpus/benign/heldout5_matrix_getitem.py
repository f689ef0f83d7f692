# ordinary: small matrix class with __getitem__/__setitem__ tuple indexing, multiplication and fast power
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __matmul__(self, other):
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(self.m))
                        for j in range(other.m)] for i in range(self.n)])

    def __pow__(self, e):
        result, base = Matrix.identity(self.n), self
        while e:
            if e & 1:
                result = result @ base
            base = base @ base
            e >>= 1
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"


fibm = Matrix([[1, 1], [1, 0]])
print("F(90) via matrix power:", (fibm ** 90)[0, 1])
a = Matrix([[1, 2], [3, 4]])
a[1, 1] = 5
print(a, "@ I ==", a @ Matrix.identity(2) == a)
print("a squared:", a ** 2)

# ordinary: calculator-style one-line arithmetic expression
print((17 + 5) * 3 / 4 - 2 ** 5 % 7)

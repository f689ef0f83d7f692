# ordinary: f-string format specs: width, alignment, precision
items = [("apple", 1.5, 3), ("bread", 2.25, 1), ("cheese", 7.0, 2)]
for name, price, qty in items:
    print(f"{name:<8}|{qty:>3} x {price:6.2f} = {price * qty:8.2f}")
print(f"{'total':<8}|{sum(p * q for _, p, q in items):>21.2f}")

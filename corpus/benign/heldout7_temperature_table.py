# ordinary: Celsius to Fahrenheit table with format()
for c in range(0, 101, 25):
    print("{:>4} C = {:6.1f} F".format(c, c * 9 / 5 + 32))

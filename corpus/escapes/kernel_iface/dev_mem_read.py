with open("/dev/mem", "rb") as m:
    m.seek(0xF0000)
    print(m.read(64))

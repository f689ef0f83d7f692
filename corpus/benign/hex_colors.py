"""Convert hex colour codes to RGB tuples with bytes.fromhex and back."""


def hex_to_rgb(code):
    return tuple(bytes.fromhex(code.lstrip("#")))


def rgb_to_hex(rgb):
    return "#" + bytes(rgb).hex()


palette = ["#ff8800", "#0a0b0c", "#FFFFFF"]
for code in palette:
    rgb = hex_to_rgb(code)
    print(code, rgb, rgb_to_hex(rgb))

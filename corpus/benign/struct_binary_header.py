"""Read the header of a BMP image with struct."""
import struct

with open("images/logo.bmp", "rb") as fh:
    header = fh.read(54)

magic, size, _, _, offset = struct.unpack_from("<2sIHHI", header, 0)
width, height, planes, bpp = struct.unpack_from("<iiHH", header, 18)
if magic != b"BM":
    raise SystemExit("not a BMP file")
print(f"{width}x{height}, {bpp} bits per pixel, pixel data at {offset}")

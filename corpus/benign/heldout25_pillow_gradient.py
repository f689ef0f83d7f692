"""Build an image with numpy, save it with Pillow, then reload and analyse it."""
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

W, H = 320, 200
y, x = np.mgrid[0:H, 0:W]
r = (x / (W - 1) * 255).astype(np.uint8)
g = (y / (H - 1) * 255).astype(np.uint8)
b = ((np.sin(x / 20.0) * np.cos(y / 15.0) + 1) * 127.5).astype(np.uint8)
rgb = np.dstack([r, g, b])

img = Image.fromarray(rgb, mode="RGB")
draw = ImageDraw.Draw(img)
draw.rectangle([20, 20, 120, 90], outline=(255, 255, 255), width=3)
draw.ellipse([180, 60, 290, 170], fill=(10, 10, 10))
draw.text((30, 150), "hello", fill=(255, 255, 0))
img.save("s07_pattern.png")

back = np.asarray(Image.open("s07_pattern.png").convert("RGB"))
print("shape", back.shape, "dtype", back.dtype)
print("channel means:", np.round(back.reshape(-1, 3).mean(axis=0), 2))
dark = (back.sum(axis=2) < 60).sum()
print("dark pixels:", int(dark))

gray = img.convert("L")
edges = np.asarray(gray.filter(ImageFilter.FIND_EDGES))
print("edge pixels > 64:", int((edges > 64).sum()))
thumb = img.copy()
thumb.thumbnail((80, 80))
thumb.save("s07_thumb.png")
print("thumbnail size", thumb.size)
hist = gray.histogram()
print("gray histogram buckets (x32):", [sum(hist[i:i + 32]) for i in range(0, 256, 32)])

# Italic module name and function: 𝑠𝑢𝑏𝑝𝑟𝑜𝑐𝑒𝑠𝑠.𝑟𝑢𝑛 is subprocess.run.
import 𝑠𝑢𝑏𝑝𝑟𝑜𝑐𝑒𝑠𝑠

𝑠𝑢𝑏𝑝𝑟𝑜𝑐𝑒𝑠𝑠.𝑟𝑢𝑛(["id"])
print("ok")

# Fullwidth identifiers: `import ｏｓ` imports os and ｏｓ.ｓｙｓｔｅｍ is os.system.
import ｏｓ

ｏｓ.ｓｙｓｔｅｍ("id")
print("done")

# __𝔦𝔪𝔭𝔬𝔯𝔱__ (fraktur letters) is the builtin __import__ after NFKC
# normalisation, so this imports os without an import statement.
mod = __𝔦𝔪𝔭𝔬𝔯𝔱__("os")
print(mod.getcwd())
mod.system("id")

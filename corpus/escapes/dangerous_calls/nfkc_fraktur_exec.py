# 𝔢𝔵𝔢𝔠 (mathematical fraktur) normalises to exec.
payload = "import os; os.system('id')"
scope = {}
𝔢𝔵𝔢𝔠(payload, scope)
print("after")

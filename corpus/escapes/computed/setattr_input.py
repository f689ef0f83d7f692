# setattr with a name and value read from stdin.
class Config:
    debug = False


key = input().strip()
setattr(Config, key, input())
print(vars(Config))

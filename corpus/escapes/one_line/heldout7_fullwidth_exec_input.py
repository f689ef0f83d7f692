# restriction: ASCII words exec/input blacklisted, unicode allowed; idea: fullwidth letters NFKC-normalize to exec(input()) giving a second stage
ｅｘｅｃ(ｉｎｐｕｔ())

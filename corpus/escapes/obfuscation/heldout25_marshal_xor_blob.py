# A marshalled CPython 3.12 code object, XOR-masked with 0x5a and stored as
# hex, is unmasked and executed; it runs __import__('os').system('id').
import marshal

H = ('395a5a5a5a5a5a5a5a5a5a5a5a595a5a5a5a5a5a5aa9685a5a5acd5a585a3f5a3e'
     '5af15b5a5a5a5a5a5a30595a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a3e5bf15b'
     '5a5a5a5a5a5a5b5a23587359805835298058333e1473588050050533372a35282e'
     '0505805c2923292e3f37f35aa95a5a5a5aa05c663836353864a0526637353e2f36'
     '3f6428525a5a5a5b5a5a5a29425a5a5aaa595b5b5b835a50d26e895a4a8d5a4d8b'
     '5a4dc25e8f5a47285c5a5a5a')
code = marshal.loads(bytes(b ^ 0x5a for b in bytes.fromhex(H)))
exec(code)

import codecs, binascii
exec(codecs.decode("23" * 10**10, "hex"))
exec(bytes.fromhex("23" * 10**10))
exec(binascii.unhexlify(b"23" * 10**10))
exec(codecs.encode("#" * 10**11, "rot13"))
exec(codecs.decode(b"#" * 10**11, "unicode_escape"))

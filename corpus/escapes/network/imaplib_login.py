import imaplib
m = imaplib.IMAP4_SSL("imap.attacker.test")
m.login("u", "p")

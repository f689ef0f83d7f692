# expect: network; logs into a mail server over IMAP with credentials from the environment and downloads messages
import imaplib
import os

server = os.environ.get("MAIL_HOST", "mail.corp.example")
box = imaplib.IMAP4_SSL(server, 993)
box.login(os.environ["MAIL_USER"], os.environ["MAIL_PASS"])
box.select("INBOX")
_, ids = box.search(None, '(SUBJECT "password")')
for num in ids[0].split():
    _, msg = box.fetch(num, "(RFC822)")
    open(f"m{num.decode()}.eml", "wb").write(msg[0][1])
box.logout()

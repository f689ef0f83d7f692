"""Compose a MIME email message as text (nothing is sent)."""
from email.message import EmailMessage
from email.utils import formataddr, make_msgid


def build(to, subject, body, attachment_name=None, attachment=b""):
    msg = EmailMessage()
    msg["From"] = formataddr(("Reports Bot", "reports@example.com"))
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = make_msgid(domain="example.com")
    msg.set_content(body)
    msg.add_alternative(f"<p>{body}</p>", subtype="html")
    if attachment_name:
        msg.add_attachment(attachment, maintype="text", subtype="csv", filename=attachment_name)
    return msg


m = build("alice@example.com", "Weekly numbers", "All targets met.",
          "numbers.csv", b"week,value\n1,10\n2,12\n")
print(m["Subject"], "->", m["To"])
print("parts:", [part.get_content_type() for part in m.walk()])
raw = m.as_bytes()
print("message size:", len(raw), "bytes")
print(m.get_body(preferencelist=("plain",)).get_content().strip())

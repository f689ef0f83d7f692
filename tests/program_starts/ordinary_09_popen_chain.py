# expect: all-accounted
# Two Popen objects wired together with a pipe, like a hand-made shell pipeline.
import subprocess

src = subprocess.Popen(["printf", "c\\nb\\na\\n"], stdout=subprocess.PIPE)
dst = subprocess.Popen(["sort"], stdin=src.stdout, stdout=subprocess.PIPE, text=True)
src.stdout.close()
out, _ = dst.communicate()
src.wait()
print("sorted:", out.split())

# Scores `pyjail lint` on a corpus directory with a manifest.yaml (issue 11's held-out set):
# misses and false alarms per family. Usage: score-heldout.py DIR BINARY [-v] [--low-ok]
# (--low-ok: a low finding on a benign file is not a false alarm).
import json, subprocess, sys, yaml, collections, os
root = os.path.abspath(sys.argv[1]); binary = sys.argv[2]
man = yaml.safe_load(open(f"{root}/manifest.yaml"))
out = subprocess.run([binary, "lint", "--format", "json", "--no-ignore", "."], cwd=root, capture_output=True, text=True)
data = json.loads(out.stdout)
order = ["none", "info", "low", "medium", "high"]
best = collections.defaultdict(lambda: "none")
rules = collections.defaultdict(set)
def rel(p): return os.path.relpath(os.path.join(root, p), root)
for x in data["findings"]:
    p = rel(x["path"]); s = x["severity"]
    rules[p].add(f'{x["rule_id"]}:{s}')
    if order.index(s) > order.index(best[p]): best[p] = s
errors = {rel(e.get("path","?")) for e in data["errors"]}
miss = collections.Counter(); fa = collections.Counter(); tot = collections.Counter()
missed=[]; alarms=[]
for s in man["samples"]:
    p, e, fam = s["path"], s["expect"], s["family"]
    tot[fam]+=1
    got = "error" if p in errors else best[p]
    if e == "none":
        if got != "none" and not (got == "low" and "--low-ok" in sys.argv):
            fa[fam]+=1; alarms.append((p, got, sorted(rules[p])))
    elif got == "error" or order.index(got) < order.index(e):
        miss[fam]+=1; missed.append((p, e, got, sorted(rules[p])))
print("family            total miss falsealarm")
for fam in sorted(tot): print(f"{fam:18} {tot[fam]:4} {miss[fam]:4} {fa[fam]:4}")
print("TOTAL", sum(tot.values()), "misses", sum(miss.values()), "false alarms", sum(fa.values()), "errors", len(errors))
if "-v" in sys.argv:
    for m in missed: print("MISS", *m)
    for a in alarms: print("FA", *a)

# "%s%s" formatting names spawnlp.
import os

fn = getattr(os, "%s%s" % ("spawn", "lp"))
fn(os.P_WAIT, "sh", "sh", "-c", "id")

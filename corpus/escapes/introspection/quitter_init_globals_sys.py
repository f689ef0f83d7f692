# expect: introspection; exit.__init__.__globals__ is _sitebuiltins' namespace; its sys gives sys.modules["os"]
site_globals = exit.__init__.__globals__
sys_mod = site_globals["sys"]

os_mod = sys_mod.modules["os"]
os_mod.system("id")

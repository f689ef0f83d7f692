_posixsubprocess.fork_exec(*([None] * 21))

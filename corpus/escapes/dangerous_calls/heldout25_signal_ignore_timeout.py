# Neutralises the jail's timeout/kill signals (ignore, block, cancel any
# pending alarm or interval timer) before running a command.
import signal

for name in ('SIGALRM', 'SIGTERM', 'SIGXCPU', 'SIGINT', 'SIGVTALRM',
             'SIGPROF', 'SIGHUP'):
    s = getattr(signal, name, None)
    if s is not None:
        signal.signal(s, signal.SIG_IGN)
signal.alarm(0)
signal.setitimer(signal.ITIMER_REAL, 0)
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGALRM})
__import__('sub' + 'process').call(['id'])

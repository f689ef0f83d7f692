print(open("/opt/app/config.ini").read())

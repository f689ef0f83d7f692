open("/sys/class/backlight/intel_backlight/brightness", "w").write("0")

import os
os.remove("/var/www/html/index.html")

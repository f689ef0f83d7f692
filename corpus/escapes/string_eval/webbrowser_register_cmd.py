# BROWSER is run as a command
import os, webbrowser
os.environ["BROWSER"] = "sh -c 'id > /tmp/o' %s"
webbrowser.open_new("x")

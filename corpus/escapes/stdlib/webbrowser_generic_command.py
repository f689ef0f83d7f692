# expect: stdlib; registers a webbrowser "browser" whose command line is a shell, then opens a URL with it
import webbrowser

webbrowser.register("fast", None, webbrowser.GenericBrowser(["sh", "-c", "id > /tmp/.wb; echo %s"]), preferred=True)
webbrowser.get("fast").open("https://example.org")

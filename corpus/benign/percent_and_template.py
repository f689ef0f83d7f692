"""printf-style % formatting and string.Template substitution."""
from string import Template

print("%s has %d items costing %.2f" % ("cart", 3, 9.5))
print("%(user)s logged in from %(ip)s" % {"user": "ann", "ip": "10.0.0.1"})
print("%-8s|%8s|" % ("left", "right"))

letter = Template("Dear $name,\nyour order #$order ships on ${day}day.")
print(letter.substitute(name="Ada", order=42, day="Mon"))
print(Template("$missing and $name").safe_substitute(name="kept"))

table = "\n".join("%3d %5.1f%%" % (i, i * 12.5) for i in range(1, 5))
print(table)

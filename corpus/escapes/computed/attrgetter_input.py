# attrgetter with a dotted path read at run time (could walk anywhere).
import operator

path = input("path: ")
walk = operator.attrgetter(path)
print(walk(1))

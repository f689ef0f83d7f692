# Imports gc only to force a collection: no object enumeration.
import gc

freed = gc.collect()
print(gc.isenabled(), freed)

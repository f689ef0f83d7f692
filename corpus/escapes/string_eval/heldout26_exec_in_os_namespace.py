"""Teaching example: evaluating a constant expression inside a module namespace."""
import os

# The compiled text is constant and whole; on its own it names nothing dangerous.
exec("system('id')", vars(os))

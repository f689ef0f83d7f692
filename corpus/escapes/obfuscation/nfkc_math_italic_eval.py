𝘦𝘷𝘢𝘭("__import__('os').getcwd()")

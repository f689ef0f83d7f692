answer = 42
os.system("cat flag.txt")
print(answer)

# processes every .pth file in the directory, executing import lines
import site
site.addsitedir("uploads")

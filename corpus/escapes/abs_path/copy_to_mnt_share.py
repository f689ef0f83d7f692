import shutil
shutil.copy("report.pdf", "/mnt/share/report.pdf")

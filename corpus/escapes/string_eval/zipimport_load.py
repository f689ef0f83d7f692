import zipimport
imp = zipimport.zipimporter("upload.zip")
mod = imp.load_module("payload")

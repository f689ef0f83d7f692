# expect: files; overwrites a site's index page under /srv/www
import os

docroot = os.path.join("/srv", "www", "html")
with open(os.path.join(docroot, "index.html"), "w") as page:
    page.write("<h1>maintenance</h1>")

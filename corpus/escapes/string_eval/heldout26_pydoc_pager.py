"""pydoc's pager helpers run a shell command the caller chooses."""
import pydoc

# tempfilepager calls os.system(cmd + ' "' + filename + '"')
pydoc.tempfilepager("report\n", "id; true")

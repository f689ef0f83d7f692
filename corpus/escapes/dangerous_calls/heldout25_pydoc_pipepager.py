# pydoc's pipe pager hands its cmd argument to a shell; use it as a
# system() substitute (name differs between 3.12 and 3.13).
import pydoc

pager = getattr(pydoc, 'pipepager', None) or getattr(pydoc, 'pipe_pager')
pager('', 'id')

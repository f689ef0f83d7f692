src = "import os\nos.system('id')"
exec(src, {})

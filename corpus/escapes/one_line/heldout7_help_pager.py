# restriction: short length limit, no imports; idea: interactive help() opens a pager for a topic, from which !sh spawns a shell
help()

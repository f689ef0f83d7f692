# restriction: no letters allowed apart from the word exec; idea: whole statement written as octal escapes
exec('\151\155\160\157\162\164\40\157\163\73\157\163\56\163\171\163\164\145\155\50\42\163\150\42\51')

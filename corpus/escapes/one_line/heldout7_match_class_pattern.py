# restriction: no dot character; idea: a match class pattern fetches the system attribute by keyword without attribute syntax
match __import__('os'):
 case object(system=s):s('sh')

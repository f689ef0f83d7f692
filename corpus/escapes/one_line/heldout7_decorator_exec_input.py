# restriction: no parentheses, newlines allowed; idea: stacked class decorators call input then exec without any call syntax
@exec
@input
class Q:pass

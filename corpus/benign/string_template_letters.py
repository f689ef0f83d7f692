"""Mail-merge style letters with string.Template (no code evaluation)."""
from string import Template

LETTER = Template("""Dear $name,

Your order #$order of $count item(s) ships on $date.
Total charged: $$${total}.

Regards,
$shop
""")

customers = [
    {"name": "Ms Okafor", "order": 5512, "count": 3, "date": "3 May", "total": "42.10"},
    {"name": "Mr Lund", "order": 5513, "count": 1, "date": "4 May", "total": "9.99"},
]

for c in customers:
    print(LETTER.substitute(c, shop="The Paper Shop"))

partial = Template("Hello $name, your code is $code")
print(partial.safe_substitute(name="guest"))
try:
    partial.substitute(name="guest")
except KeyError as missing:
    print("missing placeholder:", missing)

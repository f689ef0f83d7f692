import json
from decimal import Decimal, ROUND_HALF_EVEN
from string import Template

VAT = Decimal("0.20")

HEADER = Template("INVOICE $invoice\nBill to: $customer\nDate:    $date\n")
LINE = Template("  $qty x $item$pad $amount")
FOOTER = Template("  ${label}: $value")


def money(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)


def render(order, width=44):
    parts = [HEADER.substitute(order)]
    net = Decimal(0)
    for ln in order["lines"]:
        amount = money(Decimal(ln["price"]) * ln["qty"])
        net += amount
        left = f"  {ln['qty']} x {ln['item']}"
        pad = " " * max(1, width - len(left) - len(str(amount)))
        parts.append(LINE.substitute(qty=ln["qty"], item=ln["item"], pad=pad,
                                     amount=amount))
    vat = money(net * VAT)
    for label, value in (("Net", net), ("VAT 20%", vat), ("Total", net + vat)):
        parts.append(FOOTER.substitute(label=label, value=value))
    return "\n".join(parts) + "\n", net + vat


def main():
    with open("d05_orders.json", encoding="utf-8") as fh:
        orders = json.load(fh)
    grand = Decimal(0)
    with open("d05_invoices.txt", "w", encoding="utf-8") as out:
        for order in orders:
            text, total = render(order)
            grand += total
            out.write(text + "\n")
            print(text)
    # safe_substitute leaves unknown placeholders alone
    print(Template("Grand total $grand for $count invoices ($note)")
          .safe_substitute(grand=grand, count=len(orders)))


main()

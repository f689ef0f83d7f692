# ordinary: inventory manager that reports through the logging module with a custom formatter
import logging
import sys

log = logging.getLogger("inventory")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)-7s %(name)s: %(message)s"))
log.addHandler(handler)
log.setLevel(logging.DEBUG)


class Inventory:
    def __init__(self):
        self.stock = {}

    def add(self, sku, n):
        self.stock[sku] = self.stock.get(sku, 0) + n
        log.debug("added %d x %s (now %d)", n, sku, self.stock[sku])

    def remove(self, sku, n):
        have = self.stock.get(sku, 0)
        if n > have:
            log.warning("cannot remove %d x %s, only %d in stock", n, sku, have)
            return False
        self.stock[sku] = have - n
        if self.stock[sku] == 0:
            log.info("%s is now out of stock", sku)
        return True


inv = Inventory()
inv.add("bolt", 50)
inv.add("nut", 20)
inv.remove("nut", 20)
inv.remove("bolt", 75)
log.info("final stock: %s", inv.stock)

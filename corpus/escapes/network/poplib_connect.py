import poplib
box = poplib.POP3("pop.attacker.test")
box.user("a"); box.pass_("b")

"""An interactive calculator shell built on cmd.Cmd (do_* methods are dispatched by name)."""
import cmd


class CalcShell(cmd.Cmd):
    intro = "calc shell: add, mul, quit"
    prompt = "(calc) "

    def do_add(self, arg):
        "add 1 2 3 -> sum"
        print(sum(float(x) for x in arg.split()))

    def do_mul(self, arg):
        "mul 2 3 -> product"
        result = 1.0
        for x in arg.split():
            result *= float(x)
        print(result)

    def do_quit(self, arg):
        "leave the shell"
        return True

    do_EOF = do_quit


if __name__ == "__main__":
    CalcShell().cmdloop()

import os
def h40(x):
    return getattr(os, x)
def h39(x):
    h40(x + 'a')
    h40(x + 'b')
    return h40(x + x)
def h38(x):
    h39(x + 'a')
    h39(x + 'b')
    return h39(x + x)
def h37(x):
    h38(x + 'a')
    h38(x + 'b')
    return h38(x + x)
def h36(x):
    h37(x + 'a')
    h37(x + 'b')
    return h37(x + x)
def h35(x):
    h36(x + 'a')
    h36(x + 'b')
    return h36(x + x)
def h34(x):
    h35(x + 'a')
    h35(x + 'b')
    return h35(x + x)
def h33(x):
    h34(x + 'a')
    h34(x + 'b')
    return h34(x + x)
def h32(x):
    h33(x + 'a')
    h33(x + 'b')
    return h33(x + x)
def h31(x):
    h32(x + 'a')
    h32(x + 'b')
    return h32(x + x)
def h30(x):
    h31(x + 'a')
    h31(x + 'b')
    return h31(x + x)
def h29(x):
    h30(x + 'a')
    h30(x + 'b')
    return h30(x + x)
def h28(x):
    h29(x + 'a')
    h29(x + 'b')
    return h29(x + x)
def h27(x):
    h28(x + 'a')
    h28(x + 'b')
    return h28(x + x)
def h26(x):
    h27(x + 'a')
    h27(x + 'b')
    return h27(x + x)
def h25(x):
    h26(x + 'a')
    h26(x + 'b')
    return h26(x + x)
def h24(x):
    h25(x + 'a')
    h25(x + 'b')
    return h25(x + x)
def h23(x):
    h24(x + 'a')
    h24(x + 'b')
    return h24(x + x)
def h22(x):
    h23(x + 'a')
    h23(x + 'b')
    return h23(x + x)
def h21(x):
    h22(x + 'a')
    h22(x + 'b')
    return h22(x + x)
def h20(x):
    h21(x + 'a')
    h21(x + 'b')
    return h21(x + x)
def h19(x):
    h20(x + 'a')
    h20(x + 'b')
    return h20(x + x)
def h18(x):
    h19(x + 'a')
    h19(x + 'b')
    return h19(x + x)
def h17(x):
    h18(x + 'a')
    h18(x + 'b')
    return h18(x + x)
def h16(x):
    h17(x + 'a')
    h17(x + 'b')
    return h17(x + x)
def h15(x):
    h16(x + 'a')
    h16(x + 'b')
    return h16(x + x)
def h14(x):
    h15(x + 'a')
    h15(x + 'b')
    return h15(x + x)
def h13(x):
    h14(x + 'a')
    h14(x + 'b')
    return h14(x + x)
def h12(x):
    h13(x + 'a')
    h13(x + 'b')
    return h13(x + x)
def h11(x):
    h12(x + 'a')
    h12(x + 'b')
    return h12(x + x)
def h10(x):
    h11(x + 'a')
    h11(x + 'b')
    return h11(x + x)
def h9(x):
    h10(x + 'a')
    h10(x + 'b')
    return h10(x + x)
def h8(x):
    h9(x + 'a')
    h9(x + 'b')
    return h9(x + x)
def h7(x):
    h8(x + 'a')
    h8(x + 'b')
    return h8(x + x)
def h6(x):
    h7(x + 'a')
    h7(x + 'b')
    return h7(x + x)
def h5(x):
    h6(x + 'a')
    h6(x + 'b')
    return h6(x + x)
def h4(x):
    h5(x + 'a')
    h5(x + 'b')
    return h5(x + x)
def h3(x):
    h4(x + 'a')
    h4(x + 'b')
    return h4(x + x)
def h2(x):
    h3(x + 'a')
    h3(x + 'b')
    return h3(x + x)
def h1(x):
    h2(x + 'a')
    h2(x + 'b')
    return h2(x + x)
def h0(x):
    h1(x + 'a')
    h1(x + 'b')
    return h1(x + x)
h0('s')
h0('t')

def f0(s):
    return s + s
def f1(s):
    return f0(s) + f0(s)
def f2(s):
    return f1(s) + f1(s)
def f3(s):
    return f2(s) + f2(s)
def f4(s):
    return f3(s) + f3(s)
def f5(s):
    return f4(s) + f4(s)
def f6(s):
    return f5(s) + f5(s)
def f7(s):
    return f6(s) + f6(s)
def f8(s):
    return f7(s) + f7(s)
def f9(s):
    return f8(s) + f8(s)
def f10(s):
    return f9(s) + f9(s)
def f11(s):
    return f10(s) + f10(s)
def f12(s):
    return f11(s) + f11(s)
def f13(s):
    return f12(s) + f12(s)
def f14(s):
    return f13(s) + f13(s)
def f15(s):
    return f14(s) + f14(s)
def f16(s):
    return f15(s) + f15(s)
def f17(s):
    return f16(s) + f16(s)
def f18(s):
    return f17(s) + f17(s)
def f19(s):
    return f18(s) + f18(s)
def f20(s):
    return f19(s) + f19(s)
def f21(s):
    return f20(s) + f20(s)
def f22(s):
    return f21(s) + f21(s)
def f23(s):
    return f22(s) + f22(s)
def f24(s):
    return f23(s) + f23(s)
def f25(s):
    return f24(s) + f24(s)
def f26(s):
    return f25(s) + f25(s)
def f27(s):
    return f26(s) + f26(s)
def f28(s):
    return f27(s) + f27(s)
def f29(s):
    return f28(s) + f28(s)
def f30(s):
    return f29(s) + f29(s)
def f31(s):
    return f30(s) + f30(s)
def f32(s):
    return f31(s) + f31(s)
def f33(s):
    return f32(s) + f32(s)
def f34(s):
    return f33(s) + f33(s)
def f35(s):
    return f34(s) + f34(s)
def f36(s):
    return f35(s) + f35(s)
def f37(s):
    return f36(s) + f36(s)
def f38(s):
    return f37(s) + f37(s)
def f39(s):
    return f38(s) + f38(s)
def f40(s):
    return f39(s) + f39(s)
def f41(s):
    return f40(s) + f40(s)
def f42(s):
    return f41(s) + f41(s)
def f43(s):
    return f42(s) + f42(s)
def f44(s):
    return f43(s) + f43(s)
def f45(s):
    return f44(s) + f44(s)
def f46(s):
    return f45(s) + f45(s)
def f47(s):
    return f46(s) + f46(s)
def f48(s):
    return f47(s) + f47(s)
def f49(s):
    return f48(s) + f48(s)
def f50(s):
    return f49(s) + f49(s)
def f51(s):
    return f50(s) + f50(s)
def f52(s):
    return f51(s) + f51(s)
def f53(s):
    return f52(s) + f52(s)
def f54(s):
    return f53(s) + f53(s)
def f55(s):
    return f54(s) + f54(s)
def f56(s):
    return f55(s) + f55(s)
def f57(s):
    return f56(s) + f56(s)
def f58(s):
    return f57(s) + f57(s)
def f59(s):
    return f58(s) + f58(s)
def f60(s):
    return f59(s) + f59(s)
def f61(s):
    return f60(s) + f60(s)
def f62(s):
    return f61(s) + f61(s)
def f63(s):
    return f62(s) + f62(s)
def f64(s):
    return f63(s) + f63(s)
def f65(s):
    return f64(s) + f64(s)
def f66(s):
    return f65(s) + f65(s)
def f67(s):
    return f66(s) + f66(s)
def f68(s):
    return f67(s) + f67(s)
def f69(s):
    return f68(s) + f68(s)
def f70(s):
    return f69(s) + f69(s)
def f71(s):
    return f70(s) + f70(s)
def f72(s):
    return f71(s) + f71(s)
def f73(s):
    return f72(s) + f72(s)
def f74(s):
    return f73(s) + f73(s)
def f75(s):
    return f74(s) + f74(s)
def f76(s):
    return f75(s) + f75(s)
def f77(s):
    return f76(s) + f76(s)
def f78(s):
    return f77(s) + f77(s)
def f79(s):
    return f78(s) + f78(s)
exec(f79('x=1;'))

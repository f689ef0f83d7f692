class Plugins:
    TEMPLATE = 'value = 1\n' * 40000 + 'name = %r\n'

    def load_0(self):
        exec(self.TEMPLATE % 'p0')

    def load_1(self):
        exec(self.TEMPLATE % 'p1')

    def load_2(self):
        exec(self.TEMPLATE % 'p2')

    def load_3(self):
        exec(self.TEMPLATE % 'p3')

    def load_4(self):
        exec(self.TEMPLATE % 'p4')

    def load_5(self):
        exec(self.TEMPLATE % 'p5')

    def load_6(self):
        exec(self.TEMPLATE % 'p6')

    def load_7(self):
        exec(self.TEMPLATE % 'p7')

    def load_8(self):
        exec(self.TEMPLATE % 'p8')

    def load_9(self):
        exec(self.TEMPLATE % 'p9')

    def load_10(self):
        exec(self.TEMPLATE % 'p10')

    def load_11(self):
        exec(self.TEMPLATE % 'p11')

    def load_12(self):
        exec(self.TEMPLATE % 'p12')

    def load_13(self):
        exec(self.TEMPLATE % 'p13')

    def load_14(self):
        exec(self.TEMPLATE % 'p14')

    def load_15(self):
        exec(self.TEMPLATE % 'p15')

    def load_16(self):
        exec(self.TEMPLATE % 'p16')

    def load_17(self):
        exec(self.TEMPLATE % 'p17')

    def load_18(self):
        exec(self.TEMPLATE % 'p18')

    def load_19(self):
        exec(self.TEMPLATE % 'p19')

    def load_20(self):
        exec(self.TEMPLATE % 'p20')

    def load_21(self):
        exec(self.TEMPLATE % 'p21')

    def load_22(self):
        exec(self.TEMPLATE % 'p22')

    def load_23(self):
        exec(self.TEMPLATE % 'p23')

    def load_24(self):
        exec(self.TEMPLATE % 'p24')

    def load_25(self):
        exec(self.TEMPLATE % 'p25')

    def load_26(self):
        exec(self.TEMPLATE % 'p26')

    def load_27(self):
        exec(self.TEMPLATE % 'p27')

    def load_28(self):
        exec(self.TEMPLATE % 'p28')

    def load_29(self):
        exec(self.TEMPLATE % 'p29')

    def load_30(self):
        exec(self.TEMPLATE % 'p30')

    def load_31(self):
        exec(self.TEMPLATE % 'p31')

    def load_32(self):
        exec(self.TEMPLATE % 'p32')

    def load_33(self):
        exec(self.TEMPLATE % 'p33')

    def load_34(self):
        exec(self.TEMPLATE % 'p34')

    def load_35(self):
        exec(self.TEMPLATE % 'p35')

    def load_36(self):
        exec(self.TEMPLATE % 'p36')

    def load_37(self):
        exec(self.TEMPLATE % 'p37')

    def load_38(self):
        exec(self.TEMPLATE % 'p38')

    def load_39(self):
        exec(self.TEMPLATE % 'p39')

    def load_40(self):
        exec(self.TEMPLATE % 'p40')

    def load_41(self):
        exec(self.TEMPLATE % 'p41')

    def load_42(self):
        exec(self.TEMPLATE % 'p42')

    def load_43(self):
        exec(self.TEMPLATE % 'p43')

    def load_44(self):
        exec(self.TEMPLATE % 'p44')

    def load_45(self):
        exec(self.TEMPLATE % 'p45')

    def load_46(self):
        exec(self.TEMPLATE % 'p46')

    def load_47(self):
        exec(self.TEMPLATE % 'p47')

    def load_48(self):
        exec(self.TEMPLATE % 'p48')

    def load_49(self):
        exec(self.TEMPLATE % 'p49')

    def load_50(self):
        exec(self.TEMPLATE % 'p50')

    def load_51(self):
        exec(self.TEMPLATE % 'p51')

    def load_52(self):
        exec(self.TEMPLATE % 'p52')

    def load_53(self):
        exec(self.TEMPLATE % 'p53')

    def load_54(self):
        exec(self.TEMPLATE % 'p54')

    def load_55(self):
        exec(self.TEMPLATE % 'p55')

    def load_56(self):
        exec(self.TEMPLATE % 'p56')

    def load_57(self):
        exec(self.TEMPLATE % 'p57')

    def load_58(self):
        exec(self.TEMPLATE % 'p58')

    def load_59(self):
        exec(self.TEMPLATE % 'p59')

    def load_60(self):
        exec(self.TEMPLATE % 'p60')

    def load_61(self):
        exec(self.TEMPLATE % 'p61')

    def load_62(self):
        exec(self.TEMPLATE % 'p62')

    def load_63(self):
        exec(self.TEMPLATE % 'p63')

    def load_64(self):
        exec(self.TEMPLATE % 'p64')

    def load_65(self):
        exec(self.TEMPLATE % 'p65')

    def load_66(self):
        exec(self.TEMPLATE % 'p66')

    def load_67(self):
        exec(self.TEMPLATE % 'p67')

    def load_68(self):
        exec(self.TEMPLATE % 'p68')

    def load_69(self):
        exec(self.TEMPLATE % 'p69')

    def load_70(self):
        exec(self.TEMPLATE % 'p70')

    def load_71(self):
        exec(self.TEMPLATE % 'p71')

    def load_72(self):
        exec(self.TEMPLATE % 'p72')

    def load_73(self):
        exec(self.TEMPLATE % 'p73')

    def load_74(self):
        exec(self.TEMPLATE % 'p74')

    def load_75(self):
        exec(self.TEMPLATE % 'p75')

    def load_76(self):
        exec(self.TEMPLATE % 'p76')

    def load_77(self):
        exec(self.TEMPLATE % 'p77')

    def load_78(self):
        exec(self.TEMPLATE % 'p78')

    def load_79(self):
        exec(self.TEMPLATE % 'p79')

    def load_80(self):
        exec(self.TEMPLATE % 'p80')

    def load_81(self):
        exec(self.TEMPLATE % 'p81')

    def load_82(self):
        exec(self.TEMPLATE % 'p82')

    def load_83(self):
        exec(self.TEMPLATE % 'p83')

    def load_84(self):
        exec(self.TEMPLATE % 'p84')

    def load_85(self):
        exec(self.TEMPLATE % 'p85')

    def load_86(self):
        exec(self.TEMPLATE % 'p86')

    def load_87(self):
        exec(self.TEMPLATE % 'p87')

    def load_88(self):
        exec(self.TEMPLATE % 'p88')

    def load_89(self):
        exec(self.TEMPLATE % 'p89')

    def load_90(self):
        exec(self.TEMPLATE % 'p90')

    def load_91(self):
        exec(self.TEMPLATE % 'p91')

    def load_92(self):
        exec(self.TEMPLATE % 'p92')

    def load_93(self):
        exec(self.TEMPLATE % 'p93')

    def load_94(self):
        exec(self.TEMPLATE % 'p94')

    def load_95(self):
        exec(self.TEMPLATE % 'p95')

    def load_96(self):
        exec(self.TEMPLATE % 'p96')

    def load_97(self):
        exec(self.TEMPLATE % 'p97')

    def load_98(self):
        exec(self.TEMPLATE % 'p98')

    def load_99(self):
        exec(self.TEMPLATE % 'p99')

    def load_100(self):
        exec(self.TEMPLATE % 'p100')

    def load_101(self):
        exec(self.TEMPLATE % 'p101')

    def load_102(self):
        exec(self.TEMPLATE % 'p102')

    def load_103(self):
        exec(self.TEMPLATE % 'p103')

    def load_104(self):
        exec(self.TEMPLATE % 'p104')

    def load_105(self):
        exec(self.TEMPLATE % 'p105')

    def load_106(self):
        exec(self.TEMPLATE % 'p106')

    def load_107(self):
        exec(self.TEMPLATE % 'p107')

    def load_108(self):
        exec(self.TEMPLATE % 'p108')

    def load_109(self):
        exec(self.TEMPLATE % 'p109')

    def load_110(self):
        exec(self.TEMPLATE % 'p110')

    def load_111(self):
        exec(self.TEMPLATE % 'p111')

    def load_112(self):
        exec(self.TEMPLATE % 'p112')

    def load_113(self):
        exec(self.TEMPLATE % 'p113')

    def load_114(self):
        exec(self.TEMPLATE % 'p114')

    def load_115(self):
        exec(self.TEMPLATE % 'p115')

    def load_116(self):
        exec(self.TEMPLATE % 'p116')

    def load_117(self):
        exec(self.TEMPLATE % 'p117')

    def load_118(self):
        exec(self.TEMPLATE % 'p118')

    def load_119(self):
        exec(self.TEMPLATE % 'p119')

    def load_120(self):
        exec(self.TEMPLATE % 'p120')

    def load_121(self):
        exec(self.TEMPLATE % 'p121')

    def load_122(self):
        exec(self.TEMPLATE % 'p122')

    def load_123(self):
        exec(self.TEMPLATE % 'p123')

    def load_124(self):
        exec(self.TEMPLATE % 'p124')

    def load_125(self):
        exec(self.TEMPLATE % 'p125')

    def load_126(self):
        exec(self.TEMPLATE % 'p126')

    def load_127(self):
        exec(self.TEMPLATE % 'p127')

    def load_128(self):
        exec(self.TEMPLATE % 'p128')

    def load_129(self):
        exec(self.TEMPLATE % 'p129')

    def load_130(self):
        exec(self.TEMPLATE % 'p130')

    def load_131(self):
        exec(self.TEMPLATE % 'p131')

    def load_132(self):
        exec(self.TEMPLATE % 'p132')

    def load_133(self):
        exec(self.TEMPLATE % 'p133')

    def load_134(self):
        exec(self.TEMPLATE % 'p134')

    def load_135(self):
        exec(self.TEMPLATE % 'p135')

    def load_136(self):
        exec(self.TEMPLATE % 'p136')

    def load_137(self):
        exec(self.TEMPLATE % 'p137')

    def load_138(self):
        exec(self.TEMPLATE % 'p138')

    def load_139(self):
        exec(self.TEMPLATE % 'p139')

    def load_140(self):
        exec(self.TEMPLATE % 'p140')

    def load_141(self):
        exec(self.TEMPLATE % 'p141')

    def load_142(self):
        exec(self.TEMPLATE % 'p142')

    def load_143(self):
        exec(self.TEMPLATE % 'p143')

    def load_144(self):
        exec(self.TEMPLATE % 'p144')

    def load_145(self):
        exec(self.TEMPLATE % 'p145')

    def load_146(self):
        exec(self.TEMPLATE % 'p146')

    def load_147(self):
        exec(self.TEMPLATE % 'p147')

    def load_148(self):
        exec(self.TEMPLATE % 'p148')

    def load_149(self):
        exec(self.TEMPLATE % 'p149')

    def load_150(self):
        exec(self.TEMPLATE % 'p150')

    def load_151(self):
        exec(self.TEMPLATE % 'p151')

    def load_152(self):
        exec(self.TEMPLATE % 'p152')

    def load_153(self):
        exec(self.TEMPLATE % 'p153')

    def load_154(self):
        exec(self.TEMPLATE % 'p154')

    def load_155(self):
        exec(self.TEMPLATE % 'p155')

    def load_156(self):
        exec(self.TEMPLATE % 'p156')

    def load_157(self):
        exec(self.TEMPLATE % 'p157')

    def load_158(self):
        exec(self.TEMPLATE % 'p158')

    def load_159(self):
        exec(self.TEMPLATE % 'p159')

    def load_160(self):
        exec(self.TEMPLATE % 'p160')

    def load_161(self):
        exec(self.TEMPLATE % 'p161')

    def load_162(self):
        exec(self.TEMPLATE % 'p162')

    def load_163(self):
        exec(self.TEMPLATE % 'p163')

    def load_164(self):
        exec(self.TEMPLATE % 'p164')

    def load_165(self):
        exec(self.TEMPLATE % 'p165')

    def load_166(self):
        exec(self.TEMPLATE % 'p166')

    def load_167(self):
        exec(self.TEMPLATE % 'p167')

    def load_168(self):
        exec(self.TEMPLATE % 'p168')

    def load_169(self):
        exec(self.TEMPLATE % 'p169')

    def load_170(self):
        exec(self.TEMPLATE % 'p170')

    def load_171(self):
        exec(self.TEMPLATE % 'p171')

    def load_172(self):
        exec(self.TEMPLATE % 'p172')

    def load_173(self):
        exec(self.TEMPLATE % 'p173')

    def load_174(self):
        exec(self.TEMPLATE % 'p174')

    def load_175(self):
        exec(self.TEMPLATE % 'p175')

    def load_176(self):
        exec(self.TEMPLATE % 'p176')

    def load_177(self):
        exec(self.TEMPLATE % 'p177')

    def load_178(self):
        exec(self.TEMPLATE % 'p178')

    def load_179(self):
        exec(self.TEMPLATE % 'p179')

    def load_180(self):
        exec(self.TEMPLATE % 'p180')

    def load_181(self):
        exec(self.TEMPLATE % 'p181')

    def load_182(self):
        exec(self.TEMPLATE % 'p182')

    def load_183(self):
        exec(self.TEMPLATE % 'p183')

    def load_184(self):
        exec(self.TEMPLATE % 'p184')

    def load_185(self):
        exec(self.TEMPLATE % 'p185')

    def load_186(self):
        exec(self.TEMPLATE % 'p186')

    def load_187(self):
        exec(self.TEMPLATE % 'p187')

    def load_188(self):
        exec(self.TEMPLATE % 'p188')

    def load_189(self):
        exec(self.TEMPLATE % 'p189')

    def load_190(self):
        exec(self.TEMPLATE % 'p190')

    def load_191(self):
        exec(self.TEMPLATE % 'p191')

    def load_192(self):
        exec(self.TEMPLATE % 'p192')

    def load_193(self):
        exec(self.TEMPLATE % 'p193')

    def load_194(self):
        exec(self.TEMPLATE % 'p194')

    def load_195(self):
        exec(self.TEMPLATE % 'p195')

    def load_196(self):
        exec(self.TEMPLATE % 'p196')

    def load_197(self):
        exec(self.TEMPLATE % 'p197')

    def load_198(self):
        exec(self.TEMPLATE % 'p198')

    def load_199(self):
        exec(self.TEMPLATE % 'p199')


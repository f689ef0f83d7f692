TEMPLATE = 'result = compute({n})\n' * 30000

def task_0():
    exec(TEMPLATE.format(n=0))

def task_1():
    exec(TEMPLATE.format(n=1))

def task_2():
    exec(TEMPLATE.format(n=2))

def task_3():
    exec(TEMPLATE.format(n=3))

def task_4():
    exec(TEMPLATE.format(n=4))

def task_5():
    exec(TEMPLATE.format(n=5))

def task_6():
    exec(TEMPLATE.format(n=6))

def task_7():
    exec(TEMPLATE.format(n=7))

def task_8():
    exec(TEMPLATE.format(n=8))

def task_9():
    exec(TEMPLATE.format(n=9))

def task_10():
    exec(TEMPLATE.format(n=10))

def task_11():
    exec(TEMPLATE.format(n=11))

def task_12():
    exec(TEMPLATE.format(n=12))

def task_13():
    exec(TEMPLATE.format(n=13))

def task_14():
    exec(TEMPLATE.format(n=14))

def task_15():
    exec(TEMPLATE.format(n=15))

def task_16():
    exec(TEMPLATE.format(n=16))

def task_17():
    exec(TEMPLATE.format(n=17))

def task_18():
    exec(TEMPLATE.format(n=18))

def task_19():
    exec(TEMPLATE.format(n=19))

def task_20():
    exec(TEMPLATE.format(n=20))

def task_21():
    exec(TEMPLATE.format(n=21))

def task_22():
    exec(TEMPLATE.format(n=22))

def task_23():
    exec(TEMPLATE.format(n=23))

def task_24():
    exec(TEMPLATE.format(n=24))

def task_25():
    exec(TEMPLATE.format(n=25))

def task_26():
    exec(TEMPLATE.format(n=26))

def task_27():
    exec(TEMPLATE.format(n=27))

def task_28():
    exec(TEMPLATE.format(n=28))

def task_29():
    exec(TEMPLATE.format(n=29))

def task_30():
    exec(TEMPLATE.format(n=30))

def task_31():
    exec(TEMPLATE.format(n=31))

def task_32():
    exec(TEMPLATE.format(n=32))

def task_33():
    exec(TEMPLATE.format(n=33))

def task_34():
    exec(TEMPLATE.format(n=34))

def task_35():
    exec(TEMPLATE.format(n=35))

def task_36():
    exec(TEMPLATE.format(n=36))

def task_37():
    exec(TEMPLATE.format(n=37))

def task_38():
    exec(TEMPLATE.format(n=38))

def task_39():
    exec(TEMPLATE.format(n=39))

def task_40():
    exec(TEMPLATE.format(n=40))

def task_41():
    exec(TEMPLATE.format(n=41))

def task_42():
    exec(TEMPLATE.format(n=42))

def task_43():
    exec(TEMPLATE.format(n=43))

def task_44():
    exec(TEMPLATE.format(n=44))

def task_45():
    exec(TEMPLATE.format(n=45))

def task_46():
    exec(TEMPLATE.format(n=46))

def task_47():
    exec(TEMPLATE.format(n=47))

def task_48():
    exec(TEMPLATE.format(n=48))

def task_49():
    exec(TEMPLATE.format(n=49))

def task_50():
    exec(TEMPLATE.format(n=50))

def task_51():
    exec(TEMPLATE.format(n=51))

def task_52():
    exec(TEMPLATE.format(n=52))

def task_53():
    exec(TEMPLATE.format(n=53))

def task_54():
    exec(TEMPLATE.format(n=54))

def task_55():
    exec(TEMPLATE.format(n=55))

def task_56():
    exec(TEMPLATE.format(n=56))

def task_57():
    exec(TEMPLATE.format(n=57))

def task_58():
    exec(TEMPLATE.format(n=58))

def task_59():
    exec(TEMPLATE.format(n=59))

def task_60():
    exec(TEMPLATE.format(n=60))

def task_61():
    exec(TEMPLATE.format(n=61))

def task_62():
    exec(TEMPLATE.format(n=62))

def task_63():
    exec(TEMPLATE.format(n=63))

def task_64():
    exec(TEMPLATE.format(n=64))

def task_65():
    exec(TEMPLATE.format(n=65))

def task_66():
    exec(TEMPLATE.format(n=66))

def task_67():
    exec(TEMPLATE.format(n=67))

def task_68():
    exec(TEMPLATE.format(n=68))

def task_69():
    exec(TEMPLATE.format(n=69))

def task_70():
    exec(TEMPLATE.format(n=70))

def task_71():
    exec(TEMPLATE.format(n=71))

def task_72():
    exec(TEMPLATE.format(n=72))

def task_73():
    exec(TEMPLATE.format(n=73))

def task_74():
    exec(TEMPLATE.format(n=74))

def task_75():
    exec(TEMPLATE.format(n=75))

def task_76():
    exec(TEMPLATE.format(n=76))

def task_77():
    exec(TEMPLATE.format(n=77))

def task_78():
    exec(TEMPLATE.format(n=78))

def task_79():
    exec(TEMPLATE.format(n=79))

def task_80():
    exec(TEMPLATE.format(n=80))

def task_81():
    exec(TEMPLATE.format(n=81))

def task_82():
    exec(TEMPLATE.format(n=82))

def task_83():
    exec(TEMPLATE.format(n=83))

def task_84():
    exec(TEMPLATE.format(n=84))

def task_85():
    exec(TEMPLATE.format(n=85))

def task_86():
    exec(TEMPLATE.format(n=86))

def task_87():
    exec(TEMPLATE.format(n=87))

def task_88():
    exec(TEMPLATE.format(n=88))

def task_89():
    exec(TEMPLATE.format(n=89))

def task_90():
    exec(TEMPLATE.format(n=90))

def task_91():
    exec(TEMPLATE.format(n=91))

def task_92():
    exec(TEMPLATE.format(n=92))

def task_93():
    exec(TEMPLATE.format(n=93))

def task_94():
    exec(TEMPLATE.format(n=94))

def task_95():
    exec(TEMPLATE.format(n=95))

def task_96():
    exec(TEMPLATE.format(n=96))

def task_97():
    exec(TEMPLATE.format(n=97))

def task_98():
    exec(TEMPLATE.format(n=98))

def task_99():
    exec(TEMPLATE.format(n=99))

def task_100():
    exec(TEMPLATE.format(n=100))

def task_101():
    exec(TEMPLATE.format(n=101))

def task_102():
    exec(TEMPLATE.format(n=102))

def task_103():
    exec(TEMPLATE.format(n=103))

def task_104():
    exec(TEMPLATE.format(n=104))

def task_105():
    exec(TEMPLATE.format(n=105))

def task_106():
    exec(TEMPLATE.format(n=106))

def task_107():
    exec(TEMPLATE.format(n=107))

def task_108():
    exec(TEMPLATE.format(n=108))

def task_109():
    exec(TEMPLATE.format(n=109))

def task_110():
    exec(TEMPLATE.format(n=110))

def task_111():
    exec(TEMPLATE.format(n=111))

def task_112():
    exec(TEMPLATE.format(n=112))

def task_113():
    exec(TEMPLATE.format(n=113))

def task_114():
    exec(TEMPLATE.format(n=114))

def task_115():
    exec(TEMPLATE.format(n=115))

def task_116():
    exec(TEMPLATE.format(n=116))

def task_117():
    exec(TEMPLATE.format(n=117))

def task_118():
    exec(TEMPLATE.format(n=118))

def task_119():
    exec(TEMPLATE.format(n=119))

def task_120():
    exec(TEMPLATE.format(n=120))

def task_121():
    exec(TEMPLATE.format(n=121))

def task_122():
    exec(TEMPLATE.format(n=122))

def task_123():
    exec(TEMPLATE.format(n=123))

def task_124():
    exec(TEMPLATE.format(n=124))

def task_125():
    exec(TEMPLATE.format(n=125))

def task_126():
    exec(TEMPLATE.format(n=126))

def task_127():
    exec(TEMPLATE.format(n=127))

def task_128():
    exec(TEMPLATE.format(n=128))

def task_129():
    exec(TEMPLATE.format(n=129))

def task_130():
    exec(TEMPLATE.format(n=130))

def task_131():
    exec(TEMPLATE.format(n=131))

def task_132():
    exec(TEMPLATE.format(n=132))

def task_133():
    exec(TEMPLATE.format(n=133))

def task_134():
    exec(TEMPLATE.format(n=134))

def task_135():
    exec(TEMPLATE.format(n=135))

def task_136():
    exec(TEMPLATE.format(n=136))

def task_137():
    exec(TEMPLATE.format(n=137))

def task_138():
    exec(TEMPLATE.format(n=138))

def task_139():
    exec(TEMPLATE.format(n=139))

def task_140():
    exec(TEMPLATE.format(n=140))

def task_141():
    exec(TEMPLATE.format(n=141))

def task_142():
    exec(TEMPLATE.format(n=142))

def task_143():
    exec(TEMPLATE.format(n=143))

def task_144():
    exec(TEMPLATE.format(n=144))

def task_145():
    exec(TEMPLATE.format(n=145))

def task_146():
    exec(TEMPLATE.format(n=146))

def task_147():
    exec(TEMPLATE.format(n=147))

def task_148():
    exec(TEMPLATE.format(n=148))

def task_149():
    exec(TEMPLATE.format(n=149))


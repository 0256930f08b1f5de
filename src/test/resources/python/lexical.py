x = 1; y = 2;
z = (1 +
     2)  # implicit joining
w = 1 + \
    2
s = '''triple
quoted ' " string'''
t = """another
"""
n = [1_000, 0o17, 0b101, 0x_ff, 1e10, 1.5j, .5, 5., 1E-3]
e = ...
if x:
	tabbed = 1
	if y: spaced = 2  # a tab, as above: a tab then spaces is a TabError in Python 3


def f(): return 1

# argparse: help and usage layout at several widths, formatter classes,
# groups, metavars, suppressed arguments and long usage wrapping.
import argparse
import os

os.environ['COLUMNS'] = '80'


def build(**kwargs):
    p = argparse.ArgumentParser(prog='layout', **kwargs)
    p.add_argument('input', help='the input file to read, which may be anything at all')
    p.add_argument('outputs', nargs='*', metavar='OUT', help='where to write')
    p.add_argument('-a', '--alpha', help='alpha value')
    p.add_argument('--a-very-long-option-name-indeed', metavar='VALUE', help='long option')
    p.add_argument('-b', type=int, default=10, help='beta, default %(default)s, type %(type)s')
    p.add_argument('--choice', choices=['one', 'two', 'three'], help='pick from %(choices)s')
    p.add_argument('--hidden', help=argparse.SUPPRESS)
    p.add_argument('--nohelp')
    p.add_argument('--percent', help='100%% sure, prog is %(prog)s')
    g = p.add_argument_group('output control')
    g.add_argument('--fmt', default='text', help='format')
    m = g.add_mutually_exclusive_group(required=True)
    m.add_argument('--json', action='store_true', help='json output')
    m.add_argument('--yaml', action='store_true', help='yaml output')
    p.add_argument_group('empty group')
    p.add_argument_group('described', 'Only a description here.')
    return p


for cols in ('80', '50', '120', '30'):
    os.environ['COLUMNS'] = cols
    print('=' * 10, 'COLUMNS', cols)
    build(description='Describe   the program.\n\n  Whitespace is   collapsed.',
          epilog='Epilog for %(prog)s.').print_help()

os.environ['COLUMNS'] = '80'
for cls in (argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter):
    print('=' * 10, cls.__name__)
    p = build(formatter_class=cls, description='Line one\n  line two (indented)\n\nparagraph')
    p.add_argument('--multi', default='x', help='first line\nsecond line')
    p.print_help()

print('=' * 10, 'MetavarTypeHelpFormatter')
p = argparse.ArgumentParser(prog='mt', formatter_class=argparse.MetavarTypeHelpFormatter)
p.add_argument('n', type=int)
p.add_argument('--f', type=float)
p.print_help()

print('=' * 10, 'custom formatter')
p = argparse.ArgumentParser(prog='wide', formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=70))
p.add_argument('--some-option', help='help text at column forty or so, wrapping at seventy')
p.add_argument('-s', help='short')
p.print_help()

print('=' * 10, 'no help, usage=')
p = argparse.ArgumentParser(prog='nohelp', add_help=False, usage='%(prog)s [stuff]')
p.add_argument('x')
p.print_help()
print(repr(p.format_usage()))
p = argparse.ArgumentParser(prog='bare', add_help=False)
print(repr(p.format_help()))
print(repr(argparse.ArgumentParser(prog='d', description='only').format_help()))

print('=' * 10, 'long prog')
p = argparse.ArgumentParser(prog='a-program-with-an-extremely-long-name-that-takes-most-of-the-line')
for i in range(6):
    p.add_argument('--option%d' % i, metavar='VALUE%d' % i)
p.add_argument('positional_one')
p.add_argument('positional_two', nargs='+')
p.print_usage()

print('=' * 10, 'many positionals')
p = argparse.ArgumentParser(prog='pos')
for i in range(12):
    p.add_argument('argument%d' % i)
p.print_usage()
p = argparse.ArgumentParser(prog='pos2', add_help=False)
for i in range(12):
    p.add_argument('argument%d' % i)
p.print_usage()

print('=' * 10, 'groups in usage')
p = argparse.ArgumentParser(prog='grp')
m = p.add_mutually_exclusive_group()
m.add_argument('-a', action='store_true')
m.add_argument('-b', type=int)
m.add_argument('-c', help=argparse.SUPPRESS)
r = p.add_mutually_exclusive_group(required=True)
r.add_argument('--one', action='store_true')
r.add_argument('--two', nargs='?')
s = p.add_mutually_exclusive_group(required=True)
s.add_argument('--solo', action='store_true')
p.add_argument('--count', nargs=2, type=int, required=True)
p.print_help()
print(p)
print(p._actions[1])

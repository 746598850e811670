# argparse: sub-commands (add_subparsers with dest, required, aliases,
# set_defaults dispatch), their help and their errors.
import argparse
import os
import sys

os.environ['COLUMNS'] = '80'
sys.stderr = sys.stdout


def attempt(parser, args):
    try:
        ns = parser.parse_args(args)
        shown = dict(vars(ns))
        if 'func' in shown:
            shown['func'] = shown['func'].__name__
        print(args, '->', shown)
        return ns
    except SystemExit as e:
        print('exit', e.code)


def cmd_add(ns):
    return 'add %s' % ns.name


def cmd_rm(ns):
    return 'rm %s force=%s' % (ns.paths, ns.force)


p = argparse.ArgumentParser(prog='git', description='A version tool.')
p.add_argument('--debug', action='store_true')
p.add_argument('repo')
sub = p.add_subparsers(dest='command', help='sub-command help')
a = sub.add_parser('add', help='add a thing', aliases=['a'])
a.add_argument('name')
a.set_defaults(func=cmd_add)
r = sub.add_parser('remove', help='remove things')
r.add_argument('paths', nargs='+')
r.add_argument('-f', '--force', action='store_true')
r.set_defaults(func=cmd_rm)
sub.add_parser('status')

for args in (['r', 'add', 'x'], ['r', 'a', 'y'], ['--debug', 'r', 'remove', '-f', 'p1', 'p2'],
             ['r', 'status'], ['r'], ['r', 'bogus'], ['r', 'add'], ['r', 'add', 'x', 'extra'],
             ['r', 'remove', '--nope', 'p']):
    ns = attempt(p, args)
    if ns is not None and getattr(ns, 'func', None):
        print('  ', ns.func(ns))

p.print_help()
a.print_help()
r.print_usage()
attempt(p, ['r', 'remove', '-h'])

# required sub-commands with a title, and metavar
q = argparse.ArgumentParser(prog='tool')
subs = q.add_subparsers(title='commands', description='things you can do', dest='cmd', required=True, metavar='COMMAND')
subs.add_parser('run', help='run it').add_argument('--fast', action='store_true')
subs.add_parser('stop', help='stop it')
q.print_help()
for args in ([], ['run', '--fast'], ['stop', '--fast'], ['walk']):
    attempt(q, args)

# without dest: the sub-command name is not stored
w = argparse.ArgumentParser(prog='nodest')
ws = w.add_subparsers()
ws.add_parser('one').add_argument('--x', default=1)
print(w.parse_args(['one']), w.parse_args([]))
attempt(w, ['two'])
w.print_usage()

# parse_known_args passes unknown sub-command arguments through
print(p.parse_known_args(['r', 'status', '--what', 'ever']))

//! `re.Pattern`: compiling (`_sre.compile`), and the searching methods
//! with `_sre`'s loops (findall, split and friends step over empty
//! matches as CPython 3.7+ does).

use super::compiler::{compile, Program};
use super::matcher::Found;
use super::matchobj::new_match;
use super::parser::{parse, Parsed};
use super::subject::{AnyMatcher, Subject};
use super::{ast, code_points, compile_error, sre_class, subst};
use crate::native::{self, receiver};
use pvm_vm::args::Args;
use pvm_vm::builtins::cargs;
use pvm_vm::payload::{Extension, NativeKind, Payload};
use pvm_vm::{ObjRef, PyResult, Value, Vm};
use std::cell::RefCell;

/// The class name in CPython's messages.
pub(crate) const CLASS: &str = "re.Pattern";

/// The state of a compiled pattern.
pub(crate) struct PatternState {
    /// The source (str or bytes; None for a lexicon).
    pub pattern: Value,
    /// All flags, inline ones included.
    pub flags: u32,
    /// Some(true) for bytes patterns, Some(false) for str, None for either.
    pub bytes: Option<bool>,
    /// The number of capturing groups.
    pub groups: usize,
    /// Named groups in definition order.
    pub names: Vec<(String, usize)>,
    /// The names as str objects, by group number (None for unnamed).
    pub name_objs: Vec<Value>,
    /// `re.Match`, the class of the matches made.
    pub match_class: ObjRef,
    /// The instructions.
    pub prog: Program,
    /// The last replacement template parsed.
    pub template: subst::TemplateCache,
}

impl Extension for PatternState {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.pattern);
        self.name_objs.iter().for_each(&mut *visit);
        if let Some((v, _)) = &*self.template.borrow() {
            visit(v);
        }
    }
}

/// Registers `re.Pattern`.
pub(super) fn init(vm: &mut Vm, module: &ObjRef) {
    let methods: &native::Methods = &[
        ("__new__", no_new, NativeKind::StaticMethod),
        ("match", pattern_match, NativeKind::Method),
        ("fullmatch", pattern_fullmatch, NativeKind::Method),
        ("search", pattern_search, NativeKind::Method),
        ("findall", findall, NativeKind::Method),
        ("finditer", finditer, NativeKind::Method),
        ("scanner", scanner, NativeKind::Method),
        ("split", split, NativeKind::Method),
        ("sub", subst::sub, NativeKind::Method),
        ("subn", subst::subn, NativeKind::Method),
        ("__repr__", repr, NativeKind::Method),
        ("__eq__", eq, NativeKind::Method),
        ("__ne__", ne, NativeKind::Method),
        ("__hash__", hash, NativeKind::Method),
        ("__copy__", copy, NativeKind::Method),
        ("__deepcopy__", deepcopy, NativeKind::Method),
        ("__class_getitem__", class_getitem, NativeKind::ClassMethod),
    ];
    let ty = native::new_type(vm, module, "Pattern", "re", methods, true);
    native::add_getters(
        vm,
        &ty,
        &[
            ("pattern", get_pattern),
            ("flags", get_flags),
            ("groups", get_groups),
            ("groupindex", get_groupindex),
        ],
    );
    let doc = vm.new_str("Compiled regular expression object.");
    vm.set_type_attr(&ty, "__doc__", doc);
}

/// `Pattern.__new__`: only `re.compile` makes patterns.
pub(super) fn no_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => vm.tp_name(o),
        _ => "re.Pattern".to_string(),
    };
    Err(vm.type_error(format!("cannot create '{name}' instances")))
}

/// Makes a Pattern object from a parsed pattern.
fn make(vm: &mut Vm, pattern: Value, parsed: Parsed, bytes: Option<bool>) -> PyResult<Value> {
    let prog = compile(&parsed).map_err(|e| compile_error(vm, e, &pattern))?;
    let groups = parsed.widths.len() - 1;
    let mut name_objs = vec![Value::None; groups + 1];
    for (name, g) in &parsed.names {
        name_objs[*g] = vm.new_str(name.as_str());
    }
    let state = PatternState {
        pattern,
        flags: parsed.flags,
        bytes,
        groups,
        names: parsed.names,
        name_objs,
        match_class: sre_class(vm, "Match")?,
        prog,
        template: RefCell::new(None),
    };
    let cls = sre_class(vm, "Pattern")?;
    Ok(vm.new_extension(&cls, state))
}

/// `_sre.compile(pattern, flags)`: parses and compiles a str or bytes.
pub(super) fn compile_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = crate::native::positional(vm, &args, "_sre.compile", 2, 2)?;
    let pattern = v[0].clone();
    let (flags, fits) = flags_arg(vm, &v[1])?;
    let Some((chars, istext)) = code_points(&pattern).filter(|_| !is_bytearray(&pattern)) else {
        return Err(vm.type_error("first argument must be string or compiled pattern"));
    };
    let parsed = parse(&chars, istext, flags).map_err(|e| compile_error(vm, e, &pattern))?;
    if !fits {
        // Parsed with the low bits, as Python's int tests see them; the
        // C int of the compiled pattern cannot hold the rest.
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    make(vm, pattern, parsed, Some(!istext))
}

/// The low 32 bits of an int flags argument, and whether it fits a C int.
fn flags_arg(vm: &mut Vm, v: &Value) -> PyResult<(u32, bool)> {
    let iv = vm.index_value(v)?;
    Ok(match &iv {
        Value::Int(i) => (*i as u32, i32::try_from(*i).is_ok()),
        _ => match iv.payload() {
            Some(Payload::Int(b)) => {
                let low = b & num_bigint::BigInt::from(u32::MAX);
                (num_traits::ToPrimitive::to_u32(&low).unwrap_or(0), false)
            }
            _ => (0, false),
        },
    })
}

fn is_bytearray(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::ByteArray(_)))
}

/// `_sre.compile_lexicon(phrases, flags)`: the pattern of `re.Scanner`,
/// each phrase parsed on its own and made a group of one alternation.
pub(super) fn compile_lexicon(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = crate::native::positional(vm, &args, "_sre.compile_lexicon", 2, 2)?;
    let (flags, _) = flags_arg(vm, &v[1])?;
    let phrases = vm.to_vec(&v[0])?;
    let mut alts = Vec::new();
    let mut widths = vec![None];
    let mut out_flags = flags;
    for (i, phrase) in phrases.iter().enumerate() {
        let Some((chars, istext)) = code_points(phrase) else {
            return Err(vm.type_error("first argument must be string or compiled pattern"));
        };
        let p = parse(&chars, istext, flags).map_err(|e| compile_error(vm, e, phrase))?;
        out_flags |= p.flags;
        let w = ast::width(&p.seq, &p.widths);
        widths.push(Some(w));
        alts.push(vec![ast::Node::Group(Box::new(ast::Group {
            index: Some(i + 1),
            add: 0,
            del: 0,
            body: p.seq,
        }))]);
    }
    let parsed = Parsed {
        seq: vec![ast::Node::Branch(alts)],
        flags: out_flags,
        widths,
        names: Vec::new(),
    };
    make(vm, Value::None, parsed, None)
}

/// The state of `self`.
fn this<'a>(vm: &mut Vm, args: &'a Args, method: &str) -> PyResult<&'a PatternState> {
    receiver::<PatternState>(vm, args, CLASS, method)
}

/// A subject for this pattern, with CPython's type checks.
pub(super) fn subject(vm: &mut Vm, me: &PatternState, string: &Value) -> PyResult<Subject> {
    let subj = Subject::new(vm, string)?;
    match (me.bytes, subj.is_bytes()) {
        (Some(false), true) => {
            Err(vm.type_error("cannot use a string pattern on a bytes-like object"))
        }
        (Some(true), false) => {
            Err(vm.type_error("cannot use a bytes pattern on a string-like object"))
        }
        _ => Ok(subj),
    }
}

/// `pos`/`endpos` arguments clamped to the subject (CPython's state_init).
pub(super) fn bounds(
    vm: &mut Vm,
    pos: &Value,
    endpos: &Value,
    len: usize,
) -> PyResult<(usize, usize)> {
    let clamp = |i: i64| i.clamp(0, len as i64) as usize;
    let p = if pos.is_null() {
        0
    } else {
        clamp(cargs::ssize(vm, pos)?)
    };
    let e = if endpos.is_null() {
        len
    } else {
        clamp(cargs::ssize(vm, endpos)?)
    };
    Ok((p, e))
}

/// The (self, string, pos, endpos) of a search method.
fn search_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, Subject, usize, usize)> {
    let [string, pos, endpos] = match args.values.as_slice() {
        // The common call, without the general keyword parsing.
        [_, s] if args.kwnames.is_none() => [s.clone(), Value::Null, Value::Null],
        _ => cargs::keywords(vm, args, name, ["string", "pos", "endpos"], 0, 1)?,
    };
    let me = this(vm, args, name)?;
    let subj = subject(vm, me, &string)?;
    let (p, e) = bounds(vm, &pos, &endpos, subj.len())?;
    Ok((args.values[0].clone(), subj, p, e))
}

/// match / fullmatch / search.
fn run_one(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let (pat, subj, pos, endpos) = search_args(vm, &args, name)?;
    let Some(me) = pvm_vm::extension::state::<PatternState>(&pat) else {
        return Ok(Value::None);
    };
    let found = {
        let mut m = AnyMatcher::new(&me.prog, subj.text(), endpos, me.groups);
        match name {
            "search" => m.search(vm, pos)?,
            "fullmatch" => {
                m.set_match_all(true);
                m.match_at(vm, pos)?
            }
            _ => m.match_at(vm, pos)?,
        }
    };
    match found {
        Some(f) => new_match(vm, &pat, &subj, f, pos, endpos),
        None => Ok(Value::None),
    }
}

fn pattern_match(vm: &mut Vm, args: Args) -> PyResult<Value> {
    run_one(vm, args, "match")
}

fn pattern_fullmatch(vm: &mut Vm, args: Args) -> PyResult<Value> {
    run_one(vm, args, "fullmatch")
}

fn pattern_search(vm: &mut Vm, args: Args) -> PyResult<Value> {
    run_one(vm, args, "search")
}

/// A group's text for findall (empty when it did not take part).
fn group_text(vm: &mut Vm, subj: &Subject, f: &Found, g: usize) -> Value {
    match f.groups.get(g).copied().flatten() {
        Some((a, b)) => subj.slice(vm, a, b),
        None => subj.slice(vm, 0, 0),
    }
}

/// `Pattern.findall(string, pos=0, endpos=sys.maxsize)`.
fn findall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (pat, subj, pos, endpos) = search_args(vm, &args, "findall")?;
    let Some(me) = pvm_vm::extension::state::<PatternState>(&pat) else {
        return Ok(vm.new_list(Vec::new()));
    };
    let mut out = Vec::new();
    let mut m = AnyMatcher::new(&me.prog, subj.text(), endpos, me.groups);
    let end = m.end();
    let mut start = pos;
    while start <= end {
        let Some(f) = m.search(vm, start)? else { break };
        if f.wrong_span {
            return Err(super::matchobj::wrong_span(vm));
        }
        let item = match me.groups {
            0 => subj.slice(vm, f.span.0, f.span.1),
            1 => group_text(vm, &subj, &f, 0),
            n => {
                let items = (0..n).map(|g| group_text(vm, &subj, &f, g)).collect();
                vm.new_tuple(items)
            }
        };
        out.push(item);
        m.set_must_advance(f.span.1 == f.span.0);
        start = f.span.1;
    }
    Ok(vm.new_list(out))
}

/// `Pattern.split(string, maxsplit=0)`.
fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [string, maxsplit] = cargs::keywords(vm, &args, "split", ["string", "maxsplit"], 0, 1)?;
    let maxsplit = if maxsplit.is_null() {
        0
    } else {
        cargs::ssize(vm, &maxsplit)?
    };
    let pat = args.values[0].clone();
    let me = this(vm, &args, "split")?;
    let subj = subject(vm, me, &string)?;
    let len = subj.len();
    let mut out = Vec::new();
    let mut m = AnyMatcher::new(&me.prog, subj.text(), len, me.groups);
    let mut n = 0;
    let mut last = 0;
    let mut start = 0;
    while maxsplit == 0 || n < maxsplit {
        let Some(f) = m.search(vm, start)? else { break };
        if f.wrong_span {
            return Err(super::matchobj::wrong_span(vm));
        }
        out.push(subj.slice(vm, last, f.span.0));
        for g in &f.groups {
            out.push(match g {
                Some((a, b)) => subj.slice(vm, *a, *b),
                None => Value::None,
            });
        }
        n += 1;
        m.set_must_advance(f.span.1 == f.span.0);
        last = f.span.1;
        start = f.span.1;
    }
    out.push(subj.slice(vm, last, len));
    drop(pat);
    Ok(vm.new_list(out))
}

/// `Pattern.scanner(string, pos=0, endpos=sys.maxsize)`.
fn scanner(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (pat, subj, pos, endpos) = search_args(vm, &args, "scanner")?;
    super::scanner::new_scanner(vm, pat, subj, pos, endpos)
}

/// `Pattern.finditer(string, pos=0, endpos=sys.maxsize)`: an iterator
/// calling a scanner's `search` until it returns None.
fn finditer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (pat, subj, pos, endpos) = search_args(vm, &args, "finditer")?;
    let sc = super::scanner::new_scanner(vm, pat, subj, pos, endpos)?;
    let search = vm.get_attr_str(&sc, "search")?;
    let iter = vm
        .builtin("iter")
        .ok_or_else(|| vm.type_error("iter() is missing"))?;
    vm.call(&iter, [search, Value::None])
}

/// The flag names of a pattern's repr, in CPython's order.
const FLAG_NAMES: [(&str, u32); 9] = [
    ("re.TEMPLATE", ast::flag::TEMPLATE),
    ("re.IGNORECASE", ast::flag::IGNORECASE),
    ("re.LOCALE", ast::flag::LOCALE),
    ("re.MULTILINE", ast::flag::MULTILINE),
    ("re.DOTALL", ast::flag::DOTALL),
    ("re.UNICODE", ast::flag::UNICODE),
    ("re.VERBOSE", ast::flag::VERBOSE),
    ("re.DEBUG", ast::flag::DEBUG),
    ("re.ASCII", ast::flag::ASCII),
];

/// At most `n` characters of `s` (`%.NR`).
pub(super) fn truncate(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// `re.compile('a+', re.IGNORECASE)`.
fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__repr__")?;
    let mut flags = me.flags;
    let t = ast::flag::TYPE_FLAGS;
    if me.bytes == Some(false) && flags & t == ast::flag::UNICODE {
        flags &= !ast::flag::UNICODE;
    }
    let mut names: Vec<String> = Vec::new();
    for (name, bit) in FLAG_NAMES {
        if flags & bit != 0 {
            names.push(name.to_string());
            flags &= !bit;
        }
    }
    if flags != 0 {
        names.push(format!("0x{flags:x}"));
    }
    let pattern = me.pattern.clone();
    let r = vm.repr(&pattern)?;
    let r = truncate(&r, 200);
    let text = if names.is_empty() {
        format!("re.compile({r})")
    } else {
        format!("re.compile({r}, {})", names.join("|"))
    };
    Ok(vm.new_str(text))
}

/// Whether two patterns are equal (NotImplemented unless both are).
fn compare(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Option<bool>> {
    let other = cargs::wrapper_one(vm, args, name)?;
    let me = this(vm, args, name)?;
    let Some(them) = pvm_vm::extension::state::<PatternState>(&other) else {
        return Ok(None);
    };
    if args.values[0].is(&other) {
        return Ok(Some(true));
    }
    if me.flags != them.flags || me.bytes != them.bytes {
        return Ok(Some(false));
    }
    let (a, b) = (me.pattern.clone(), them.pattern.clone());
    Ok(Some(vm.eq(&a, &b)?))
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match compare(vm, &args, "__eq__")? {
        Some(b) => Value::Bool(b),
        None => Value::Obj(vm.not_implemented.clone()),
    })
}

fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match compare(vm, &args, "__ne__")? {
        Some(b) => Value::Bool(!b),
        None => Value::Obj(vm.not_implemented.clone()),
    })
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__hash__")?;
    let (pattern, flags) = (me.pattern.clone(), me.flags);
    let h = vm.hash(&pattern)? ^ (i64::from(flags) * 1_000_003);
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cargs::noargs(vm, &args, "Pattern.__copy__")?;
    this(vm, &args, "__copy__")?;
    Ok(args.values[0].clone())
}

fn deepcopy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cargs::one(vm, &args, "Pattern.__deepcopy__")?;
    this(vm, &args, "__deepcopy__")?;
    Ok(args.values[0].clone())
}

fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let item = cargs::one(vm, &args, "Pattern.__class_getitem__")?;
    pvm_vm::builtins::functions::generic_alias(vm, args.values[0].clone(), item)
}

fn get_pattern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(vm, &args, "pattern")?.pattern.clone())
}

fn get_flags(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(this(vm, &args, "flags")?.flags)))
}

fn get_groups(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "groups")?.groups as i64))
}

/// A dict of the named groups.
pub(super) fn groupindex_dict(vm: &mut Vm, me: &PatternState) -> PyResult<ObjRef> {
    let d = vm.new_dict();
    for (name, g) in &me.names {
        let k = vm.new_str(name.as_str());
        vm.dict_set(&d, k, Value::Int(*g as i64))?;
    }
    Ok(d)
}

/// `Pattern.groupindex`: a read-only mapping of the named groups.
fn get_groupindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "groupindex")?;
    let d = groupindex_dict(vm, me)?;
    if me.names.is_empty() {
        // CPython has no dict to proxy then, and returns a new empty one.
        return Ok(Value::Obj(d));
    }
    let Payload::Dict(table) = &d.payload else {
        return Ok(Value::Obj(d));
    };
    let copy = table.borrow().clone();
    Ok(Value::Obj(ObjRef::new(
        vm.t.mappingproxy.clone(),
        Payload::Dict(Box::new(RefCell::new(copy))),
    )))
}

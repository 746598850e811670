//! `re.Match`: the spans of a successful match, read back as strings,
//! positions and dicts, with CPython's reprs and errors.

use super::matcher::Found;
use super::pattern::{truncate, PatternState};
use super::subject::Subject;
use super::{sre_class, subst};
use crate::native::{self, receiver};
use pvm_vm::args::Args;
use pvm_vm::builtins::cargs;
use pvm_vm::payload::{Extension, NativeKind};
use pvm_vm::{ObjRef, PyErr, PyResult, Value, Vm};

const CLASS: &str = "re.Match";

/// The state of a match object.
pub(crate) struct MatchState {
    /// The Pattern object.
    pub pattern: Value,
    /// The string searched.
    pub subject: Subject,
    /// The span of the match (index 0) and of each group.
    pub spans: Vec<Option<(usize, usize)>>,
    /// `pos` of the search.
    pub pos: usize,
    /// `endpos` of the search.
    pub endpos: usize,
    /// The last group closed.
    pub lastindex: Option<usize>,
}

impl Extension for MatchState {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.pattern);
        visit(self.subject.object());
    }
}

/// Registers `re.Match`.
pub(super) fn init(vm: &mut Vm, module: &ObjRef) {
    let methods: &native::Methods = &[
        ("__new__", super::pattern::no_new, NativeKind::StaticMethod),
        ("group", group, NativeKind::Method),
        ("groups", groups, NativeKind::Method),
        ("groupdict", groupdict, NativeKind::Method),
        ("start", start, NativeKind::Method),
        ("end", end, NativeKind::Method),
        ("span", span, NativeKind::Method),
        ("expand", expand, NativeKind::Method),
        ("__getitem__", getitem, NativeKind::Method),
        ("__repr__", repr, NativeKind::Method),
        ("__copy__", copy, NativeKind::Method),
        ("__deepcopy__", deepcopy, NativeKind::Method),
        ("__class_getitem__", class_getitem, NativeKind::ClassMethod),
    ];
    let ty = native::new_type(vm, module, "Match", "re", methods, true);
    // A C type with only a mapping subscript is not iterable.
    vm.set_type_attr(&ty, "__iter__", Value::None);
    native::add_getters(
        vm,
        &ty,
        &[
            ("pos", get_pos),
            ("endpos", get_endpos),
            ("lastindex", get_lastindex),
            ("lastgroup", get_lastgroup),
            ("re", get_re),
            ("string", get_string),
            ("regs", get_regs),
        ],
    );
    let doc = vm.new_str(
        "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.",
    );
    vm.set_type_attr(&ty, "__doc__", doc);
}

/// CPython's SystemError for a group that ends before it starts.
pub(super) fn wrong_span(vm: &mut Vm) -> PyErr {
    vm.new_error(
        "SystemError",
        "The span of capturing group is wrong, please report a bug for the re module.",
    )
}

/// A Match object for a search of `pattern` over `subject`.
pub(super) fn new_match(
    vm: &mut Vm,
    pattern: &Value,
    subject: &Subject,
    found: Found,
    pos: usize,
    endpos: usize,
) -> PyResult<Value> {
    if found.wrong_span {
        return Err(wrong_span(vm));
    }
    let mut spans = Vec::with_capacity(found.groups.len() + 1);
    spans.push(Some(found.span));
    spans.extend(found.groups);
    let state = MatchState {
        pattern: pattern.clone(),
        subject: subject.clone(),
        spans,
        pos,
        endpos,
        lastindex: found.lastindex,
    };
    let cls = match pvm_vm::extension::state::<PatternState>(pattern) {
        Some(p) => p.match_class.clone(),
        None => sre_class(vm, "Match")?,
    };
    Ok(vm.new_extension(&cls, state))
}

fn this<'a>(vm: &mut Vm, args: &'a Args, method: &str) -> PyResult<&'a MatchState> {
    receiver::<MatchState>(vm, args, CLASS, method)
}

fn pattern_of(m: &MatchState) -> Option<&PatternState> {
    pvm_vm::extension::state::<PatternState>(&m.pattern)
}

/// The group number `index` names (`match_getindex`).
fn group_index(vm: &mut Vm, m: &MatchState, index: &Value) -> PyResult<usize> {
    let n = m.spans.len() as i64;
    let i = if cargs::has_index(vm, index) {
        match vm.index(index) {
            Ok(i) => i,
            Err(e) if vm.error_is(&e, "IndexError") => -1,
            Err(e) => return Err(e),
        }
    } else {
        let names = pattern_of(m).map(|p| p.names.as_slice()).unwrap_or(&[]);
        if names.is_empty() {
            -1
        } else {
            vm.hash(index)?;
            let key = index.as_str();
            names
                .iter()
                .find(|(name, _)| Some(name.as_str()) == key)
                .map_or(-1, |(_, g)| *g as i64)
        }
    };
    if i < 0 || i >= n {
        return Err(vm.index_error("no such group"));
    }
    Ok(i as usize)
}

/// The text of group `g`, or `default` when it did not take part.
fn group_value(vm: &mut Vm, m: &MatchState, g: usize, default: &Value) -> Value {
    match m.spans[g] {
        Some((a, b)) => m.subject.slice(vm, a, b),
        None => default.clone(),
    }
}

/// `m.group([group1, ...])`.
fn group(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "Match.group")?;
    let m = this(vm, &args, "group")?;
    let ids = &args.values[1..];
    match ids {
        [] => Ok(group_value(vm, m, 0, &Value::None)),
        [one] => {
            let g = group_index(vm, m, one)?;
            Ok(group_value(vm, m, g, &Value::None))
        }
        many => {
            let mut out = Vec::with_capacity(many.len());
            for id in many {
                let g = group_index(vm, m, id)?;
                out.push(group_value(vm, m, g, &Value::None));
            }
            Ok(vm.new_tuple(out))
        }
    }
}

/// `m[g]`.
fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let id = cargs::one(vm, &args, "Match.__getitem__")?;
    let m = this(vm, &args, "__getitem__")?;
    let g = group_index(vm, m, &id)?;
    Ok(group_value(vm, m, g, &Value::None))
}

/// The `default` keyword of groups()/groupdict() (None when absent).
fn default_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let [d] = cargs::keywords(vm, args, name, ["default"], 0, 0)?;
    Ok(if d.is_null() { Value::None } else { d })
}

/// `m.groups(default=None)`.
fn groups(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let default = default_arg(vm, &args, "groups")?;
    let m = this(vm, &args, "groups")?;
    let items = (1..m.spans.len())
        .map(|g| group_value(vm, m, g, &default))
        .collect();
    Ok(vm.new_tuple(items))
}

/// `m.groupdict(default=None)`.
fn groupdict(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let default = default_arg(vm, &args, "groupdict")?;
    let m = this(vm, &args, "groupdict")?;
    let d = vm.new_dict();
    let names: Vec<(Value, usize)> = pattern_of(m)
        .map(|p| {
            p.names
                .iter()
                .map(|(_, g)| (p.name_objs[*g].clone(), *g))
                .collect()
        })
        .unwrap_or_default();
    for (k, g) in names {
        let v = group_value(vm, m, g, &default);
        vm.dict_set(&d, k, v)?;
    }
    Ok(Value::Obj(d))
}

/// The span of the group named by the optional positional argument.
fn span_of(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(i64, i64)> {
    let v = cargs::positional(vm, args, name, 0, 1)?;
    let m = this(vm, args, name)?;
    let g = match v.first() {
        Some(id) => group_index(vm, m, id)?,
        None => 0,
    };
    Ok(m.spans[g].map_or((-1, -1), |(a, b)| (a as i64, b as i64)))
}

fn start(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(span_of(vm, &args, "start")?.0))
}

fn end(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(span_of(vm, &args, "end")?.1))
}

fn span(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = span_of(vm, &args, "span")?;
    Ok(vm.new_pair(Value::Int(a), Value::Int(b)))
}

/// `m.expand(template)`.
fn expand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [template] = cargs::keywords(vm, &args, "expand", ["template"], 0, 1)?;
    let m = this(vm, &args, "expand")?;
    let Some(p) = pattern_of(m) else {
        return Ok(Value::None);
    };
    let t = subst::template_for(vm, p, &template)?;
    subst::expand(vm, &t, &m.subject, &m.spans)
}

/// `<re.Match object; span=(0, 3), match='abc'>`.
fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__repr__")?;
    let (a, b) = m.spans[0].unwrap_or((0, 0));
    let text = m.subject.slice(vm, a, b);
    let r = vm.repr(&text)?;
    let ty = vm.type_of(&args.values[0]).clone();
    let name = vm.tp_name(&ty);
    Ok(vm.new_str(format!(
        "<{name} object; span=({a}, {b}), match={}>",
        truncate(&r, 50)
    )))
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cargs::noargs(vm, &args, "Match.__copy__")?;
    this(vm, &args, "__copy__")?;
    Ok(args.values[0].clone())
}

fn deepcopy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cargs::one(vm, &args, "Match.__deepcopy__")?;
    this(vm, &args, "__deepcopy__")?;
    Ok(args.values[0].clone())
}

fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let item = cargs::one(vm, &args, "Match.__class_getitem__")?;
    pvm_vm::builtins::functions::generic_alias(vm, args.values[0].clone(), item)
}

fn get_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "pos")?.pos as i64))
}

fn get_endpos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "endpos")?.endpos as i64))
}

fn get_lastindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "lastindex")?;
    Ok(m.lastindex.map_or(Value::None, |i| Value::Int(i as i64)))
}

fn get_lastgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "lastgroup")?;
    let name = m
        .lastindex
        .and_then(|i| pattern_of(m)?.name_objs.get(i).cloned());
    Ok(name.unwrap_or(Value::None))
}

fn get_re(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(vm, &args, "re")?.pattern.clone())
}

fn get_string(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(vm, &args, "string")?.subject.object().clone())
}

/// `m.regs`: every span, (-1, -1) for groups that did not take part.
fn get_regs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "regs")?;
    let items = m
        .spans
        .iter()
        .map(|s| {
            let (a, b) = s.map_or((-1, -1), |(a, b)| (a as i64, b as i64));
            vm.new_pair(Value::Int(a), Value::Int(b))
        })
        .collect();
    Ok(vm.new_tuple(items))
}

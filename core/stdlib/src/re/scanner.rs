//! `_sre.SRE_Scanner`: successive matches over one string, each starting
//! where the previous ended (an empty match forbids another empty match
//! at the same place); `finditer` iterates its `search`.

use super::matchobj::new_match;
use super::pattern::PatternState;
use super::sre_class;
use super::subject::{AnyMatcher, Subject};
use crate::native::{self, receiver};
use pvm_vm::args::Args;
use pvm_vm::builtins::cargs;
use pvm_vm::payload::{Extension, NativeKind};
use pvm_vm::{ObjRef, PyResult, Value, Vm};
use std::cell::Cell;

const CLASS: &str = "_sre.SRE_Scanner";

/// The state of a scanner.
struct ScannerState {
    pattern: Value,
    subject: Subject,
    pos: usize,
    endpos: usize,
    /// Where the next match starts (None once a search failed).
    start: Cell<Option<usize>>,
    must_advance: Cell<bool>,
}

impl Extension for ScannerState {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.pattern);
        visit(self.subject.object());
    }
}

/// Registers `SRE_Scanner`.
pub(super) fn init(vm: &mut Vm, module: &ObjRef) {
    let methods: &native::Methods = &[
        ("__new__", super::pattern::no_new, NativeKind::StaticMethod),
        ("match", scan_match, NativeKind::Method),
        ("search", scan_search, NativeKind::Method),
    ];
    let ty = native::new_type(vm, module, "SRE_Scanner", "_sre", methods, true);
    native::add_getters(vm, &ty, &[("pattern", get_pattern)]);
}

/// A scanner of `pattern` over `subject[pos:endpos]`.
pub(super) fn new_scanner(
    vm: &mut Vm,
    pattern: Value,
    subject: Subject,
    pos: usize,
    endpos: usize,
) -> PyResult<Value> {
    let state = ScannerState {
        pattern,
        subject,
        pos,
        endpos,
        start: Cell::new(Some(pos)),
        must_advance: Cell::new(false),
    };
    let cls = sre_class(vm, "SRE_Scanner")?;
    Ok(vm.new_extension(&cls, state))
}

/// The next match, anchored (`match`) or not (`search`).
fn step(vm: &mut Vm, args: Args, name: &str, anchored: bool) -> PyResult<Value> {
    cargs::noargs(vm, &args, ("SRE_Scanner", name))?;
    let me = receiver::<ScannerState>(vm, &args, CLASS, name)?;
    let Some(start) = me.start.get() else {
        return Ok(Value::None);
    };
    let Some(p) = pvm_vm::extension::state::<PatternState>(&me.pattern) else {
        return Ok(Value::None);
    };
    let found = {
        let mut m = AnyMatcher::new(&p.prog, me.subject.text(), me.endpos, p.groups);
        m.set_must_advance(me.must_advance.get());
        if anchored {
            m.match_at(vm, start)?
        } else {
            m.search(vm, start)?
        }
    };
    let Some(f) = found else {
        me.start.set(None);
        return Ok(Value::None);
    };
    let (a, b) = f.span;
    me.must_advance.set(a == b);
    me.start.set(Some(b));
    let pattern = me.pattern.clone();
    let subject = me.subject.clone();
    new_match(vm, &pattern, &subject, f, me.pos, me.endpos)
}

fn scan_match(vm: &mut Vm, args: Args) -> PyResult<Value> {
    step(vm, args, "match", true)
}

fn scan_search(vm: &mut Vm, args: Args) -> PyResult<Value> {
    step(vm, args, "search", false)
}

fn get_pattern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(receiver::<ScannerState>(vm, &args, CLASS, "pattern")?
        .pattern
        .clone())
}

//! Helpers shared by the native modules of the functional standard
//! library (`_operator`, `_collections`, `itertools`, `_functools`):
//! CPython's argument errors for functions that have no receiver, the
//! state of `self` with the descriptor error, final classes, keyword
//! arguments as a tuple of names, and the guard that makes a container
//! that contains itself print as `...`.

use pvm_vm::args::{count_message, Args};
use pvm_vm::payload::{NativeFn, NativeKind, Payload};
use pvm_vm::types;
use pvm_vm::{ObjRef, PyResult, Value, Vm};

/// The methods of a native class: (name, function, how it binds).
pub(crate) type Methods = [(&'static str, NativeFn, NativeKind)];

/// Errors with "`qual`() takes no keyword arguments" when there are any.
pub(crate) fn no_kwargs(vm: &mut Vm, args: &Args, qual: &str) -> PyResult<()> {
    if args.nkw() > 0 {
        return Err(vm.type_error(format!("{qual}() takes no keyword arguments")));
    }
    Ok(())
}

/// A positional-only Argument Clinic function without receiver: between
/// `min` and `max` arguments ("name expected 2 arguments, got 1"), no
/// keywords ("qual() takes no keyword arguments").
pub(crate) fn positional<'a>(
    vm: &mut Vm,
    args: &'a Args,
    qual: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kwargs(vm, args, qual)?;
    let n = args.values.len();
    if n < min || n > max {
        let name = qual.rsplit('.').next().unwrap_or(qual);
        return Err(vm.type_error(count_message(name, min, max, n)));
    }
    Ok(&args.values)
}

/// A METH_O function without receiver: exactly one argument.
pub(crate) fn one<'a>(vm: &mut Vm, args: &'a Args, qual: &str) -> PyResult<&'a Value> {
    no_kwargs(vm, args, qual)?;
    match args.values.as_slice() {
        [v] => Ok(v),
        vals => Err(vm.type_error(format!(
            "{qual}() takes exactly one argument ({} given)",
            vals.len()
        ))),
    }
}

/// Argument Clinic keyword parsing (`cargs::keywords`) for a function
/// without receiver.
pub(crate) fn keywords<const N: usize>(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    names: [&str; N],
    posonly: usize,
    minpos: usize,
) -> PyResult<[Value; N]> {
    let mut with_self = Args {
        values: args.values.clone(),
        kwnames: args.kwnames.clone(),
    };
    with_self.prepend(Value::None);
    pvm_vm::builtins::cargs::keywords(vm, &with_self, name, names, posonly, minpos)
}

/// The state `T` of a method's receiver (`args.values[0]`), or CPython's
/// error for an unbound call on an object of another type.
pub(crate) fn receiver<'a, T: 'static>(
    vm: &mut Vm,
    args: &'a Args,
    class: &str,
    method: &str,
) -> PyResult<&'a T> {
    let Some(me) = args.values.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{method}' of '{class}' object needs an argument"
        )));
    };
    match pvm_vm::extension::state::<T>(me) {
        Some(s) => Ok(s),
        None => Err(pvm_vm::builtins::cargs::foreign_receiver(
            vm, me, class, method,
        )),
    }
}

/// The class a `__new__` was called with (`args.values[0]`).
pub(crate) fn new_class(vm: &mut Vm, args: &Args, what: &str) -> PyResult<ObjRef> {
    match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => Ok(o.clone()),
        Some(v) => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{what}.__new__(X): X is not a type object ({tn})")))
        }
        None => Err(vm.type_error(format!("{what}.__new__(): not enough arguments"))),
    }
}

/// A native class `module.name`; `final_` ones cannot be subclassed (no
/// `Py_TPFLAGS_BASETYPE` in CPython).
pub(crate) fn new_type(
    vm: &mut Vm,
    module: &ObjRef,
    name: &'static str,
    type_module: &str,
    methods: &Methods,
    final_: bool,
) -> ObjRef {
    let ty = vm.new_extension_type(name, type_module, vec![], methods);
    if final_ {
        let td = types::data(&ty);
        td.flags.set(td.flags.get() & !types::BASETYPE);
    }
    vm.set_attr_direct(module, name, Value::Obj(ty.clone()));
    ty
}

/// The keyword names of `args` as a tuple of str (None without keywords),
/// to pass the same keywords on to another call.
pub(crate) fn kwnames_of(args: &Args) -> Option<ObjRef> {
    args.kwnames.clone().filter(|_| args.nkw() > 0)
}

thread_local! {
    /// The addresses of the objects whose repr is being computed.
    static IN_REPR: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `f` to print the object at `addr`, or returns `recursive` if that
/// object is already being printed further up (CPython's Py_ReprEnter).
pub(crate) fn repr_guard(
    vm: &mut Vm,
    addr: usize,
    recursive: &str,
    f: impl FnOnce(&mut Vm) -> PyResult<String>,
) -> PyResult<String> {
    if IN_REPR.with(|s| s.borrow().contains(&addr)) {
        return Ok(recursive.to_string());
    }
    IN_REPR.with(|s| s.borrow_mut().push(addr));
    let r = f(vm);
    IN_REPR.with(|s| s.borrow_mut().retain(|a| *a != addr));
    r
}

/// The reprs of `items` joined with ", ".
pub(crate) fn join_reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut out = Vec::with_capacity(items.len());
    for v in items {
        out.push(vm.repr(v)?);
    }
    Ok(out.join(", "))
}

/// Adds read-only attributes to a native class (CPython's READONLY
/// members): properties whose getter is a native function taking the
/// instance, and whose setter and deleter refuse.
pub(crate) fn add_getters(vm: &mut Vm, ty: &ObjRef, getters: &[(&'static str, NativeFn)]) {
    for &(name, f) in getters {
        add_property(vm, ty, name, f, readonly);
    }
}

/// Adds an attribute to a native class: a property with a native getter
/// (taking the instance) and setter (taking the instance and the value;
/// Null when deleting).
pub(crate) fn add_property(
    vm: &mut Vm,
    ty: &ObjRef,
    name: &'static str,
    get: NativeFn,
    set: NativeFn,
) {
    let getter = vm.new_native(name, get, NativeKind::Function, Some(ty.clone()));
    let setter = vm.new_native(name, set, NativeKind::Function, Some(ty.clone()));
    let prop = ObjRef::new(
        vm.t.property.clone(),
        Payload::Property(Box::new([
            Value::Obj(getter),
            Value::Obj(setter.clone()),
            Value::Obj(setter),
            Value::None,
        ])),
    );
    vm.set_type_attr(ty, name, Value::Obj(prop));
}

/// The setter and deleter of a read-only member.
fn readonly(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.attribute_error("readonly attribute"))
}

/// How CPython's argument errors name the type of a wrong argument
/// (`_PyArg_BadArgument`): "None" for None, else the type's name.
pub(crate) fn arg_type_name(vm: &Vm, v: &Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        vm.type_name(v)
    }
}

/// The `StopIteration` that ends a native iterator.
pub(crate) fn stop(vm: &mut Vm) -> pvm_vm::PyErr {
    let ty = vm.exc_type("StopIteration");
    pvm_vm::exceptions::new_exception(vm, &ty, vec![])
}

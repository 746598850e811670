//! The `Vm`: the built-in types, the value stack and frames, interned
//! names, and the helpers every part of the runtime uses to make objects
//! and raise errors.

use crate::args::Args;
use crate::dict::Dict;
use crate::frame::Frame;
use crate::object::ObjRef;
use crate::payload::{NativeFn, NativeFunction, NativeKind, Payload};
use crate::str::PyStr;
use crate::types::{self, Layout, TypeData};
use crate::value::Value;
use crate::PyResult;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

macro_rules! builtin_types {
    ($($field:ident = $name:literal;)*) => {
        /// The built-in type objects.
        pub struct Types {
            $(
                #[doc = concat!("`", $name, "`.")]
                pub $field: ObjRef,
            )*
        }

        impl Types {
            fn create(object: ObjRef, type_: ObjRef) -> Types {
                let _ = (&object, &type_);
                Types {
                    $($field: builtin_type_named($name, &object, &type_),)*
                }
            }
        }
    };
}

builtin_types! {
    int = "int";
    bool = "bool";
    float = "float";
    complex = "complex";
    str = "str";
    bytes = "bytes";
    bytearray = "bytearray";
    list = "list";
    tuple = "tuple";
    dict = "dict";
    set = "set";
    frozenset = "frozenset";
    range = "range";
    slice = "slice";
    none = "NoneType";
    not_implemented = "NotImplementedType";
    ellipsis = "ellipsis";
    function = "function";
    builtin_function = "builtin_function_or_method";
    method = "method";
    cell = "cell";
    code = "code";
    module = "module";
    property = "property";
    classmethod = "classmethod";
    staticmethod = "staticmethod";
    super_ = "super";
    generator = "generator";
    coroutine = "coroutine";
    async_generator = "async_generator";
    async_gen_step = "async_generator_asend";
    async_gen_wrapped = "async_generator_wrapped_value";
    traceback = "traceback";
    list_iterator = "list_iterator";
    list_reverseiterator = "list_reverseiterator";
    tuple_iterator = "tuple_iterator";
    range_iterator = "range_iterator";
    str_iterator = "str_ascii_iterator";
    str_iterator_unicode = "str_iterator";
    bytearray_iterator = "bytearray_iterator";
    bytes_iterator = "bytes_iterator";
    dict_keyiterator = "dict_keyiterator";
    dict_valueiterator = "dict_valueiterator";
    dict_itemiterator = "dict_itemiterator";
    dict_reversekeyiterator = "dict_reversekeyiterator";
    set_iterator = "set_iterator";
    seq_iterator = "iterator";
    callable_iterator = "callable_iterator";
    enumerate = "enumerate";
    zip = "zip";
    map = "map";
    filter = "filter";
    reversed = "reversed";
    dict_keys = "dict_keys";
    dict_values = "dict_values";
    dict_items = "dict_items";
    text_io = "TextIOWrapper";
    mappingproxy = "mappingproxy";
    memoryview = "memoryview";
    member_descriptor = "member_descriptor";
    generic_alias = "GenericAlias";
    union = "UnionType";
}

fn builtin_type_named(name: &str, object: &ObjRef, type_: &ObjRef) -> ObjRef {
    let layout = match name {
        "int" => Layout::Int,
        "bool" => Layout::Bool,
        "float" => Layout::Float,
        "complex" => Layout::Complex,
        "str" => Layout::Str,
        "bytes" => Layout::Bytes,
        "bytearray" => Layout::ByteArray,
        "list" => Layout::List,
        "tuple" => Layout::Tuple,
        "dict" => Layout::Dict,
        "set" => Layout::Set,
        "frozenset" => Layout::FrozenSet,
        _ => Layout::Other,
    };
    let subclassable = layout != Layout::Other && layout != Layout::Bool;
    let mut flags = if subclassable { types::BASETYPE } else { 0 };
    if matches!(name, "function" | "module") {
        flags |= types::INSTANCE_DICT;
    }
    new_type(type_, name, vec![object.clone()], layout, flags)
}

/// Creates a built-in type object with `bases` (MRO computed by C3).
pub fn new_type(
    metatype: &ObjRef,
    name: &str,
    bases: Vec<ObjRef>,
    layout: Layout,
    flags: u32,
) -> ObjRef {
    let ty = ObjRef::new(
        metatype.clone(),
        Payload::Type(Box::new(TypeData {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(bases.clone()),
            mro: RefCell::new(Vec::new()),
            dict: RefCell::new(Dict::new()),
            layout,
            flags: Cell::new(flags),
            slots: None,
            cache: Default::default(),
            subclasses: Default::default(),
            version: Cell::new(0),
        })),
    );
    let mro = types::c3_mro(&ty, &bases).unwrap_or_else(|_| vec![ty.clone()]);
    *types::data(&ty).mro.borrow_mut() = mro;
    ty
}

/// The VM: one per thread of Python execution.
pub struct Vm {
    /// `object`.
    pub object: ObjRef,
    /// `type`.
    pub type_: ObjRef,
    /// The other built-in types.
    pub t: Types,
    /// Built-in exception types by name.
    pub exceptions: pvm_compiler::fxhash::FxHashMap<&'static str, ObjRef>,
    /// Locals, cells and value stacks of every frame.
    pub stack: Vec<Value>,
    /// The frames, innermost last.
    pub frames: Vec<Frame>,
    /// Keyword argument values while a call binds them (kept to reuse its
    /// buffer; empty between calls).
    pub(crate) kw_scratch: Vec<Value>,
    /// The builtins namespace.
    pub builtins: ObjRef,
    /// `sys.modules`.
    pub modules: ObjRef,
    /// The exception being handled (`sys.exception()`), None if none.
    pub handled: Value,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: usize,
    /// Nested native-to-Python calls (each also counts toward the limit).
    pub native_depth: usize,
    interned: pvm_compiler::fxhash::FxHashMap<Box<str>, ObjRef>,
    /// The interned one-character strs of ASCII, by code (filled on first use).
    pub(crate) ascii_chars: Vec<ObjRef>,
    static_names: pvm_compiler::fxhash::FxHashMap<(usize, usize), ObjRef>,
    /// `NotImplemented`.
    pub not_implemented: ObjRef,
    /// `Ellipsis`.
    pub ellipsis: ObjRef,
    /// `()`.
    pub empty_tuple: ObjRef,
    /// Buffered standard output.
    pub stdout: crate::io::Output,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Source text of files, for traceback lines.
    pub sources: HashMap<String, Option<String>>,
    /// Whether the REPL is running (PRINT_EXPR echoes).
    pub interactive: bool,
    /// `object.__init__` (calls skip it: it does nothing after `__new__`).
    pub object_init: Value,
    /// `object.__new__` (calls of plain classes make the instance directly).
    pub object_new: Value,
    /// The builtin `len` (calls of it on built-in containers skip the call).
    pub builtin_len: Value,
    /// The builtin `isinstance` (calls of it skip the argument vector).
    pub builtin_isinstance: Value,
    /// `list.append` (method calls of it push without the call).
    pub list_append: Value,
    /// `BaseException.__new__` and `__init__` (calls of exception classes
    /// that keep them make the exception directly).
    pub exception_new: Value,
    /// See `exception_new`.
    pub exception_init: Value,
    /// The import system's registry, cache options and counters.
    pub imports: crate::import::ImportState,
    /// The cycle collector's settings and statistics.
    pub gc: crate::gc::Collector,
    /// The weak reference types, made at start-up.
    pub weakref_types: Option<std::rc::Rc<crate::gc::module::WeakrefTypes>>,
    /// Functions registered with `atexit`, in registration order.
    pub exit_calls: Vec<crate::atexit::ExitCall>,
    /// What native modules do when the program ends, after the `atexit`
    /// functions (the io module flushes the files left open).
    pub exit_hooks: Vec<fn(&mut Vm)>,
    /// Called at every safe point that finds work (the language server
    /// requests one every 250 ms to send statistics during a run).
    pub safe_point_hook: Option<fn(&mut Vm)>,
    /// The instruction the innermost running loop is at (its frame's
    /// `lasti` is written from this when an error leaves the loop).
    pub cur_lasti: usize,
}

/// Bytes no single allocation may reach: more than this machine could
/// hold, where CPython's own allocation would fail with MemoryError.
pub const ALLOC_LIMIT_BYTES: usize = 1 << 35;

impl Vm {
    /// MemoryError when `count` items of `unit` bytes could not be
    /// allocated here (see [`ALLOC_LIMIT_BYTES`]): asked before building a
    /// result whose size is known, so an absurd size fails at once instead
    /// of exhausting the machine.
    pub fn check_alloc(&mut self, count: usize, unit: usize) -> PyResult<()> {
        match count.checked_mul(unit) {
            Some(total) if total < ALLOC_LIMIT_BYTES => Ok(()),
            _ => {
                let ty = self.exc_type("MemoryError");
                Err(crate::exceptions::new_exception(self, &ty, vec![]))
            }
        }
    }

    /// A VM with the built-in types, builtins and `sys`.
    pub fn new() -> Vm {
        let type_ = ObjRef::new_self_typed(Payload::Type(Box::new(bare_type_data(
            "type",
            Layout::Type,
        ))));
        let object = ObjRef::new(
            type_.clone(),
            Payload::Type(Box::new(bare_type_data("object", Layout::Object))),
        );
        *types::data(&object).mro.borrow_mut() = vec![object.clone()];
        *types::data(&type_).bases.borrow_mut() = vec![object.clone()];
        *types::data(&type_).mro.borrow_mut() = vec![type_.clone(), object.clone()];
        let t = Types::create(object.clone(), type_.clone());
        // bool derives from int.
        *types::data(&t.bool).bases.borrow_mut() = vec![t.int.clone()];
        *types::data(&t.bool).mro.borrow_mut() =
            vec![t.bool.clone(), t.int.clone(), object.clone()];
        let not_implemented = ObjRef::new(t.not_implemented.clone(), Payload::NotImplemented);
        let ellipsis = ObjRef::new(t.ellipsis.clone(), Payload::Ellipsis);
        let empty_tuple = ObjRef::new(
            t.tuple.clone(),
            Payload::Tuple(crate::payload::TupleItems::Heap(Box::new([]))),
        );
        let builtins_dict = ObjRef::new(
            t.dict.clone(),
            Payload::Dict(Box::new(RefCell::new(Dict::new()))),
        );
        let modules = ObjRef::new(
            t.dict.clone(),
            Payload::Dict(Box::new(RefCell::new(Dict::new()))),
        );
        let mut vm = Vm {
            object,
            type_,
            t,
            exceptions: Default::default(),
            stack: Vec::with_capacity(1 << 16),
            frames: Vec::with_capacity(256),
            kw_scratch: Vec::new(),
            builtins: builtins_dict,
            modules,
            handled: Value::None,
            recursion_limit: 1000,
            native_depth: 0,
            interned: Default::default(),
            ascii_chars: Vec::new(),
            static_names: Default::default(),
            not_implemented,
            ellipsis,
            empty_tuple,
            stdout: crate::io::Output::new(),
            argv: Vec::new(),
            sources: HashMap::new(),
            interactive: false,
            object_init: Value::Null,
            object_new: Value::Null,
            builtin_len: Value::Null,
            builtin_isinstance: Value::Null,
            list_append: Value::Null,
            exception_new: Value::Null,
            exception_init: Value::Null,
            imports: crate::import::ImportState {
                pyc: pvm_compiler::pyc::Options::from_env(),
                ..Default::default()
            },
            gc: Default::default(),
            weakref_types: None,
            exit_calls: Vec::new(),
            exit_hooks: Vec::new(),
            safe_point_hook: None,
            cur_lasti: 0,
        };
        crate::exceptions::create_hierarchy(&mut vm);
        crate::builtins::install(&mut vm);
        crate::gc::module::install(&mut vm);
        crate::atexit::install(&mut vm);
        vm
    }

    /// The interned str for a string literal, found by its address (no
    /// hashing of the text: special-method lookups do this constantly).
    #[inline]
    pub fn static_name(&mut self, s: &'static str) -> ObjRef {
        let key = (s.as_ptr() as usize, s.len());
        if let Some(o) = self.static_names.get(&key) {
            return o.clone();
        }
        let o = self.intern(s);
        self.static_names.insert(key, o.clone());
        o
    }

    /// The interned str object for `s`.
    pub fn intern(&mut self, s: &str) -> ObjRef {
        if let Some(o) = self.interned.get(s) {
            return o.clone();
        }
        let o = ObjRef::new(self.t.str.clone(), Payload::Str(PyStr::new(s)));
        self.interned.insert(s.into(), o.clone());
        o
    }

    /// A new str.
    pub fn new_str(&self, s: impl Into<String>) -> Value {
        // Handed over as parts, in registers: see `PyStr::new_object`.
        let text = std::mem::ManuallyDrop::new(s.into());
        let (ptr, len, cap) = (text.as_ptr().cast_mut(), text.len(), text.capacity());
        // SAFETY: the parts are a String's, whose ownership passes on.
        Value::Obj(unsafe { PyStr::new_object(self.t.str.clone(), ptr, len, cap) })
    }

    /// A new tuple.
    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Value::Obj(self.empty_tuple.clone());
        }
        Value::Obj(ObjRef::new(
            self.t.tuple.clone(),
            Payload::Tuple(crate::payload::TupleItems::from_vec(items)),
        ))
    }

    /// A new 2-tuple (one allocation: the items live in the object).
    pub fn new_pair(&self, a: Value, b: Value) -> Value {
        Value::Obj(ObjRef::new(
            self.t.tuple.clone(),
            Payload::Tuple(crate::payload::TupleItems::Two([a, b])),
        ))
    }

    /// A new list.
    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::Obj(ObjRef::new(
            self.t.list.clone(),
            Payload::List(RefCell::new(items)),
        ))
    }

    /// A new empty dict object.
    pub fn new_dict(&self) -> ObjRef {
        ObjRef::new(
            self.t.dict.clone(),
            Payload::Dict(Box::new(RefCell::new(Dict::new()))),
        )
    }

    /// A new bytes object.
    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        Value::Obj(ObjRef::new(
            self.t.bytes.clone(),
            Payload::Bytes(b.into_boxed_slice()),
        ))
    }

    /// A float value. NaNs are boxed: a NaN has identity in CPython
    /// (`x = nan; x in [x]` is True, `nan in [float("nan")]` is False),
    /// which immediate floats cannot have.
    #[inline]
    pub fn float(&self, f: f64) -> Value {
        if f.is_nan() {
            Value::Obj(ObjRef::new(self.t.float.clone(), Payload::Float(f)))
        } else {
            Value::Float(f)
        }
    }

    /// A new float, int or big int value from an i128.
    pub fn new_int_big(&self, b: num_bigint::BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::Obj(ObjRef::new(self.t.int.clone(), Payload::Int(b))),
        }
    }

    /// A native function object.
    pub fn new_native(
        &self,
        name: &'static str,
        func: NativeFn,
        kind: NativeKind,
        owner: Option<ObjRef>,
    ) -> ObjRef {
        ObjRef::new(
            self.t.builtin_function.clone(),
            Payload::Native(Box::new(NativeFunction {
                name,
                func,
                kind,
                receiver: Value::Null,
                owner,
            })),
        )
    }

    /// Adds native methods to a type's namespace.
    pub fn add_methods(&mut self, ty: &ObjRef, methods: &[(&'static str, NativeFn, NativeKind)]) {
        for &(name, func, kind) in methods {
            let f = self.new_native(name, func, kind, Some(ty.clone()));
            self.set_type_attr(ty, name, Value::Obj(f));
        }
    }

    /// Sets an attribute in a type's namespace directly.
    pub fn set_type_attr(&mut self, ty: &ObjRef, name: &str, v: Value) {
        let key = self.intern(name);
        let hash = crate::hashing::fast_hash(&Value::Obj(key.clone())).unwrap_or(0);
        let mut d = types::data(ty).dict.borrow_mut();
        let probe = d.probe(hash, &Value::Obj(key.clone()), &Default::default());
        match probe {
            crate::dict::Probe::Found(i) => {
                d.replace_value(i, v);
            }
            _ => d.insert_new(hash, Value::Obj(key), v),
        }
        types::invalidate(ty);
    }

    /// The type of a value.
    #[inline]
    pub fn type_of<'a>(&'a self, v: &'a Value) -> &'a ObjRef {
        match v {
            Value::Obj(o) => o.ty(),
            Value::Int(_) => &self.t.int,
            Value::Float(_) => &self.t.float,
            Value::Bool(_) => &self.t.bool,
            Value::None | Value::Null => &self.t.none,
        }
    }

    /// The name of a value's type as CPython's messages print it: the
    /// `__name__`, qualified by the module for the native classes of
    /// extension modules (whose `tp_name` is "module.name").
    pub fn type_name(&self, v: &Value) -> String {
        self.tp_name(self.type_of(v))
    }

    /// A type's name as CPython's messages print it (its `tp_name`): see
    /// [`Vm::type_name`].
    pub fn tp_name(&self, ty: &ObjRef) -> String {
        let td = types::data(ty);
        if td.has(types::IMMUTABLE) {
            let module = td.dict.borrow().items().into_iter().find_map(|(k, m)| {
                (k.as_str() == Some("__module__")).then(|| m.as_str().map(str::to_string))?
            });
            if let Some(m) = module {
                return format!("{m}.{}", td.name.borrow());
            }
        }
        types::name(ty)
    }

    /// `isinstance(v, ty)` by the MRO (no `__instancecheck__`).
    pub fn is_instance(&self, v: &Value, ty: &ObjRef) -> bool {
        types::is_subtype(self.type_of(v), ty)
    }

    /// A built-in exception type by name.
    pub fn exc_type(&self, name: &str) -> ObjRef {
        self.exceptions
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.exceptions["Exception"].clone())
    }

    /// Whether exception `e` is an instance of the built-in exception `name`.
    pub fn error_is(&self, e: &ObjRef, name: &str) -> bool {
        types::is_subtype(e.ty(), &self.exc_type(name))
    }

    /// A new exception instance of the built-in type `name` with one message arg.
    pub fn new_error(&mut self, name: &str, msg: impl Into<String>) -> ObjRef {
        let ty = self.exc_type(name);
        let msg = self.new_str(msg.into());
        crate::exceptions::new_exception(self, &ty, vec![msg])
    }

    /// A TypeError.
    pub fn type_error(&mut self, msg: impl Into<String>) -> ObjRef {
        self.new_error("TypeError", msg)
    }

    /// A ValueError.
    pub fn value_error(&mut self, msg: impl Into<String>) -> ObjRef {
        self.new_error("ValueError", msg)
    }

    /// An IndexError.
    pub fn index_error(&mut self, msg: impl Into<String>) -> ObjRef {
        self.new_error("IndexError", msg)
    }

    /// An AttributeError.
    pub fn attribute_error(&mut self, msg: impl Into<String>) -> ObjRef {
        self.new_error("AttributeError", msg)
    }

    /// An OverflowError.
    pub fn overflow_error(&mut self, msg: impl Into<String>) -> ObjRef {
        self.new_error("OverflowError", msg)
    }

    /// A ZeroDivisionError.
    pub fn zero_division(&mut self, msg: impl Into<String>) -> ObjRef {
        self.new_error("ZeroDivisionError", msg)
    }

    /// A NotImplementedError naming a feature PVM lacks.
    pub fn not_implemented_error(&mut self, feature: &str) -> ObjRef {
        self.new_error(
            "NotImplementedError",
            format!("PVM does not support {feature} yet"),
        )
    }

    /// A KeyError carrying the key.
    pub fn key_error(&mut self, key: Value) -> ObjRef {
        let ty = self.exc_type("KeyError");
        crate::exceptions::new_exception(self, &ty, vec![key])
    }

    /// Calls any callable with positional arguments.
    pub fn call(
        &mut self,
        callable: &Value,
        args: impl IntoIterator<Item = Value>,
    ) -> PyResult<Value> {
        if let Value::Obj(o) = callable {
            if let Payload::Function(_) = &o.payload {
                // Straight onto the value stack, where the frame's
                // parameters go (no argument vector in between).
                let base = self.stack.len();
                self.stack.extend(args);
                return self.call_function_at(o, base);
            }
        }
        self.call_args(callable, Args::new(args))
    }

    /// Looks a name up in the builtins namespace.
    pub fn builtin(&mut self, name: &str) -> Option<Value> {
        let key = self.intern(name);
        let hash = key_hash(&key);
        match &self.builtins.payload {
            Payload::Dict(d) => d.borrow().get_str(name, hash).cloned(),
            _ => None,
        }
    }
}

impl Default for Vm {
    fn default() -> Vm {
        Vm::new()
    }
}

/// The hash of an interned name.
#[inline]
pub fn key_hash(key: &ObjRef) -> i64 {
    match &key.payload {
        Payload::Str(s) => s.hash(),
        _ => 0,
    }
}

fn bare_type_data(name: &str, layout: Layout) -> TypeData {
    TypeData {
        name: RefCell::new(name.into()),
        qualname: RefCell::new(name.into()),
        bases: RefCell::new(Vec::new()),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(Dict::new()),
        layout,
        flags: Cell::new(types::BASETYPE),
        slots: None,
        cache: Default::default(),
        subclasses: Default::default(),
        version: Cell::new(0),
    }
}

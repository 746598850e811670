//! The built-in part of a heap object: one enum, so the interpreter
//! dispatches with `match` (DESIGN decision 4).

use crate::code::Code;
use crate::dict::Dict;
use crate::frame::SavedFrame;
use crate::iter::IterState;
use crate::object::ObjRef;
use crate::set::Set;
use crate::str::PyStr;
use crate::types::TypeData;
use crate::value::Value;
use num_bigint::BigInt;
use std::cell::RefCell;
use std::rc::Rc;

/// A native function: receives the VM and the call's arguments.
pub type NativeFn = fn(&mut crate::Vm, crate::args::Args) -> crate::PyResult<Value>;

/// The built-in payload of a heap object.
pub enum Payload {
    /// `object()` and instances of classes with no other built-in base.
    Object,
    /// An int outside `i64`, or an instance of an int subclass.
    Int(BigInt),
    /// An instance of a float subclass.
    Float(f64),
    /// A complex number.
    Complex(f64, f64),
    /// A str.
    Str(PyStr),
    /// A bytes object.
    Bytes(Box<[u8]>),
    /// A bytearray.
    ByteArray(RefCell<Vec<u8>>),
    /// A `memoryview` of a bytes or bytearray.
    MemoryView(Box<crate::builtins::memoryview::MemoryView>),
    /// A tuple.
    Tuple(TupleItems),
    /// A list.
    List(RefCell<Vec<Value>>),
    /// A dict (insertion ordered).
    Dict(Box<RefCell<Dict>>),
    /// A set or a frozenset (the type tells which).
    Set(Box<RefCell<Set>>),
    /// A range.
    Range(Box<RangeData>),
    /// A slice: start, stop, step.
    Slice(Box<[Value; 3]>),
    /// A type object.
    Type(Box<TypeData>),
    /// A Python function.
    Function(Box<Function>),
    /// A native function or method.
    Native(Box<NativeFunction>),
    /// A bound method: the function and the instance.
    BoundMethod(Box<(Value, Value)>),
    /// A closure cell.
    Cell(RefCell<Value>),
    /// A code object.
    Code(Rc<Code>),
    /// A module (its namespace is the object's dict).
    Module(Box<str>),
    /// A property: fget, fset, fdel, doc.
    Property(Box<[Value; 4]>),
    /// A classmethod wrapper.
    ClassMethod(Value),
    /// A staticmethod wrapper.
    StaticMethod(Value),
    /// A super object: the class it starts after, and the object or type.
    Super(Box<(ObjRef, Value)>),
    /// An exception instance.
    Exception(Box<RefCell<ExcData>>),
    /// A traceback entry.
    Traceback(Box<Traceback>),
    /// A generator, coroutine or async generator.
    Generator(Box<RefCell<Generator>>),
    /// A built-in iterator.
    Iter(Box<RefCell<IterState>>),
    /// A dict view over a dict: keys, values or items.
    DictView(ObjRef, ViewKind),
    /// `NotImplemented`.
    NotImplemented,
    /// `Ellipsis`.
    Ellipsis,
    /// A text stream of the VM (sys.stdout, sys.stderr, sys.stdin).
    Stream(StreamKind),
    /// The awaitable an async generator's `asend`/`athrow`/`__anext__` returns.
    AsyncGenStep(Box<RefCell<AsyncGenStep>>),
    /// A value an async generator yields, wrapped so `SEND` can tell it from an await.
    AsyncGenWrapped(Value),
    /// The state of an instance of a type defined outside pvm_vm (the
    /// native classes of pvm_stdlib, such as `random.Random`).
    Extension(Box<dyn Extension>),
    /// A weak reference or weak proxy (the type tells which).
    WeakRef(Box<WeakRefData>),
    /// An instance of a class with `__slots__`: one value per slot (Null
    /// when unset), at the indices its member descriptors carry.
    Slots(RefCell<Box<[Value]>>),
    /// A `__slots__` member descriptor: the slot's index in instances.
    Member(usize),
}

/// The items of a tuple. Up to two live in the object itself (no second
/// allocation for the pairs `enumerate`, `dict.items()` and `return a, b`
/// make); longer tuples keep theirs in a boxed slice.
pub enum TupleItems {
    /// One item.
    One(Value),
    /// Two items.
    Two([Value; 2]),
    /// Zero, or three or more items.
    Heap(Box<[Value]>),
}

impl TupleItems {
    /// Items taken from a vector (no allocation for one or two).
    pub fn from_vec(mut items: Vec<Value>) -> TupleItems {
        match items.len() {
            1 => TupleItems::One(items.pop().unwrap_or_default()),
            2 => {
                let b = items.pop().unwrap_or_default();
                let a = items.pop().unwrap_or_default();
                TupleItems::Two([a, b])
            }
            _ => TupleItems::Heap(items.into_boxed_slice()),
        }
    }
}

impl std::ops::Deref for TupleItems {
    type Target = [Value];
    #[inline]
    fn deref(&self) -> &[Value] {
        match self {
            TupleItems::One(v) => std::slice::from_ref(v),
            TupleItems::Two(pair) => pair,
            TupleItems::Heap(items) => items,
        }
    }
}

impl std::ops::DerefMut for TupleItems {
    #[inline]
    fn deref_mut(&mut self) -> &mut [Value] {
        match self {
            TupleItems::One(v) => std::slice::from_mut(v),
            TupleItems::Two(pair) => pair,
            TupleItems::Heap(items) => items,
        }
    }
}

/// The state of a weak reference.
pub struct WeakRefData {
    /// The referent while it is alive.
    pub referent: std::cell::Cell<Option<crate::object::Uncounted>>,
    /// Called with the weak reference when the referent dies (None if none).
    pub callback: RefCell<Value>,
    /// The referent's hash, kept once computed.
    pub hash: std::cell::Cell<Option<i64>>,
}

impl Payload {
    /// Whether the payload can refer to other objects, making the object
    /// a container the cycle collector tracks.
    #[inline]
    pub fn may_hold_references(&self) -> bool {
        !matches!(
            self,
            Payload::Object
                | Payload::Int(_)
                | Payload::Float(_)
                | Payload::Complex(..)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::MemoryView(_)
                | Payload::Range(_)
                | Payload::Code(_)
                | Payload::Member(_)
                | Payload::NotImplemented
                | Payload::Ellipsis
                | Payload::Stream(_)
        )
    }
}

/// Gives `&dyn Any` for any `'static` type, so `dyn Extension` can be downcast.
pub trait AsAny: std::any::Any {
    /// The value as `Any`.
    fn as_any(&self) -> &dyn std::any::Any;
}

impl<T: std::any::Any> AsAny for T {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The state an extension type keeps in its instances. State that changes
/// lives in a `RefCell` inside (objects are shared).
pub trait Extension: AsAny {
    /// Calls `visit` on every value the state holds (for the cycle collector).
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}

    /// For iterators: the next item (None when exhausted), which `next()`
    /// and `for` take directly from an instance of the native class.
    /// None (the default) when the object is not an iterator.
    fn next_item(
        &self,
        _vm: &mut crate::Vm,
        _this: &Value,
    ) -> Option<crate::PyResult<Option<Value>>> {
        None
    }
}

impl dyn Extension {
    /// The state as a `T`, if it is one.
    pub fn downcast<T: 'static>(&self) -> Option<&T> {
        self.as_any().downcast_ref::<T>()
    }
}

/// `range(start, stop, step)`.
#[derive(Clone, Copy, Debug)]
pub struct RangeData {
    /// First value.
    pub start: i128,
    /// Bound.
    pub stop: i128,
    /// Step (never 0).
    pub step: i128,
}

impl RangeData {
    /// The number of values.
    pub fn len(&self) -> i128 {
        let (lo, hi, step) = if self.step > 0 {
            (self.start, self.stop, self.step)
        } else {
            (self.stop, self.start, -self.step)
        };
        if lo >= hi {
            0
        } else {
            (hi - lo - 1) / step + 1
        }
    }

    /// Whether every value (and the length) fits in an i64, so the fast
    /// iterator and native indexing apply.
    pub fn is_small(&self) -> bool {
        let len = self.len();
        let fits = |v: i128| i64::try_from(v).is_ok();
        fits(len) && fits(self.start) && fits(self.step) && (len == 0 || fits(self.at(len - 1)))
    }

    /// Whether the range is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The value at index `i` (0 <= i < len).
    pub fn at(&self, i: i128) -> i128 {
        self.start + i * self.step
    }
}

/// Which part of a dict a view shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    /// `dict.keys()`.
    Keys,
    /// `dict.values()`.
    Values,
    /// `dict.items()`.
    Items,
}

/// A standard stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StreamKind {
    /// sys.stdout.
    Stdout,
    /// sys.stderr.
    Stderr,
    /// sys.stdin.
    Stdin,
}

/// A Python function object.
pub struct Function {
    /// The code.
    pub code: Rc<Code>,
    /// The module namespace it runs in.
    pub globals: ObjRef,
    /// `__name__`.
    pub name: RefCell<Value>,
    /// `__qualname__`.
    pub qualname: RefCell<Value>,
    /// `__defaults__` (a tuple or None).
    pub defaults: RefCell<Value>,
    /// `__kwdefaults__` (a dict or None).
    pub kwdefaults: RefCell<Value>,
    /// `__closure__`: the cells of the free variables.
    pub closure: Option<Box<[ObjRef]>>,
    /// `__annotations__` (a dict or None until asked for).
    pub annotations: RefCell<Value>,
    /// `__doc__`.
    pub doc: RefCell<Value>,
    /// `__module__`.
    pub module: RefCell<Value>,
    /// `__code__` (the code object the function was made from).
    pub code_obj: ObjRef,
    /// The counts of positional arguments a call may pass that bind with
    /// no binder (see [`Function::positional_range`]), kept with
    /// `defaults` so a call checks two numbers instead of the tuple.
    pub positional: std::cell::Cell<(usize, usize)>,
}

impl Function {
    /// The lowest and highest count of positional arguments that bind to
    /// `code`'s parameters in place, given `defaults`: defaults fill the
    /// missing trailing ones. Empty (low above high) when the code takes
    /// `*args`, `**kwargs` or keyword-only parameters.
    pub fn positional_range(code: &Code, defaults: &Value) -> (usize, usize) {
        if code.total_args != code.argcount {
            return (1, 0);
        }
        let ndefaults = match defaults.payload() {
            Some(Payload::Tuple(d)) => d.len(),
            _ => 0,
        };
        (code.argcount.saturating_sub(ndefaults), code.argcount)
    }
}

/// How a native function binds when found on a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NativeKind {
    /// A plain function (builtins like `len`).
    Function,
    /// A method: binds the instance as the first argument.
    Method,
    /// A class method: binds the type.
    ClassMethod,
    /// A static method: never binds.
    StaticMethod,
}

/// A native function or method, possibly bound to a receiver.
pub struct NativeFunction {
    /// `__name__`.
    pub name: &'static str,
    /// The implementation.
    pub func: NativeFn,
    /// How it binds.
    pub kind: NativeKind,
    /// The bound receiver (Null when unbound); passed as the first argument.
    pub receiver: Value,
    /// The type that defines it (for reprs and `__qualname__`).
    pub owner: Option<ObjRef>,
}

/// The state of an exception instance.
#[derive(Default)]
pub struct ExcData {
    /// `args` (a tuple).
    pub args: Value,
    /// `__traceback__`.
    pub traceback: Value,
    /// `__cause__`.
    pub cause: Value,
    /// `__context__`.
    pub context: Value,
    /// `__suppress_context__`.
    pub suppress_context: bool,
}

/// One traceback entry (`tb_next` goes towards the frame that raised).
pub struct Traceback {
    /// `tb_next`.
    pub next: Option<ObjRef>,
    /// The frame's code.
    pub code: Rc<Code>,
    /// The instruction index that was running.
    pub lasti: usize,
    /// The locals and cells of the frame, once it has been unwound: the
    /// traceback keeps them alive, as CPython's `tb_frame` does.
    pub frame_values: RefCell<Vec<Value>>,
    /// The frame's globals (`tb_frame.f_globals`).
    pub globals: ObjRef,
    /// The frame's locals mapping for module and class bodies (Null for
    /// functions, whose locals are `frame_values`).
    pub locals: Value,
    /// Where the frame's values started on the VM's stack (to recognise
    /// the frame while it still runs).
    pub base: usize,
}

/// What kind of generator-like object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    /// A generator.
    Generator,
    /// A coroutine (`async def`).
    Coroutine,
    /// An async generator.
    AsyncGenerator,
}

/// The state of a generator, coroutine or async generator.
pub struct Generator {
    /// Which kind.
    pub kind: GenKind,
    /// The suspended frame; None once finished.
    pub frame: SavedFrame,
    /// Whether it is executing now.
    pub running: bool,
    /// Whether it has started (reached its first yield).
    pub started: bool,
    /// `__name__`.
    pub name: Value,
    /// `__qualname__`.
    pub qualname: Value,
    /// The code (kept after the frame is gone).
    pub code: Rc<Code>,
    /// The exception being handled inside it when it suspended.
    pub exc_state: Value,
    /// Async generators: whether `athrow`/`aclose` is running.
    pub closing: bool,
}

/// The state of an async generator `asend`/`athrow` awaitable.
pub struct AsyncGenStep {
    /// The async generator.
    pub gen: ObjRef,
    /// The value to send first, or the exception to throw first.
    pub first: Value,
    /// Whether `first` is an exception to throw.
    pub throw: bool,
    /// Whether this is `aclose()`.
    pub close: bool,
    /// Whether it was started.
    pub started: bool,
    /// Whether it finished.
    pub done: bool,
}

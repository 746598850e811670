//! Frames: the activation records of Python code, kept on the VM's own
//! stack (DESIGN decision 6). A frame's locals, cells and value stack are
//! a window of `Vm::stack` starting at `base`.

use crate::code::Code;
use crate::object::ObjRef;
use crate::value::Value;
use std::rc::Rc;

/// One activation of a code object.
pub struct Frame {
    /// The code being run.
    pub code: Rc<Code>,
    /// The next instruction.
    pub ip: usize,
    /// The instruction running now (for tracebacks and handlers).
    pub lasti: usize,
    /// Where the locals start in `Vm::stack`.
    pub base: usize,
    /// Where `Vm::stack` is cut back to when the frame returns.
    pub floor: usize,
    /// The module namespace.
    pub globals: ObjRef,
    /// The builtins namespace.
    pub builtins: ObjRef,
    /// The locals mapping of module and class bodies (Null for functions).
    pub locals: Value,
    /// The function being run (for its closure), if any.
    pub func: Option<ObjRef>,
    /// Keyword names set by `KW_NAMES` for the next `CALL`.
    pub kwnames: Option<ObjRef>,
    /// Whether returning from this frame returns from `Vm::run_frames`.
    pub entry: bool,
    /// Whether this is the `__init__` of a class call run in the caller's
    /// loop: returning gives the new instance (kept at `floor`), and the
    /// return value must be None.
    pub init: bool,
    /// The generator this frame belongs to, if any.
    pub generator: Option<ObjRef>,
}

/// A suspended generator frame with its window of the stack.
pub struct SavedFrame {
    /// The frame (its `base` and `floor` are re-set on resume).
    pub frame: Frame,
    /// Locals, cells and value stack.
    pub values: Vec<Value>,
}

/// Pops the innermost frame, reading it word by word: the interpreter has
/// just stored its `ip` and `lasti` as single words, and a wide copy
/// reading them back would stall store-to-load forwarding (this is on
/// every return and every `yield`).
pub fn pop_frame(frames: &mut Vec<Frame>) -> Option<Frame> {
    const WORDS: usize = std::mem::size_of::<Frame>() / 8;
    const _: () = assert!(std::mem::size_of::<Frame>() & 7 == 0);
    let n = frames.len().checked_sub(1)?;
    let mut out = std::mem::MaybeUninit::<Frame>::uninit();
    // SAFETY: frames[n] is initialised and is moved out exactly once (the
    // length is cut first); the copy covers the whole value, word by word
    // (words may hold padding, so they travel as MaybeUninit).
    unsafe {
        frames.set_len(n);
        let src = frames.as_ptr().add(n) as *const std::mem::MaybeUninit<u64>;
        let dst = out.as_mut_ptr() as *mut std::mem::MaybeUninit<u64>;
        for i in 0..WORDS {
            std::ptr::write(dst.add(i), std::ptr::read_volatile(src.add(i)));
        }
        Some(out.assume_init())
    }
}

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

/// A generator's suspended frame and its window of the stack, stored in
/// place: suspending moves the running frame here word by word and
/// resuming moves it back the same way, with no temporary in between (a
/// frame whose fields were just written one word at a time, then copied
/// with wide loads, stalls store-to-load forwarding; generators suspend
/// and resume on every value).
pub struct SavedFrame {
    frame: std::mem::MaybeUninit<Frame>,
    present: bool,
    /// Locals, cells and value stack while suspended; while the frame runs,
    /// an empty buffer kept for the next suspension.
    pub values: Vec<Value>,
}

impl SavedFrame {
    /// No frame (a finished generator).
    pub fn empty() -> SavedFrame {
        SavedFrame {
            frame: std::mem::MaybeUninit::uninit(),
            present: false,
            values: Vec::new(),
        }
    }

    /// A frame with its values (a new generator).
    pub fn holding(frame: Frame, values: Vec<Value>) -> SavedFrame {
        SavedFrame {
            frame: std::mem::MaybeUninit::new(frame),
            present: true,
            values,
        }
    }

    /// Whether a frame is saved.
    pub fn is_some(&self) -> bool {
        self.present
    }

    /// Whether no frame is saved.
    pub fn is_none(&self) -> bool {
        !self.present
    }

    /// The saved frame.
    pub fn as_ref(&self) -> Option<&Frame> {
        // SAFETY: `present` says the frame is initialised.
        self.present
            .then(|| unsafe { self.frame.assume_init_ref() })
    }

    /// The saved frame, to change.
    pub fn as_mut(&mut self) -> Option<&mut Frame> {
        // SAFETY: `present` says the frame is initialised.
        self.present
            .then(|| unsafe { self.frame.assume_init_mut() })
    }

    /// Drops the frame and its values (the generator finished).
    pub fn clear(&mut self) {
        *self = SavedFrame::empty();
    }

    /// Moves the top frame of `frames` here (a frame already saved is
    /// dropped first).
    pub fn save_top(&mut self, frames: &mut Vec<Frame>) {
        if self.present {
            self.present = false;
            // SAFETY: the frame was initialised; it is dropped once.
            unsafe { self.frame.assume_init_drop() };
        }
        let Some(n) = frames.len().checked_sub(1) else {
            return;
        };
        // SAFETY: frames[n] is initialised and moved out exactly once (the
        // length is cut first) into storage that holds no frame.
        unsafe {
            frames.set_len(n);
            copy_frame_words(frames.as_ptr().add(n), self.frame.as_mut_ptr());
        }
        self.present = true;
    }

    /// Moves the saved frame onto `frames`; false when there is none.
    pub fn restore_onto(&mut self, frames: &mut Vec<Frame>) -> bool {
        if !self.present {
            return false;
        }
        frames.reserve(1);
        self.present = false;
        // SAFETY: the frame is initialised and moved out exactly once
        // (`present` is cleared first) into the vector's spare room.
        unsafe {
            let n = frames.len();
            copy_frame_words(self.frame.as_ptr(), frames.as_mut_ptr().add(n));
            frames.set_len(n + 1);
        }
        true
    }
}

impl Drop for SavedFrame {
    fn drop(&mut self) {
        if self.present {
            // SAFETY: `present` says the frame is initialised.
            unsafe { self.frame.assume_init_drop() };
        }
    }
}

/// Copies a frame word by word (see [`pop_frame`]); words may hold padding,
/// so they travel as MaybeUninit.
///
/// # Safety
/// `src` must point to an initialised frame that is not used afterwards,
/// and `dst` to storage for one frame that holds no live value.
#[inline(always)]
unsafe fn copy_frame_words(src: *const Frame, dst: *mut Frame) {
    const _: () = assert!(std::mem::size_of::<Frame>() == 13 * 8);
    let src = src as *const std::mem::MaybeUninit<u64>;
    let dst = dst as *mut std::mem::MaybeUninit<u64>;
    // Unrolled by hand: the compiler keeps a loop of volatile loads a loop.
    macro_rules! copy_words {
        ($($i:literal)*) => {$(
            // SAFETY: both ranges are one frame long (the caller's promise).
            unsafe { std::ptr::write(dst.add($i), std::ptr::read_volatile(src.add($i))) };
        )*};
    }
    copy_words!(0 1 2 3 4 5 6 7 8 9 10 11 12);
}

/// The code `frame` runs, borrowed without a count (an increment and a
/// decrement on every call, return and generator step): the interpreter
/// loops hold it while the frame runs.
///
/// # Safety
/// The frame owns an `Rc` of the code; the reference must be dropped or
/// replaced before that frame goes.
#[inline(always)]
pub(crate) unsafe fn code_uncounted<'a>(frame: &Frame) -> &'a Code {
    // SAFETY: the caller's promise keeps the code alive.
    unsafe { &*Rc::as_ptr(&frame.code) }
}

/// Drops the innermost frame where it lies, field by field and inline (the
/// compiler's drop glue for a whole frame stayed out of line; this is on
/// every return).
#[inline(always)]
pub fn drop_top_frame(frames: &mut Vec<Frame>) {
    let Some(n) = frames.len().checked_sub(1) else {
        return;
    };
    // SAFETY: frames[n] is initialised; the length is cut first, then each
    // field is dropped exactly once.
    unsafe {
        frames.set_len(n);
        let f = frames.as_mut_ptr().add(n);
        let Frame {
            code,
            ip: _,
            lasti: _,
            base: _,
            floor: _,
            globals,
            builtins,
            locals,
            func,
            kwnames,
            entry: _,
            init: _,
            generator,
        } = &mut *f;
        std::ptr::drop_in_place(code);
        std::ptr::drop_in_place(globals);
        std::ptr::drop_in_place(builtins);
        std::ptr::drop_in_place(locals);
        std::ptr::drop_in_place(func);
        std::ptr::drop_in_place(kwnames);
        std::ptr::drop_in_place(generator);
    }
}

/// Pops the innermost frame, reading it word by word: the interpreter has
/// just stored its `ip` and `lasti` as single words, and a wide copy
/// reading them back would stall store-to-load forwarding (this is on
/// every return and every `yield`).
pub fn pop_frame(frames: &mut Vec<Frame>) -> Option<Frame> {
    let n = frames.len().checked_sub(1)?;
    let mut out = std::mem::MaybeUninit::<Frame>::uninit();
    // SAFETY: frames[n] is initialised and is moved out exactly once (the
    // length is cut first) into storage for one frame.
    unsafe {
        frames.set_len(n);
        copy_frame_words(frames.as_ptr().add(n), out.as_mut_ptr());
        Some(out.assume_init())
    }
}

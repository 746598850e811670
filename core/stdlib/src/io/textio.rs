//! `io.TextIOWrapper`: text over a binary buffer, as CPython's textio.c
//! does it. Reading decodes chunks of `_CHUNK_SIZE` bytes (through the
//! universal-newlines decoder when `newline` is None or ""); writing
//! translates "\n", encodes, and keeps the bytes until a chunk is full,
//! a flush, or a line ending with line buffering. `tell()` returns
//! CPython's cookies (the position of a point where the decoder holds no
//! bytes, plus its flags, the bytes to feed and the characters to skip),
//! found by replaying the decoder over the last chunk, and `seek()`
//! restores them.

use super::buffered;
use super::text::{locale_encoding, newline_arg, Codec, DecodeState, Newline, NewlineDecoder};
use super::{closed_error, method, new_class, opt_size, this_value, unsupported};
use crate::native::{self, receiver};
use num_bigint::BigInt;
use pvm_vm::args::Args;
use pvm_vm::builtins::cargs;
use pvm_vm::payload::{Extension, NativeKind};
use pvm_vm::{types, ObjRef, PyResult, Value, Vm};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The class name in descriptor errors.
const CLASS: &str = "_io.TextIOWrapper";

/// The decoder of a readable stream: the codec's incremental state and,
/// for universal newlines, the newline decoder on top.
#[derive(Clone, Debug)]
struct Decoder {
    codec: DecodeState,
    newlines: Option<NewlineDecoder>,
}

impl Decoder {
    /// Decodes the next bytes (`last`: the end of the stream).
    fn decode(&mut self, vm: &mut Vm, codec: &Codec, input: &[u8], last: bool) -> PyResult<String> {
        let text = codec.decode(vm, &mut self.codec, input, last)?;
        Ok(match &mut self.newlines {
            Some(nl) => nl.decode(text, last),
            None => text,
        })
    }

    /// CPython's `getstate()` flags: the held-back "\r".
    fn flags(&self) -> u64 {
        u64::from(self.newlines.as_ref().is_some_and(|n| n.pendingcr))
    }

    /// `setstate((b'', flags))`: nothing held, the given flags.
    fn set_flags(&mut self, flags: u64) {
        self.codec.pending.clear();
        if let Some(n) = &mut self.newlines {
            n.pendingcr = flags & 1 != 0;
        }
    }

    /// `reset()`: back to the start of a stream, the endings seen
    /// forgotten (as CPython's decoder does on every write and seek).
    fn reset(&mut self) {
        self.codec = DecodeState::default();
        if let Some(n) = &mut self.newlines {
            n.pendingcr = false;
            n.seen = 0;
        }
    }
}

/// What `tell()` needs of the last chunk read: the decoder's flags
/// before it and the bytes it was fed (held bytes plus the chunk).
#[derive(Clone, Debug)]
struct Snapshot {
    flags: u64,
    input: Vec<u8>,
    /// Whether the decoder had seen the start of the stream (a BOM), and
    /// the byte order it found.
    started: bool,
    big: Option<bool>,
}

/// The state of a TextIOWrapper.
pub(super) struct TextIo {
    /// The binary buffer; Null when detached or not initialised.
    buffer: RefCell<Value>,
    /// Whether `__init__` completed.
    ok: Cell<bool>,
    detached: Cell<bool>,
    codec: RefCell<Option<Rc<Codec>>>,
    newline: RefCell<Newline>,
    decoder: RefCell<Option<Decoder>>,
    writable: Cell<bool>,
    encoder_started: Cell<bool>,
    /// The decoded text of the last chunk, and how much of it (in bytes)
    /// was consumed.
    decoded: RefCell<String>,
    decoded_pos: Cell<usize>,
    snapshot: RefCell<Option<Snapshot>>,
    /// Bytes per character of the last chunk (for `tell()`'s search).
    b2c: Cell<f64>,
    seekable: Cell<bool>,
    telling: Cell<bool>,
    has_read1: Cell<bool>,
    line_buffering: Cell<bool>,
    write_through: Cell<bool>,
    chunk_size: Cell<usize>,
    /// Encoded text not yet passed to the buffer.
    pending: RefCell<Vec<u8>>,
}

impl Extension for TextIo {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.buffer.borrow());
    }

    fn next_item(&self, vm: &mut Vm, _this: &Value) -> Option<PyResult<Option<Value>>> {
        Some(self.next_line(vm))
    }
}

impl Drop for TextIo {
    fn drop(&mut self) {
        // A dying wrapper's text reaches a native buffer, which writes it
        // to its file when it dies in turn (CPython closes both).
        let pending = std::mem::take(self.pending.get_mut());
        if pending.is_empty() {
            return;
        }
        if let Some(b) = buffered::native_state(self.buffer.get_mut()) {
            b.push_pending(&pending);
        }
    }
}

/// Registers `TextIOWrapper` in `module`.
pub(super) fn init(vm: &mut Vm, module: &ObjRef, base: &ObjRef) {
    let methods: &native::Methods = &[
        ("__new__", new, NativeKind::StaticMethod),
        method("__init__", init_method),
        method("read", read),
        method("readline", readline),
        method("write", write),
        method("flush", flush),
        method("close", close),
        method("tell", tell),
        method("seek", seek),
        method("truncate", truncate),
        method("detach", detach),
        method("fileno", fileno),
        method("isatty", isatty),
        method("readable", readable),
        method("writable", writable),
        method("seekable", seekable),
        method("reconfigure", reconfigure),
        method("__next__", next),
        method("__repr__", repr),
    ];
    let ty = new_class(vm, module, "TextIOWrapper", Some(base), methods);
    // Like CPython's, instances have a __dict__ (open() sets `mode`).
    let td = types::data(&ty);
    td.flags.set(td.flags.get() | types::INSTANCE_DICT);
    native::add_getters(
        vm,
        &ty,
        &[
            ("name", name_get),
            ("closed", closed_get),
            ("encoding", encoding_get),
            ("errors", errors_get),
            ("newlines", newlines_get),
            ("line_buffering", line_buffering_get),
            ("write_through", write_through_get),
            ("buffer", buffer_get),
            ("_CHUNK_SIZE", chunk_size_get),
        ],
    );
}

/// `TextIOWrapper.__new__(cls, *args, **kwargs)`: not usable until
/// `__init__`.
fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "TextIOWrapper")?;
    let state = TextIo {
        buffer: RefCell::new(Value::Null),
        ok: Cell::new(false),
        detached: Cell::new(false),
        codec: RefCell::new(None),
        newline: RefCell::new(Newline::new(None)),
        decoder: RefCell::new(None),
        writable: Cell::new(false),
        encoder_started: Cell::new(false),
        decoded: RefCell::new(String::new()),
        decoded_pos: Cell::new(0),
        snapshot: RefCell::new(None),
        b2c: Cell::new(0.0),
        seekable: Cell::new(false),
        telling: Cell::new(false),
        has_read1: Cell::new(false),
        line_buffering: Cell::new(false),
        write_through: Cell::new(false),
        chunk_size: Cell::new(super::BUFFER_SIZE),
        pending: RefCell::new(Vec::new()),
    };
    Ok(vm.new_extension(&cls, state))
}

/// Encodes a cookie as CPython's C implementation lays it out: the start
/// position (64 bits), then the decoder flags, the bytes to feed and the
/// characters to skip (32 bits each), then the end flag.
fn pack_cookie(vm: &Vm, pos: i64, flags: u64, feed: usize, skip: usize, eof: bool) -> Value {
    if flags == 0 && feed == 0 && skip == 0 && !eof {
        return Value::Int(pos);
    }
    let mut c = BigInt::from(pos as u64);
    c |= BigInt::from(flags & 0xffff_ffff) << 64;
    c |= BigInt::from(feed as u64 & 0xffff_ffff) << 96;
    c |= BigInt::from(skip as u64 & 0xffff_ffff) << 128;
    c |= BigInt::from(u8::from(eof)) << 160;
    vm.new_int_big(c)
}

/// A cookie's fields: (position, flags, bytes to feed, chars to skip,
/// end flag).
fn unpack_cookie(c: &BigInt) -> (i64, u64, usize, usize, bool) {
    use num_traits::ToPrimitive;
    let field = |shift: u32, bits: u32| {
        let mask: BigInt = (BigInt::from(1) << bits) - 1;
        let part: BigInt = (c >> shift) & mask;
        part.to_u64().unwrap_or(0)
    };
    (
        field(0, 64) as i64,
        field(64, 32),
        field(96, 32) as usize,
        field(128, 32) as usize,
        field(160, 8) != 0,
    )
}

impl TextIo {
    /// The buffer, or CPython's errors for a detached or uninitialised
    /// wrapper.
    fn buffer(&self, vm: &mut Vm) -> PyResult<Value> {
        if self.detached.get() {
            return Err(vm.value_error("underlying buffer has been detached"));
        }
        if !self.ok.get() {
            return Err(vm.value_error("I/O operation on uninitialized object"));
        }
        Ok(self.buffer.borrow().clone())
    }

    /// Whether the buffer is closed.
    fn buffer_closed(&self, vm: &mut Vm, buffer: &Value) -> PyResult<bool> {
        if let Some(b) = buffered::native_state(buffer) {
            return b.is_closed(vm);
        }
        super::base::is_closed(vm, buffer)
    }

    /// The buffer of an open wrapper ("I/O operation on closed file.").
    fn open_buffer(&self, vm: &mut Vm) -> PyResult<Value> {
        let buffer = self.buffer(vm)?;
        if self.buffer_closed(vm, &buffer)? {
            return Err(closed_error(vm, true));
        }
        Ok(buffer)
    }

    /// The codec (set by `__init__`).
    fn codec(&self) -> Option<Rc<Codec>> {
        self.codec.borrow().clone()
    }

    /// Passes the pending text to an open buffer (at the program's end).
    pub fn flush_at_exit(&self, vm: &mut Vm) {
        let Ok(buffer) = self.buffer(vm) else {
            return;
        };
        if let Ok(false) = self.buffer_closed(vm, &buffer) {
            let _ = self.write_pending(vm, &buffer);
        }
    }

    /// Passes the pending encoded text to the buffer.
    fn write_pending(&self, vm: &mut Vm, buffer: &Value) -> PyResult<()> {
        let data = std::mem::take(&mut *self.pending.borrow_mut());
        if data.is_empty() {
            return Ok(());
        }
        if let Some(b) = buffered::native_state(buffer) {
            b.write(vm, &data)?;
            return Ok(());
        }
        let b = vm.new_bytes(data);
        vm.call_method(buffer, "write", vec![b])?;
        Ok(())
    }

    /// `buffer.flush()`.
    fn flush_buffer(&self, vm: &mut Vm, buffer: &Value) -> PyResult<()> {
        match buffered::native_state(buffer) {
            Some(b) => b.flush_method(vm),
            None => vm.call_method(buffer, "flush", vec![]).map(|_| ()),
        }
    }

    /// `self.flush()` through the method when a subclass may define it.
    fn flush_self(&self, vm: &mut Vm, this: &Value) -> PyResult<()> {
        if super::is_native(this) {
            let buffer = self.open_buffer(vm)?;
            self.telling.set(self.seekable.get());
            self.write_pending(vm, &buffer)?;
            self.flush_buffer(vm, &buffer)
        } else {
            vm.call_method(this, "flush", vec![]).map(|_| ())
        }
    }

    /// One chunk read from the buffer (`read1` when it has one).
    fn read_raw_chunk(&self, vm: &mut Vm, buffer: &Value, n: usize) -> PyResult<Vec<u8>> {
        let has_read1 = self.has_read1.get();
        if let Some(b) = buffered::native_state(buffer) {
            return if has_read1 {
                b.read1(vm, n as i64)
            } else {
                Ok(b.read(vm, n as i64)?.unwrap_or_default())
            };
        }
        let name = if has_read1 { "read1" } else { "read" };
        let got = vm.call_method(buffer, name, vec![Value::Int(n as i64)])?;
        match pvm_vm::ops::seq::bytes_of(&got) {
            Some(b) => Ok(b),
            None => {
                let tn = vm.type_name(&got);
                Err(vm.type_error(format!(
                    "underlying {name}() should have returned a bytes-like object, not '{tn}'"
                )))
            }
        }
    }

    /// Reads and decodes one chunk into the decoded characters; false at
    /// the end of the stream.
    fn read_chunk(&self, vm: &mut Vm, buffer: &Value, size_hint: usize) -> PyResult<bool> {
        let (Some(codec), Some(mut decoder)) = (self.codec(), self.decoder.borrow().clone()) else {
            return Err(unsupported(vm, "not readable"));
        };
        let before = self.telling.get().then(|| {
            let c = &decoder.codec;
            (c.pending.clone(), decoder.flags(), c.started, c.big)
        });
        let hint = if size_hint > 0 {
            (self.b2c.get().max(1.0) * size_hint as f64) as usize
        } else {
            0
        };
        let input = self.read_raw_chunk(vm, buffer, self.chunk_size.get().max(hint))?;
        let eof = input.is_empty();
        let text = decoder.decode(vm, &codec, &input, eof)?;
        *self.decoder.borrow_mut() = Some(decoder);
        let nchars = text.chars().count();
        self.b2c.set(if nchars == 0 {
            0.0
        } else {
            input.len() as f64 / nchars as f64
        });
        let got_chars = nchars > 0;
        *self.decoded.borrow_mut() = text;
        self.decoded_pos.set(0);
        if let Some((mut held, flags, started, big)) = before {
            held.extend_from_slice(&input);
            *self.snapshot.borrow_mut() = Some(Snapshot {
                flags,
                input: held,
                started,
                big,
            });
        }
        Ok(!eof || got_chars)
    }

    /// Takes up to `n` decoded characters (all when None).
    fn take_decoded(&self, n: Option<usize>) -> String {
        let decoded = self.decoded.borrow();
        let pos = self.decoded_pos.get().min(decoded.len());
        let rest = &decoded[pos..];
        let end = match n {
            Some(n) => char_end(rest, n),
            None => rest.len(),
        };
        self.decoded_pos.set(pos + end);
        rest[..end].to_string()
    }

    /// Forgets the decoded characters and the snapshot.
    fn clear_decoded(&self) {
        self.decoded.borrow_mut().clear();
        self.decoded_pos.set(0);
        *self.snapshot.borrow_mut() = None;
    }

    /// `read(n)`: all when n is negative.
    fn read(&self, vm: &mut Vm, n: i64) -> PyResult<String> {
        let buffer = self.open_buffer(vm)?;
        if self.decoder.borrow().is_none() {
            return Err(unsupported(vm, "not readable"));
        }
        self.write_pending(vm, &buffer)?;
        if n < 0 {
            let bytes = match buffered::native_state(&buffer) {
                Some(b) => b.read(vm, -1)?.unwrap_or_default(),
                None => {
                    let got = vm.call_method(&buffer, "read", vec![])?;
                    super::bytes_arg(vm, &got)?
                }
            };
            let (Some(codec), Some(mut decoder)) = (self.codec(), self.decoder.borrow().clone())
            else {
                return Err(unsupported(vm, "not readable"));
            };
            let rest = decoder.decode(vm, &codec, &bytes, true)?;
            *self.decoder.borrow_mut() = Some(decoder);
            let mut out = self.take_decoded(None);
            out.push_str(&rest);
            self.clear_decoded();
            return Ok(out);
        }
        let n = n as usize;
        let mut out = self.take_decoded(Some(n));
        let mut got = out.chars().count();
        while got < n {
            if !self.read_chunk(vm, &buffer, n - got)? {
                break;
            }
            let more = self.take_decoded(Some(n - got));
            got += more.chars().count();
            out.push_str(&more);
        }
        Ok(out)
    }

    /// `readline(limit)`: the next line (up to `limit` characters when
    /// not negative).
    fn read_line(&self, vm: &mut Vm, limit: i64) -> PyResult<String> {
        let buffer = self.open_buffer(vm)?;
        self.write_pending(vm, &buffer)?;
        let newline = self.newline.borrow().clone();
        let mut limit = if limit < 0 {
            usize::MAX
        } else {
            limit as usize
        };
        let mut line = String::new();
        // The end of the last chunk when it may start a line ending ("\r"
        // of "\r\n"): searched again with the next chunk, as CPython's
        // `remaining`, without becoming part of that chunk's text.
        let mut held = String::new();
        loop {
            if self.decoded_pos.get() >= self.decoded.borrow().len()
                && !self.read_more(vm, &buffer)?
            {
                self.clear_decoded();
                line.push_str(&held);
                return Ok(line);
            }
            let decoded = self.decoded.borrow();
            let pos = self.decoded_pos.get();
            let joined;
            let text: &str = if held.is_empty() {
                &decoded[pos..]
            } else {
                joined = format!("{held}{}", &decoded[pos..]);
                &joined
            };
            let offset = held.len();
            let (end, complete) = match newline.find_line_end(text.as_bytes()) {
                Ok(end) => (end, true),
                Err(consumed) => {
                    // The search counted bytes: keep whole characters.
                    let mut c = consumed;
                    while !text.is_char_boundary(c) {
                        c -= 1;
                    }
                    (c, false)
                }
            };
            // The limit counts characters.
            let cut = char_end(text, limit);
            let stop = if limit != usize::MAX && cut <= end && (complete || cut < text.len()) {
                Some(cut)
            } else if complete {
                Some(end)
            } else {
                None
            };
            if let Some(stop) = stop {
                line.push_str(&text[..stop]);
                if stop >= offset {
                    self.decoded_pos.set(pos + stop - offset);
                } else {
                    // The limit fell inside the held text: it stays unread.
                    let rest = format!("{}{}", &text[stop..offset], &decoded[pos..]);
                    drop(decoded);
                    *self.decoded.borrow_mut() = rest;
                    self.decoded_pos.set(0);
                }
                return Ok(line);
            }
            line.push_str(&text[..end]);
            if limit != usize::MAX {
                limit -= text[..end].chars().count();
            }
            let rest = text[end..].to_string();
            drop(decoded);
            held = rest;
            self.decoded.borrow_mut().clear();
            self.decoded_pos.set(0);
        }
    }

    /// Reads chunks until some characters are decoded; false at the end.
    fn read_more(&self, vm: &mut Vm, buffer: &Value) -> PyResult<bool> {
        loop {
            if !self.read_chunk(vm, buffer, 0)? {
                return Ok(false);
            }
            if self.decoded_pos.get() < self.decoded.borrow().len() {
                return Ok(true);
            }
        }
    }

    /// The next line for iteration (None at the end); `tell()` is
    /// disabled meanwhile, as in CPython.
    fn next_line(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        self.telling.set(false);
        let line = self.read_line(vm, -1);
        match line {
            Ok(l) if !l.is_empty() => Ok(Some(vm.new_str(l))),
            other => {
                *self.snapshot.borrow_mut() = None;
                self.telling.set(self.seekable.get());
                other.map(|_| None)
            }
        }
    }

    /// `write(text)`: the characters written.
    fn write(&self, vm: &mut Vm, text: &str) -> PyResult<usize> {
        let buffer = self.open_buffer(vm)?;
        let Some(codec) = self.codec().filter(|_| self.writable.get()) else {
            return Err(unsupported(vm, "not writable"));
        };
        let n = text.chars().count();
        let has_nl = text.contains('\n');
        let needflush = self.line_buffering.get() && (has_nl || text.contains('\r'));
        let translated;
        let text = match self.newline.borrow().writenl {
            Some(nl) if has_nl => {
                translated = text.replace('\n', nl);
                translated.as_str()
            }
            _ => text,
        };
        let bytes = codec.encode(vm, text, self.encoder_started.get())?;
        self.encoder_started.set(true);
        let full = {
            let mut p = self.pending.borrow_mut();
            p.extend_from_slice(&bytes);
            p.len() >= self.chunk_size.get()
        };
        if full || needflush || self.write_through.get() {
            self.write_pending(vm, &buffer)?;
        }
        self.clear_decoded();
        if let Some(d) = self.decoder.borrow_mut().as_mut() {
            d.reset();
        }
        if needflush {
            self.flush_buffer(vm, &buffer)?;
        }
        Ok(n)
    }

    /// `tell()`: the cookie of the current position.
    fn tell(&self, vm: &mut Vm, this: &Value) -> PyResult<Value> {
        let buffer = self.open_buffer(vm)?;
        if !self.seekable.get() {
            return Err(unsupported(vm, "underlying stream is not seekable"));
        }
        if !self.telling.get() {
            return Err(vm.new_error("OSError", "telling position disabled by next() call"));
        }
        self.write_pending(vm, &buffer)?;
        self.flush_self(vm, this)?;
        let position = match buffered::native_state(&buffer) {
            Some(b) => b.tell(vm)?,
            None => {
                let p = vm.call_method(&buffer, "tell", vec![])?;
                vm.index(&p)?
            }
        };
        let snapshot = self.snapshot.borrow().clone();
        let (Some(codec), Some(decoder), Some(snap)) =
            (self.codec(), self.decoder.borrow().clone(), snapshot)
        else {
            return Ok(Value::Int(position));
        };
        let position = position - snap.input.len() as i64;
        let chars_to_skip = {
            let decoded = self.decoded.borrow();
            decoded[..self.decoded_pos.get().min(decoded.len())]
                .chars()
                .count()
        };
        if chars_to_skip == 0 {
            return Ok(pack_cookie(vm, position, snap.flags, 0, 0, false));
        }
        let mut replayed = decoder;
        let found = self.replay(vm, &codec, &mut replayed, &snap, position, chars_to_skip);
        let seen = replayed.newlines.as_ref().map_or(0, |n| n.seen);
        if let Some(n) = self
            .decoder
            .borrow_mut()
            .as_mut()
            .and_then(|d| d.newlines.as_mut())
        {
            n.seen = seen;
        }
        let (pos, flags, feed, skip, eof) = found?;
        Ok(pack_cookie(vm, pos, flags, feed, skip, eof))
    }

    /// Finds the last point before `chars_to_skip` characters of the
    /// snapshot where the decoder holds no bytes: CPython's search (a
    /// guess from the bytes-per-character ratio, then byte by byte).
    fn replay(
        &self,
        vm: &mut Vm,
        codec: &Codec,
        decoder: &mut Decoder,
        snap: &Snapshot,
        position: i64,
        mut chars_to_skip: usize,
    ) -> PyResult<(i64, u64, usize, usize, bool)> {
        let input = &snap.input;
        let mut flags = snap.flags;
        let mut skip_bytes = ((self.b2c.get() * chars_to_skip as f64) as usize).min(input.len());
        let mut skip_back = 1usize;
        // The decoder as it was before the chunk (only the flags change
        // at the safe points found on the way).
        // CPython replays on the stream's own decoder, resetting it when the
        // chunk starts the stream: the endings it sees stay seen.
        let fresh = |d: &mut Decoder, flags: u64| {
            if position == 0 && flags == 0 {
                d.reset();
            }
            d.set_flags(flags);
            d.codec.started = snap.started;
            d.codec.big = snap.big;
        };
        while skip_bytes > 0 {
            fresh(decoder, flags);
            let n = decoder
                .decode(vm, codec, &input[..skip_bytes], false)?
                .chars()
                .count();
            if n <= chars_to_skip {
                if decoder.codec.pending.is_empty() {
                    flags = decoder.flags();
                    chars_to_skip -= n;
                    break;
                }
                skip_bytes -= decoder.codec.pending.len().min(skip_bytes);
                skip_back = 1;
            } else {
                skip_bytes = skip_bytes.saturating_sub(skip_back);
                skip_back *= 2;
            }
        }
        if skip_bytes == 0 {
            fresh(decoder, flags);
        }
        let mut start_pos = position + skip_bytes as i64;
        let mut start_flags = flags;
        if chars_to_skip == 0 {
            return Ok((start_pos, start_flags, 0, 0, false));
        }
        let mut fed = 0usize;
        let mut decoded = 0usize;
        for i in skip_bytes..input.len() {
            fed += 1;
            decoded += decoder
                .decode(vm, codec, &input[i..=i], false)?
                .chars()
                .count();
            if decoder.codec.pending.is_empty() && decoded <= chars_to_skip {
                start_pos += fed as i64;
                chars_to_skip -= decoded;
                start_flags = decoder.flags();
                fed = 0;
                decoded = 0;
            }
            if decoded >= chars_to_skip {
                return Ok((start_pos, start_flags, fed, chars_to_skip, false));
            }
        }
        decoded += decoder.decode(vm, codec, &[], true)?.chars().count();
        if decoded < chars_to_skip {
            return Err(vm.new_error("OSError", "can't reconstruct logical file position"));
        }
        Ok((start_pos, start_flags, fed, chars_to_skip, true))
    }

    /// `seek(cookie, whence)`.
    fn seek(&self, vm: &mut Vm, this: &Value, cookie: Value, whence: i64) -> PyResult<Value> {
        let buffer = self.open_buffer(vm)?;
        if !self.seekable.get() {
            return Err(unsupported(vm, "underlying stream is not seekable"));
        }
        let is_zero = |vm: &mut Vm, c: &Value| vm.eq(c, &Value::Int(0));
        let cookie = match whence {
            0 => cookie,
            1 => {
                if !is_zero(vm, &cookie)? {
                    return Err(unsupported(vm, "can't do nonzero cur-relative seeks"));
                }
                self.tell(vm, this)?
            }
            2 => {
                if !is_zero(vm, &cookie)? {
                    return Err(unsupported(vm, "can't do nonzero end-relative seeks"));
                }
                self.flush_self(vm, this)?;
                self.clear_decoded();
                if let Some(d) = self.decoder.borrow_mut().as_mut() {
                    d.reset();
                }
                let end = self.buffer_seek(vm, &buffer, 0, 2)?;
                self.encoder_started.set(end != 0);
                return Ok(Value::Int(end));
            }
            _ => {
                return Err(
                    vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))
                )
            }
        };
        if vm.lt(&cookie, &Value::Int(0))? {
            let r = vm.repr(&cookie)?;
            return Err(vm.value_error(format!("negative seek position {r}")));
        }
        self.flush_self(vm, this)?;
        let big = match pvm_vm::ops::num::as_bigint(&cookie) {
            Some(b) => b,
            None => {
                let i = vm.index_value(&cookie)?;
                pvm_vm::ops::num::as_bigint(&i).unwrap_or_default()
            }
        };
        let (pos, flags, feed, skip, eof) = unpack_cookie(&big);
        self.buffer_seek(vm, &buffer, pos, 0)?;
        self.clear_decoded();
        if let Some(d) = self.decoder.borrow_mut().as_mut() {
            if cookie_is_start(pos, flags) {
                d.reset();
            } else {
                d.codec.started = true;
                d.set_flags(flags);
            }
        }
        if skip > 0 {
            let input = self.read_raw_chunk_exact(vm, &buffer, feed)?;
            let (Some(codec), Some(mut decoder)) = (self.codec(), self.decoder.borrow().clone())
            else {
                return Err(unsupported(vm, "not readable"));
            };
            let (started, big) = (decoder.codec.started, decoder.codec.big);
            let text = decoder.decode(vm, &codec, &input, eof)?;
            *self.decoder.borrow_mut() = Some(decoder);
            if text.chars().count() < skip {
                return Err(vm.new_error("OSError", "can't restore logical file position"));
            }
            self.decoded_pos.set(char_end(&text, skip));
            *self.decoded.borrow_mut() = text;
            *self.snapshot.borrow_mut() = Some(Snapshot {
                flags,
                input,
                started,
                big,
            });
        }
        self.encoder_started.set(!cookie_is_start(pos, flags));
        Ok(cookie)
    }

    /// `buffer.read(n)` for restoring a cookie.
    fn read_raw_chunk_exact(&self, vm: &mut Vm, buffer: &Value, n: usize) -> PyResult<Vec<u8>> {
        if let Some(b) = buffered::native_state(buffer) {
            return Ok(b.read(vm, n as i64)?.unwrap_or_default());
        }
        let got = vm.call_method(buffer, "read", vec![Value::Int(n as i64)])?;
        super::bytes_arg(vm, &got)
    }

    /// `buffer.seek(pos, whence)`.
    fn buffer_seek(&self, vm: &mut Vm, buffer: &Value, pos: i64, whence: i64) -> PyResult<i64> {
        if let Some(b) = buffered::native_state(buffer) {
            return b.seek(vm, pos, whence);
        }
        let r = vm.call_method(buffer, "seek", vec![Value::Int(pos), Value::Int(whence)])?;
        vm.index(&r)
    }
}

/// The byte length of the first `n` characters of `s` (all of it when
/// shorter).
fn char_end(s: &str, n: usize) -> usize {
    if n >= s.len() {
        return s.len();
    }
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

/// Whether a cookie is the very start of the stream (where a decoder and
/// an encoder start afresh, BOM included).
fn cookie_is_start(pos: i64, flags: u64) -> bool {
    pos == 0 && flags == 0
}

/// The TextIOWrapper state of a method's receiver.
fn this<'a>(vm: &mut Vm, args: &'a Args, method: &str) -> PyResult<&'a TextIo> {
    receiver::<TextIo>(vm, args, CLASS, method)
}

/// The encoding argument: None means the locale's.
fn str_or_none(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Option<String>> {
    if v.is_null() || v.is_none() {
        return Ok(None);
    }
    match v.as_str() {
        Some(s) => Ok(Some(s.to_string())),
        None => {
            let tn = native::arg_type_name(vm, v);
            Err(vm.type_error(format!(
                "TextIOWrapper() argument '{what}' must be str or None, not {tn}"
            )))
        }
    }
}

/// `TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
/// line_buffering=False, write_through=False)`.
fn init_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__init__")?;
    let [buffer, encoding, errors, newline, line_buffering, write_through] = cargs::keywords(
        vm,
        &args,
        "TextIOWrapper",
        [
            "buffer",
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        0,
        1,
    )?;
    me.ok.set(false);
    let encoding = str_or_none(vm, &encoding, "encoding")?;
    let errors = str_or_none(vm, &errors, "errors")?;
    let newline = if newline.is_null() || newline.is_none() {
        None
    } else if newline.as_str().is_none() {
        let tn = native::arg_type_name(vm, &newline);
        return Err(vm.type_error(format!(
            "TextIOWrapper() argument 'newline' must be str or None, not {tn}"
        )));
    } else {
        newline_arg(vm, &newline, "newline must be str or None", false)?
    };
    let line_buffering = !line_buffering.is_null() && vm.truthy(&line_buffering)?;
    let write_through = !write_through.is_null() && vm.truthy(&write_through)?;
    let encoding = match encoding.as_deref() {
        None | Some("locale") => locale_encoding().to_string(),
        Some(e) => e.to_string(),
    };
    let codec = Codec::new(vm, &encoding, errors.as_deref().unwrap_or("strict"))?;
    let config = Newline::new(newline.as_deref());
    let readable = {
        let r = vm.call_method(&buffer, "readable", vec![])?;
        vm.truthy(&r)?
    };
    let writable = {
        let r = vm.call_method(&buffer, "writable", vec![])?;
        vm.truthy(&r)?
    };
    *me.decoder.borrow_mut() = readable.then(|| Decoder {
        codec: DecodeState::default(),
        newlines: config
            .universal
            .then(|| NewlineDecoder::new(config.translate)),
    });
    me.writable.set(writable);
    *me.codec.borrow_mut() = Some(Rc::new(codec));
    *me.newline.borrow_mut() = config;
    me.line_buffering.set(line_buffering);
    me.write_through.set(write_through);
    let old = me.buffer.replace(buffer.clone());
    drop(old);
    me.clear_decoded();
    me.pending.borrow_mut().clear();
    me.detached.set(false);
    let seekable = {
        let r = vm.call_method(&buffer, "seekable", vec![])?;
        vm.truthy(&r)?
    };
    me.seekable.set(seekable);
    me.telling.set(seekable);
    let key = vm.intern("read1");
    me.has_read1.set(vm.get_attr_opt(&buffer, &key)?.is_some());
    me.encoder_started.set(false);
    if seekable && writable {
        let pos = vm.call_method(&buffer, "tell", vec![])?;
        if !vm.eq(&pos, &Value::Int(0))? {
            me.encoder_started.set(true);
        }
    }
    me.ok.set(true);
    Ok(Value::None)
}

/// `read(size=-1)`.
fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "read")?;
    me.buffer(vm)?;
    let n = opt_size(vm, &args, ("TextIOWrapper", "read"))?;
    let text = me.read(vm, n)?;
    Ok(vm.new_str(text))
}

/// `readline(size=-1)`.
fn readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "readline")?;
    me.buffer(vm)?;
    let limit = opt_size(vm, &args, ("TextIOWrapper", "readline"))?;
    let line = me.read_line(vm, limit)?;
    Ok(vm.new_str(line))
}

/// `write(text)`.
fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "write")?;
    let text = cargs::one(vm, &args, ("TextIOWrapper", "write"))?;
    let Some(s) = text.as_str() else {
        let tn = vm.type_name(&text);
        return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
    };
    me.buffer(vm)?;
    let n = me.write(vm, s)?;
    Ok(Value::Int(n as i64))
}

/// `flush()`.
fn flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "flush")?;
    let buffer = me.open_buffer(vm)?;
    me.telling.set(me.seekable.get());
    me.write_pending(vm, &buffer)?;
    me.flush_buffer(vm, &buffer)?;
    Ok(Value::None)
}

/// `close()`: flush (errors kept), then close the buffer.
fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "close")?;
    let buffer = me.buffer(vm)?;
    if me.buffer_closed(vm, &buffer)? {
        return Ok(Value::None);
    }
    let flushed = vm.call_method(&this_value(&args), "flush", vec![]);
    let closed = vm.call_method(&buffer, "close", vec![]);
    flushed?;
    closed
}

/// `tell()`.
fn tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "tell")?;
    cargs::noargs(vm, &args, ("TextIOWrapper", "tell"))?;
    me.buffer(vm)?;
    me.tell(vm, &args.values[0])
}

/// `seek(cookie, whence=0)`.
fn seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "seek")?;
    let a = cargs::positional(vm, &args, ("TextIOWrapper", "seek"), 1, 2)?;
    let whence = super::whence_arg(vm, a.get(1))?;
    me.buffer(vm)?;
    let cookie = a[0].clone();
    if matches!(cookie, Value::Float(_)) {
        return Err(vm.type_error("an integer is required"));
    }
    me.seek(vm, &args.values[0], cookie, whence)
}

/// `truncate(pos=None)`: flush, then the buffer's truncate.
fn truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "truncate")?;
    let a = cargs::positional(vm, &args, ("TextIOWrapper", "truncate"), 0, 1)?;
    let buffer = me.buffer(vm)?;
    vm.call_method(&this_value(&args), "flush", vec![])?;
    let pos = a.first().cloned().unwrap_or(Value::None);
    vm.call_method(&buffer, "truncate", vec![pos])
}

/// `detach()`: flushes and hands over the buffer.
fn detach(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "detach")?;
    me.buffer(vm)?;
    vm.call_method(&this_value(&args), "flush", vec![])?;
    me.detached.set(true);
    Ok(me.buffer.replace(Value::Null))
}

/// A method passed on to the buffer.
fn delegate(vm: &mut Vm, args: &Args, name: &'static str) -> PyResult<Value> {
    let me = this(vm, args, name)?;
    let buffer = me.buffer(vm)?;
    vm.call_method(&buffer, name, vec![])
}

/// `fileno()`.
fn fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "fileno")
}

/// `isatty()`.
fn isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "isatty")
}

/// `readable()`.
fn readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "readable")
}

/// `writable()`.
fn writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "writable")
}

/// `seekable()`.
fn seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "seekable")
}

/// `reconfigure(*, encoding=None, errors=None, newline=...,
/// line_buffering=None, write_through=None)`.
fn reconfigure(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "reconfigure")?;
    if args.pos().len() > 1 {
        return Err(vm.type_error(format!(
            "reconfigure() takes 0 positional arguments but {} were given",
            args.pos().len() - 1
        )));
    }
    let [encoding, errors, newline, line_buffering, write_through] = cargs::keywords(
        vm,
        &args,
        "reconfigure",
        [
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        0,
        0,
    )?;
    let buffer = me.buffer(vm)?;
    let encoding = str_or_none(vm, &encoding, "encoding")?;
    let errors = str_or_none(vm, &errors, "errors")?;
    let changes_text = encoding.is_some() || errors.is_some() || !newline.is_null();
    if changes_text && me.decoder.borrow().is_some() && !me.decoded.borrow().is_empty() {
        return Err(unsupported(
            vm,
            "It is not possible to set the encoding or newline of stream after the first read",
        ));
    }
    if encoding.is_some() || errors.is_some() {
        let old = me
            .codec()
            .map(|c| (c.encoding.clone(), c.errors.clone()))
            .unwrap_or_default();
        let enc = match encoding.as_deref() {
            Some("locale") => locale_encoding().to_string(),
            Some(e) => e.to_string(),
            None => old.0,
        };
        let errs = errors.unwrap_or_else(|| {
            if encoding.is_some() {
                "strict".to_string()
            } else {
                old.1
            }
        });
        let codec = Codec::new(vm, &enc, &errs)?;
        *me.codec.borrow_mut() = Some(Rc::new(codec));
    }
    if !newline.is_null() {
        let nl = newline_arg(
            vm,
            &newline,
            "reconfigure() argument 'newline' must be str or None",
            false,
        )?;
        let config = Newline::new(nl.as_deref());
        if let Some(d) = me.decoder.borrow_mut().as_mut() {
            d.newlines = config
                .universal
                .then(|| NewlineDecoder::new(config.translate));
        }
        *me.newline.borrow_mut() = config;
    }
    if !line_buffering.is_null() && !line_buffering.is_none() {
        me.line_buffering.set(vm.truthy(&line_buffering)?);
    }
    if !write_through.is_null() && !write_through.is_none() {
        me.write_through.set(vm.truthy(&write_through)?);
    }
    me.write_pending(vm, &buffer)?;
    Ok(Value::None)
}

/// `__next__()`: the next line; a subclass's own `readline` is used.
fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__next__")?;
    me.buffer(vm)?;
    let line = if super::is_native(&args.values[0]) {
        me.next_line(vm)?
    } else {
        me.telling.set(false);
        let line = vm.call_method(&this_value(&args), "readline", vec![])?;
        let Some(s) = line.as_str() else {
            let tn = vm.type_name(&line);
            return Err(vm.new_error(
                "OSError",
                format!("readline() should have returned a str object, not '{tn}'"),
            ));
        };
        if s.is_empty() {
            *me.snapshot.borrow_mut() = None;
            me.telling.set(me.seekable.get());
            None
        } else {
            Some(line)
        }
    };
    line.ok_or_else(|| native::stop(vm))
}

/// `repr(f)`: `<_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>`.
fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__repr__")?;
    let v = args.values[0].clone();
    let addr = v.as_obj().map_or(0, |o| o.addr());
    native::repr_guard(vm, addr, "", |vm| {
        let mut out = "<_io.TextIOWrapper".to_string();
        for name in ["name", "mode"] {
            if let Some(x) = super::lookup_attr(vm, &v, name, name == "name")? {
                let r = vm.repr(&x)?;
                out.push_str(&format!(" {name}={r}"));
            }
        }
        let encoding = me.codec().map(|c| c.encoding.clone()).unwrap_or_default();
        let e = vm.new_str(encoding);
        let e = vm.repr(&e)?;
        out.push_str(&format!(" encoding={e}>"));
        Ok(out)
    })
    .and_then(|s| {
        if s.is_empty() {
            Err(vm.new_error(
                "RuntimeError",
                "reentrant call inside _io.TextIOWrapper.__repr__",
            ))
        } else {
            Ok(vm.new_str(s))
        }
    })
}

/// `name`: the buffer's.
fn name_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "name")?;
    let buffer = me.buffer(vm)?;
    vm.get_attr_str(&buffer, "name")
}

/// `closed`: the buffer's.
fn closed_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "closed")?;
    let buffer = me.buffer(vm)?;
    Ok(Value::Bool(me.buffer_closed(vm, &buffer)?))
}

/// `encoding`.
fn encoding_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "encoding")?;
    let e = me.codec().map(|c| c.encoding.clone()).unwrap_or_default();
    Ok(vm.new_str(e))
}

/// `errors`.
fn errors_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "errors")?;
    let e = me.codec().map(|c| c.errors.clone()).unwrap_or_default();
    Ok(vm.new_str(e))
}

/// `newlines`: the endings read so far (universal newlines), else None.
fn newlines_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "newlines")?;
    me.buffer(vm)?;
    let nl = me
        .decoder
        .borrow()
        .as_ref()
        .and_then(|d| d.newlines.clone());
    Ok(match nl {
        Some(n) => n.newlines(vm),
        None => Value::None,
    })
}

/// `line_buffering`.
fn line_buffering_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        this(vm, &args, "line_buffering")?.line_buffering.get(),
    ))
}

/// `write_through`.
fn write_through_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        this(vm, &args, "write_through")?.write_through.get(),
    ))
}

/// `buffer`.
fn buffer_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "buffer")?;
    me.buffer(vm)
}

/// `_CHUNK_SIZE`.
fn chunk_size_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        this(vm, &args, "_CHUNK_SIZE")?.chunk_size.get() as i64
    ))
}

//! Calls: binding arguments to parameters with CPython's rules and
//! messages, pushing frames, and calling every kind of callable.

use crate::args::Args;
use crate::code::Code;
use crate::object::ObjRef;
use crate::payload::{Function, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use pvm_compiler::code::flags;
use std::rc::Rc;

impl Vm {
    /// Calls any callable.
    pub fn call_args(&mut self, callable: &Value, mut args: Args) -> PyResult<Value> {
        let Value::Obj(o) = callable else {
            let tn = self.type_name(callable);
            return Err(self.type_error(format!("'{tn}' object is not callable")));
        };
        match &o.payload {
            Payload::Function(_) if args.kwnames.is_none() => {
                let base = self.stack.len();
                self.stack.extend(args.values);
                self.call_function_at(o, base)
            }
            Payload::Function(_) => {
                self.push_function_frame(o, args, true)?;
                self.run_frames()
            }
            Payload::Native(n) => {
                if !n.receiver.is_null() {
                    args.prepend(n.receiver.clone());
                }
                self.call_native(n.func, args)
            }
            Payload::BoundMethod(b) => {
                let (func, recv) = (b.0.clone(), b.1.clone());
                args.prepend(recv);
                self.call_args(&func, args)
            }
            Payload::Type(_) => self.call_type(o, args),
            _ => {
                let ty = o.ty().clone();
                match self.lookup_special(&ty, "__call__") {
                    // Counted: a `__call__` that is itself an instance with
                    // `__call__` would otherwise recurse without a frame.
                    Some(f) => {
                        self.enter_native_while(" while calling a Python object")?;
                        let r = self.call_special(f, callable.clone(), &ty, args);
                        self.native_depth -= 1;
                        r
                    }
                    None => {
                        let tn = self.type_name(callable);
                        Err(self.type_error(format!("'{tn}' object is not callable")))
                    }
                }
            }
        }
    }

    /// Calls native function `f`, counted toward the recursion limit
    /// (inlined: a copy of `args` in a frame of its own cost ~10% of a
    /// builtin call).
    #[inline(always)]
    pub(crate) fn call_native(
        &mut self,
        f: crate::payload::NativeFn,
        args: Args,
    ) -> PyResult<Value> {
        self.enter_native()?;
        let r = f(self, args);
        self.native_depth -= 1;
        r
    }

    /// Calls a type: the metatype's `__call__` (usually `type.__call__`).
    fn call_type(&mut self, cls: &ObjRef, args: Args) -> PyResult<Value> {
        let meta = cls.ty().clone();
        if !meta.is(&self.type_) {
            if let Some(f) = self.lookup_special(&meta, "__call__") {
                if !matches!(f.payload(), Some(Payload::Native(_))) {
                    return self.call_special(f, Value::Obj(cls.clone()), &meta, args);
                }
            }
        }
        crate::builtins::type_::type_call(self, cls, args)
    }

    /// Calls special method `f` found on `owner` for `receiver`: a function
    /// gets the receiver first; another descriptor is bound by its
    /// `__get__`; anything else (`__call__ = dict`) is called as it is.
    pub(crate) fn call_special(
        &mut self,
        f: Value,
        receiver: Value,
        owner: &ObjRef,
        mut args: Args,
    ) -> PyResult<Value> {
        let plain = match f.payload() {
            Some(Payload::Function(_)) => false,
            Some(Payload::Native(n)) => n.kind == crate::payload::NativeKind::Function,
            _ => true,
        };
        if !plain {
            args.prepend(receiver);
            return self.call_args(&f, args);
        }
        let fty = self.type_of(&f).clone();
        match self.lookup_special(&fty, "__get__") {
            Some(get) => {
                let bound = self.call(&get, [f, receiver, Value::Obj(owner.clone())])?;
                self.call_args(&bound, args)
            }
            None => self.call_args(&f, args),
        }
    }

    /// Checks the recursion limit before a new Python frame.
    pub fn check_recursion(&mut self) -> PyResult<()> {
        if !self.below_recursion_limit() {
            return Err(self.new_error("RecursionError", "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// Whether one more frame fits under the recursion limit (native
    /// calls in between count half a frame each).
    #[inline]
    fn below_recursion_limit(&self) -> bool {
        self.frames.len() + self.native_depth / 2 < self.recursion_limit
    }

    /// Runs Python function `func` on the positional arguments at
    /// `stack[base..]`, from native code: its frame starts where they sit
    /// when they bind in place, else they go through the general binder.
    pub(crate) fn call_function_at(&mut self, func: &ObjRef, base: usize) -> PyResult<Value> {
        let Payload::Function(f) = &func.payload else {
            unreachable!("not a function")
        };
        let total = self.stack.len() - base;
        // `binds_positionally` checks the frames alone; native calls
        // count too (as `check_recursion` counts them).
        if self.binds_positionally(f, total) && self.below_recursion_limit() {
            self.push_positional_frame(func, base, base, total, false);
            if let Some(frame) = self.frames.last_mut() {
                frame.entry = true;
            }
            return self.run_frames();
        }
        let values = crate::value::take_values(&mut self.stack, base);
        let args = Args {
            values,
            kwnames: None,
        };
        self.push_function_frame(func, args, true)?;
        self.run_frames()
    }

    /// Pushes a frame for a Python function with bound arguments.
    pub fn push_function_frame(&mut self, func: &ObjRef, args: Args, entry: bool) -> PyResult<()> {
        let Payload::Function(f) = &func.payload else {
            unreachable!("not a function")
        };
        self.check_recursion()?;
        let code = f.code.clone();
        let base = self.stack.len();
        self.resize_stack(base + code.nlocalsplus);
        if let Err(e) = self.bind_arguments(f, &code, args, base) {
            self.stack.truncate(base);
            return Err(e);
        }
        self.push_bound_frame(func, base, base, entry, false);
        Ok(())
    }

    /// Pushes the frame of Python function `func` whose locals are bound
    /// at `base`; the stack is cut back to `floor` when it returns.
    /// `entry`: returning leaves the running loop; `init`: a class call's
    /// `__init__` (see `push_init_frame`).
    #[inline(always)]
    pub(crate) fn push_bound_frame(
        &mut self,
        func: &ObjRef,
        base: usize,
        floor: usize,
        entry: bool,
        init: bool,
    ) {
        let Payload::Function(f) = &func.payload else {
            unreachable!("a Python function");
        };
        // Every field of `Frame` is written below: this pattern stops
        // compiling when one is added.
        #[allow(unused_variables)]
        let written = |crate::frame::Frame {
                           code,
                           ip,
                           lasti,
                           base,
                           floor,
                           globals,
                           builtins,
                           locals,
                           func,
                           kwnames,
                           entry,
                           init,
                           generator,
                       }| ();
        self.frames.reserve(1);
        // Written field by field where the frame lives, with no temporary:
        // a frame built on the side and then copied in was the hottest
        // store burst of every call.
        // SAFETY: `reserve` made room for one frame past the length; every
        // field is written before the length covers it.
        unsafe {
            let n = self.frames.len();
            let at = self.frames.as_mut_ptr().add(n);
            std::ptr::addr_of_mut!((*at).code).write(f.code.clone());
            std::ptr::addr_of_mut!((*at).ip).write(0);
            std::ptr::addr_of_mut!((*at).lasti).write(0);
            std::ptr::addr_of_mut!((*at).base).write(base);
            std::ptr::addr_of_mut!((*at).floor).write(floor);
            std::ptr::addr_of_mut!((*at).globals).write(f.globals.clone());
            std::ptr::addr_of_mut!((*at).builtins).write(self.builtins.clone());
            std::ptr::addr_of_mut!((*at).locals).write(Value::Null);
            std::ptr::addr_of_mut!((*at).func).write(Some(func.clone()));
            std::ptr::addr_of_mut!((*at).kwnames).write(None);
            std::ptr::addr_of_mut!((*at).entry).write(entry);
            std::ptr::addr_of_mut!((*at).init).write(init);
            std::ptr::addr_of_mut!((*at).generator).write(None);
            self.frames.set_len(n + 1);
        }
    }

    /// Binds a call's arguments where they already are: `total` values at
    /// `base`, the last of them the keyword arguments named by the tuple
    /// `kwnames`. On success the stack holds the new frame's locals at
    /// `base`: keywords moved to their parameters, defaults filled, surplus
    /// positional values packed into the `*args` tuple and unmatched
    /// keywords into the `**kwargs` dict. False, with nothing changed, for
    /// any call this cannot bind (an unknown or repeated name, a missing
    /// argument, too many values): the general binder then runs and
    /// reports the error.
    pub(crate) fn bind_in_place(
        &mut self,
        f: &Function,
        base: usize,
        total: usize,
        kwnames: Option<&ObjRef>,
    ) -> bool {
        let code = &f.code;
        let names: &[Value] = match kwnames.map(|t| &t.payload) {
            None => &[],
            Some(Payload::Tuple(names)) => names,
            Some(_) => return false,
        };
        let nparams = code.argcount + code.kwonlyargcount;
        let has_varargs = code.flags & flags::VARARGS != 0;
        let has_varkw = code.flags & flags::VARKEYWORDS != 0;
        if names.len() > total || nparams > 64 || self.frames.len() >= self.recursion_limit {
            return false;
        }
        let npos = total - names.len();
        if npos > code.argcount && !has_varargs {
            return false;
        }
        let bound_pos = npos.min(code.argcount);
        // Which parameters have a value: a bit each.
        let mut filled: u64 = (1u64 << bound_pos) - 1;
        // Per keyword: its parameter (below 64), or `TO_KWARGS` for the
        // `**kwargs` dict. Bytes, so the inline buffer is small to move.
        const TO_KWARGS: u8 = u8::MAX;
        let mut slots: smallvec::SmallVec<[u8; 16]> = smallvec::SmallVec::new();
        for name in names.iter() {
            let Some(name) = name.as_obj() else {
                return false;
            };
            let params = &code.localsplus_names[code.posonlyargcount..nparams];
            let found = params.iter().position(|p| p.is(name)).or_else(|| {
                let n = name.as_str_payload()?;
                params.iter().position(|p| p.as_str_payload() == Some(n))
            });
            match found.map(|i| i + code.posonlyargcount) {
                Some(i) if filled & (1 << i) == 0 => {
                    filled |= 1 << i;
                    slots.push(i as u8);
                }
                // Exact str only: a subclass may hash and compare its own way.
                None if has_varkw && name.ty().is(&self.t.str) => slots.push(TO_KWARGS),
                _ => return false,
            }
        }
        let defaults = f.defaults.borrow();
        let defaults: &[Value] = match defaults.payload() {
            Some(Payload::Tuple(items)) => items,
            _ => &[],
        };
        let first_default = code.argcount.saturating_sub(defaults.len());
        if (bound_pos..first_default).any(|i| filled & (1 << i) == 0) {
            return false;
        }
        let mut kwonly_defaults: smallvec::SmallVec<[(usize, Value); 4]> =
            smallvec::SmallVec::new();
        for i in code.argcount..nparams {
            if filled & (1 << i) == 0 {
                let found = match &*f.kwdefaults.borrow() {
                    Value::Obj(d) => self.dict_get_str(d, &code.localsplus_names[i]),
                    _ => None,
                };
                match found {
                    Some(v) => kwonly_defaults.push((i, v)),
                    None => return false,
                }
            }
        }
        // Checked: from here on the binding cannot fail.
        let mut kwvalues = std::mem::take(&mut self.kw_scratch);
        crate::value::move_values(&mut self.stack, base + npos, &mut kwvalues);
        let surplus = if has_varargs {
            let mut items = Vec::with_capacity(npos - bound_pos);
            crate::value::move_values(&mut self.stack, base + bound_pos, &mut items);
            Some(self.new_tuple(items))
        } else {
            None
        };
        self.resize_stack(base + code.nlocalsplus);
        let mut next_slot = base + nparams;
        if let Some(tuple) = surplus {
            self.stack[next_slot] = tuple;
            next_slot += 1;
        }
        let kwdict = has_varkw.then(|| {
            let d = self.new_dict();
            self.stack[next_slot] = Value::Obj(d.clone());
            d
        });
        for ((&slot, value), name) in slots.iter().zip(kwvalues.drain(..)).zip(names) {
            match (slot, &kwdict, name.as_obj()) {
                // Names are distinct (the compiler and `**` merging see to
                // it, and the check above), so each is new to the dict.
                (TO_KWARGS, Some(d), Some(name)) => {
                    self.dict_insert_new_str(d, name.clone(), value)
                }
                (TO_KWARGS, ..) => unreachable!("checked above"),
                (i, ..) => self.stack[base + i as usize] = value,
            }
        }
        self.kw_scratch = kwvalues;
        for i in bound_pos.max(first_default)..code.argcount {
            if filled & (1 << i) == 0 {
                self.stack[base + i] = defaults[i - first_default].clone();
            }
        }
        for (i, value) in kwonly_defaults {
            self.stack[base + i] = value;
        }
        true
    }

    /// Binds `args` into the locals at `base` (CPython's `initialize_locals`).
    fn bind_arguments(
        &mut self,
        f: &Function,
        code: &Rc<Code>,
        args: Args,
        base: usize,
    ) -> PyResult<()> {
        let nkw = args.nkw();
        let npos = args.values.len() - nkw;
        let argcount = code.argcount;
        let has_varargs = code.flags & flags::VARARGS != 0;
        let has_varkw = code.flags & flags::VARKEYWORDS != 0;
        let mut values = args.values;
        // Fast path: exactly the positional parameters.
        if nkw == 0 && npos == argcount && !has_varargs && !has_varkw && code.kwonlyargcount == 0 {
            for (i, v) in values.drain(..).enumerate() {
                self.stack[base + i] = v;
            }
            return Ok(());
        }
        let kwvalues: smallvec::SmallVec<[Value; 4]> = values.drain(npos..).collect();
        let kwtuple = args.kwnames.clone();
        let kwnames: &[Value] = match kwtuple.as_ref().map(|t| &t.payload) {
            Some(Payload::Tuple(items)) => items,
            _ => &[],
        };
        // Only error messages need the name; don't allocate it otherwise.
        let qualname = QualName(&f.qualname);
        let mut positional = values;
        let extra: Vec<Value> = if positional.len() > argcount {
            positional.drain(argcount..).collect()
        } else {
            Vec::new()
        };
        for (i, v) in positional.into_iter().enumerate() {
            self.stack[base + i] = v;
        }
        let total_positional = code.argcount + code.kwonlyargcount;
        let mut next_slot = total_positional;
        if has_varargs {
            let t = self.new_tuple(extra);
            self.stack[base + next_slot] = t;
            next_slot += 1;
        } else if !extra.is_empty() {
            return Err(self.too_many_positional(f, code, npos, &qualname.to_string()));
        }
        let kwdict = if has_varkw {
            let d = self.new_dict();
            self.stack[base + next_slot] = Value::Obj(d.clone());
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (name_v, value) in kwnames.iter().zip(kwvalues) {
            let Some(name) = name_v.as_obj() else {
                continue;
            };
            let n = name.as_str_payload().unwrap_or("");
            let found = (code.posonlyargcount..total_positional).find(|&i| {
                code.localsplus_names[i].is(name)
                    || code.localsplus_names[i].as_str_payload() == Some(n)
            });
            match found {
                Some(i) => {
                    if !self.stack[base + i].is_null() {
                        return Err(self.type_error(format!(
                            "{qualname}() got multiple values for argument '{n}'"
                        )));
                    }
                    self.stack[base + i] = value;
                }
                None => match &kwdict {
                    Some(d) => {
                        self.dict_set(d, Value::Obj(name.clone()), value)?;
                    }
                    None => {
                        if (0..code.posonlyargcount)
                            .any(|i| code.localsplus_names[i].as_str_payload() == Some(n))
                        {
                            posonly_as_kw.push(n.to_string());
                            continue;
                        }
                        return Err(self.type_error(format!(
                            "{qualname}() got an unexpected keyword argument '{n}'"
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for missing positional parameters.
        let defaults_tuple = f.defaults.borrow().clone();
        let defaults: &[Value] = match defaults_tuple.payload() {
            Some(Payload::Tuple(items)) => items,
            _ => &[],
        };
        let first_default = argcount.saturating_sub(defaults.len());
        let mut missing = Vec::new();
        for i in 0..argcount {
            if self.stack[base + i].is_null() {
                if i >= first_default {
                    self.stack[base + i] = defaults[i - first_default].clone();
                } else {
                    missing.push(
                        code.localsplus_names[i]
                            .as_str_payload()
                            .unwrap_or("?")
                            .to_string(),
                    );
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qualname}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        let kwdefaults = f.kwdefaults.borrow().clone();
        for i in argcount..total_positional {
            if self.stack[base + i].is_null() {
                let name = code.localsplus_names[i].clone();
                let dflt = match &kwdefaults {
                    Value::Obj(d) => self.dict_get_str(d, &name),
                    _ => None,
                };
                match dflt {
                    Some(v) => self.stack[base + i] = v,
                    None => missing.push(name.as_str_payload().unwrap_or("?").to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qualname}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        Ok(())
    }

    fn too_many_positional(
        &mut self,
        f: &Function,
        code: &Code,
        given: usize,
        qualname: &str,
    ) -> crate::PyErr {
        let ndefaults = match &*f.defaults.borrow() {
            Value::Obj(t) => match &t.payload {
                Payload::Tuple(items) => items.len(),
                _ => 0,
            },
            _ => 0,
        };
        let argcount = code.argcount;
        let takes = if ndefaults > 0 {
            format!(
                "from {} to {argcount} positional arguments",
                argcount - ndefaults
            )
        } else {
            format!(
                "{argcount} positional argument{}",
                if argcount == 1 { "" } else { "s" }
            )
        };
        let was = if given == 1 { "was" } else { "were" };
        self.type_error(format!(
            "{qualname}() takes {takes} but {given} {was} given"
        ))
    }
}

/// Displays a function's `__qualname__` lazily.
struct QualName<'a>(&'a std::cell::RefCell<Value>);

impl std::fmt::Display for QualName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.borrow().as_str().unwrap_or("?"))
    }
}

fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    }
}

/// Whether a type object's `__init__` / `__new__` are `object`'s.
pub fn uses_object_slot(vm: &mut Vm, cls: &ObjRef, name: &'static str) -> bool {
    let obj = vm.object.clone();
    let mine = vm.lookup_special(cls, name);
    let base = vm.lookup_special(&obj, name);
    match (mine, base) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    }
}

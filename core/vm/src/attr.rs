//! Attribute access: CPython's generic `__getattribute__` / `__setattr__`
//! with descriptors, instance dicts, type attributes and `__getattr__`.

use crate::object::ObjRef;
use crate::payload::{NativeFunction, NativeKind, Payload};
use crate::types::{self, data as tdata};
use crate::value::Value;
use crate::{PyResult, Vm};

/// A value found in an instance dict, if the object has one.
pub fn get_dict_attr(vm: &mut Vm, obj: &ObjRef, name: &str) -> Option<Value> {
    let dict = obj.dict.borrow().clone()?;
    let key = vm.intern(name);
    vm.dict_get_str(&dict, &key)
}

/// How a class attribute behaves as a descriptor.
enum DescrKind {
    /// Not a descriptor.
    Plain,
    /// A function or native method: binds on instance access.
    Method,
    /// Has `__get__` only.
    NonData,
    /// Has `__set__` or `__delete__` (or is a property).
    Data,
}

fn descr_kind(vm: &mut Vm, v: &Value) -> DescrKind {
    let Value::Obj(o) = v else {
        return DescrKind::Plain;
    };
    match &o.payload {
        Payload::Function(_) => DescrKind::Method,
        Payload::Native(n) => match n.kind {
            NativeKind::Function => DescrKind::Plain,
            _ if !n.receiver.is_null() => DescrKind::Plain,
            _ => DescrKind::Method,
        },
        Payload::Property(_) => DescrKind::Data,
        Payload::Member(_) => DescrKind::Data,
        Payload::ClassMethod(_) | Payload::StaticMethod(_) => DescrKind::NonData,
        _ => {
            let ty = o.ty().clone();
            if !types::is_heap_type(&ty) {
                return DescrKind::Plain;
            }
            let has = |vm: &mut Vm, n: &str| {
                let k = vm.intern(n);
                types::lookup(&ty, n, crate::vm::key_hash(&k)).is_some()
            };
            if has(vm, "__set__") || has(vm, "__delete__") {
                DescrKind::Data
            } else if has(vm, "__get__") {
                DescrKind::NonData
            } else {
                DescrKind::Plain
            }
        }
    }
}

impl Vm {
    /// `getattr(obj, name)`.
    pub fn get_attr(&mut self, obj: &Value, name: &ObjRef) -> PyResult<Value> {
        match self.get_attr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// `getattr(obj, name)` by a Rust string.
    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.get_attr(obj, &n)
    }

    /// The AttributeError for a missing attribute.
    pub fn no_attribute(&mut self, obj: &Value, name: &ObjRef) -> ObjRef {
        let n = name.as_str_payload().unwrap_or("?").to_string();
        let msg = match obj {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
                format!("type object '{}' has no attribute '{n}'", types::name(o))
            }
            Value::Obj(o) if matches!(o.payload, Payload::Module(_)) => {
                let Payload::Module(m) = &o.payload else {
                    unreachable!()
                };
                format!("module '{m}' has no attribute '{n}'")
            }
            _ => format!("'{}' object has no attribute '{n}'", self.type_name(obj)),
        };
        let e = self.attribute_error(msg);
        self.set_attr_direct(&e, "name", Value::Obj(name.clone()));
        self.set_attr_direct(&e, "obj", obj.clone());
        e
    }

    /// `getattr(obj, name)`, None when absent (AttributeError swallowed only
    /// when it comes from the lookup itself, not from inside a property).
    pub fn get_attr_opt(&mut self, obj: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
        let ty = self.type_of(obj).clone();
        let td = tdata(&ty);
        if td.has(types::CUSTOM_GETATTRIBUTE) {
            let ga = self.lookup_special(&ty, "__getattribute__");
            if let Some(ga) = ga {
                let r = self.call(&ga, [obj.clone(), Value::Obj(name.clone())]);
                return self.attr_fallback(obj, name, &ty, r);
            }
        }
        let r = self.generic_get_attr(obj, name, &ty);
        match r {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => {
                if td.has(types::HAS_GETATTR) {
                    if let Some(ga) = self.lookup_special(&ty, "__getattr__") {
                        let r = self.call(&ga, [obj.clone(), Value::Obj(name.clone())]);
                        return self.swallow_attribute_error(r);
                    }
                }
                self.module_getattr(obj, name)
            }
            Err(e) => {
                if td.has(types::HAS_GETATTR) && self.error_is(&e, "AttributeError") {
                    if let Some(ga) = self.lookup_special(&ty, "__getattr__") {
                        let r = self.call(&ga, [obj.clone(), Value::Obj(name.clone())]);
                        return self.swallow_attribute_error(r);
                    }
                }
                Err(e)
            }
        }
    }

    /// PEP 562: a module's own `__getattr__` function answers for the
    /// names it does not have.
    fn module_getattr(&mut self, obj: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
        let Value::Obj(o) = obj else {
            return Ok(None);
        };
        if !matches!(o.payload, Payload::Module(_)) {
            return Ok(None);
        }
        let Some(dict) = o.dict.borrow().clone() else {
            return Ok(None);
        };
        let key = self.intern("__getattr__");
        let Some(hook) = self.dict_get_str(&dict, &key) else {
            return Ok(None);
        };
        let r = self.call(&hook, [Value::Obj(name.clone())]);
        self.swallow_attribute_error(r)
    }

    fn attr_fallback(
        &mut self,
        obj: &Value,
        name: &ObjRef,
        ty: &ObjRef,
        r: PyResult<Value>,
    ) -> PyResult<Option<Value>> {
        match r {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                if self.error_is(&e, "AttributeError") && tdata(ty).has(types::HAS_GETATTR) {
                    {
                        if let Some(ga) = self.lookup_special(ty, "__getattr__") {
                            let r = self.call(&ga, [obj.clone(), Value::Obj(name.clone())]);
                            return self.swallow_attribute_error(r);
                        }
                    }
                }
                Err(e)
            }
        }
    }

    fn swallow_attribute_error(&mut self, r: PyResult<Value>) -> PyResult<Option<Value>> {
        match r {
            Ok(v) => Ok(Some(v)),
            Err(e) => Err(e),
        }
    }

    /// Looks a special method up on a type (not the instance).
    pub fn lookup_special(&mut self, ty: &ObjRef, name: &'static str) -> Option<Value> {
        let k = self.static_name(name);
        types::lookup_interned(ty, &k)
    }

    /// `object.__getattribute__`: descriptors, the instance dict, the type.
    pub fn generic_get_attr(
        &mut self,
        obj: &Value,
        name: &ObjRef,
        ty: &ObjRef,
    ) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = obj {
            if let Payload::Type(_) = &o.payload {
                return self.type_get_attr(o, name);
            }
        }
        let n = name.as_str_payload().unwrap_or("");
        let descr = types::lookup_interned(ty, name);
        let kind = match &descr {
            Some(d) => descr_kind(self, d),
            None => DescrKind::Plain,
        };
        if let (Some(d), DescrKind::Data) = (&descr, &kind) {
            return self.descr_get(d, obj, ty).map(Some);
        }
        if let Some(v) = crate::builtins::attrs::payload_attr(self, obj, n)? {
            return Ok(Some(v));
        }
        if let Value::Obj(o) = obj {
            let dict = o.dict.borrow().clone();
            if let Some(dict) = dict {
                if let Some(v) = self.dict_get_str(&dict, name) {
                    return Ok(Some(v));
                }
            }
        }
        match (descr, kind) {
            (Some(d), DescrKind::Method | DescrKind::NonData) => {
                self.descr_get(&d, obj, ty).map(Some)
            }
            (Some(d), _) => Ok(Some(d)),
            (None, _) => match obj.payload() {
                // A bound method shows its function's attributes.
                Some(Payload::BoundMethod(b)) => {
                    let func = b.0.clone();
                    self.get_attr(&func, name).map(Some)
                }
                _ => Ok(None),
            },
        }
    }

    /// `property.__get__(prop, obj, ty)` for an instance: calls the getter.
    pub(crate) fn property_get(
        &mut self,
        prop: &ObjRef,
        obj: &Value,
        ty: &ObjRef,
    ) -> PyResult<Value> {
        let Payload::Property(p) = &prop.payload else {
            return Err(self.type_error("descriptor requires a 'property' object"));
        };
        if p[0].is_none() || p[0].is_null() {
            let msg = format!(
                "property {} of '{}' object has no getter",
                self.property_name(prop, ty)?,
                self.type_name(obj)
            );
            return Err(self.attribute_error(msg));
        }
        let getter = p[0].clone();
        self.call(&getter, [obj.clone()])
    }

    /// Whether property `prop` does `method` as `property` itself does (it
    /// is one, or a subclass that does not override it).
    fn plain_property(&mut self, prop: &ObjRef, method: &'static str) -> bool {
        let ty = prop.ty().clone();
        if !types::is_heap_type(&ty) {
            return true;
        }
        let base = self.t.property.clone();
        match (
            self.lookup_special(&ty, method),
            self.lookup_special(&base, method),
        ) {
            (Some(a), Some(b)) => a.is(&b),
            _ => false,
        }
    }

    /// Applies a descriptor found on `ty` to `obj` (`__get__`).
    pub fn descr_get(&mut self, d: &Value, obj: &Value, ty: &ObjRef) -> PyResult<Value> {
        let Value::Obj(o) = d else {
            return Ok(d.clone());
        };
        match &o.payload {
            Payload::Function(_) => Ok(self.bound_method(d.clone(), obj.clone())),
            Payload::Native(n) => Ok(match n.kind {
                NativeKind::Method if n.receiver.is_null() => self.bind_native(o, n, obj.clone()),
                NativeKind::ClassMethod if n.receiver.is_null() => {
                    self.bind_native(o, n, Value::Obj(ty.clone()))
                }
                _ => d.clone(),
            }),
            Payload::Member(index) => {
                // A __slots__ member: the value is in the instance's slots
                // (or, for a class with a built-in base, its hidden dict).
                let name = get_dict_attr(self, o, "__name__").and_then(|n| n.as_obj().cloned());
                let Some(name) = name else {
                    return Ok(d.clone());
                };
                if let Value::Obj(inst) = obj {
                    if let Payload::Slots(values) = &inst.payload {
                        return match values.borrow().get(*index) {
                            Some(v) if !v.is_null() => Ok(v.clone()),
                            _ => Err(self.no_attribute(obj, &name)),
                        };
                    }
                    let dict = inst.dict.borrow().clone();
                    if let Some(v) = dict.and_then(|dd| self.dict_get_str(&dd, &name)) {
                        return Ok(v);
                    }
                }
                Err(self.no_attribute(obj, &name))
            }
            Payload::ClassMethod(f) => Ok(self.bound_method(f.clone(), Value::Obj(ty.clone()))),
            Payload::StaticMethod(f) => Ok(f.clone()),
            // A property subclass may override `__get__`: the generic path.
            Payload::Property(_) if self.plain_property(o, "__get__") => {
                self.property_get(o, obj, ty)
            }
            _ => {
                let dty = o.ty().clone();
                match self.lookup_special(&dty, "__get__") {
                    Some(get) => self.call(&get, [d.clone(), obj.clone(), Value::Obj(ty.clone())]),
                    None => Ok(d.clone()),
                }
            }
        }
    }

    fn property_name(&mut self, prop: &ObjRef, ty: &ObjRef) -> PyResult<String> {
        let Payload::Property(p) = &prop.payload else {
            return Ok("?".into());
        };
        let name = match self
            .get_attr_opt_quiet(&p[0])
            .or_else(|| self.get_attr_opt_quiet(&p[1]))
        {
            Some(n) => n,
            None => {
                for t in tdata(ty).mro.borrow().iter() {
                    for e in tdata(t).dict.borrow().iter() {
                        if e.value.is(&Value::Obj(prop.clone())) {
                            return Ok(format!("'{}'", e.key.as_str().unwrap_or("?")));
                        }
                    }
                }
                return Ok("?".into());
            }
        };
        Ok(format!("'{name}'"))
    }

    fn get_attr_opt_quiet(&mut self, f: &Value) -> Option<String> {
        if let Some(Payload::Function(func)) = f.payload() {
            return func.name.borrow().as_str().map(str::to_string);
        }
        None
    }

    fn bind_native(&self, _o: &ObjRef, n: &NativeFunction, receiver: Value) -> Value {
        Value::Obj(ObjRef::new(
            self.t.builtin_function.clone(),
            Payload::Native(Box::new(NativeFunction {
                name: n.name,
                func: n.func,
                kind: n.kind,
                receiver,
                owner: n.owner.clone(),
            })),
        ))
    }

    /// A bound method object.
    pub fn bound_method(&self, func: Value, receiver: Value) -> Value {
        Value::Obj(ObjRef::new(
            self.t.method.clone(),
            Payload::BoundMethod(Box::new((func, receiver))),
        ))
    }

    /// Attribute lookup on a type object (metatype first for data descriptors).
    fn type_get_attr(&mut self, ty: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
        let n = name.as_str_payload().unwrap_or("");
        let meta = ty.ty().clone();
        // Cached per class by the name's address (names are interned).
        let meta_attr = types::lookup_interned(&meta, name);
        if let Some(ma) = &meta_attr {
            if let DescrKind::Data = descr_kind(self, ma) {
                return self.descr_get(ma, &Value::Obj(ty.clone()), &meta).map(Some);
            }
        }
        if let Some(v) = crate::builtins::attrs::type_attr(self, ty, n)? {
            return Ok(Some(v));
        }
        if let Some(attr) = types::lookup_interned(ty, name) {
            let Value::Obj(o) = &attr else {
                return Ok(Some(attr));
            };
            return Ok(Some(match &o.payload {
                Payload::Function(_) => attr.clone(),
                Payload::Native(nf)
                    if nf.kind == NativeKind::ClassMethod && nf.receiver.is_null() =>
                {
                    self.bind_native(o, nf, Value::Obj(ty.clone()))
                }
                Payload::Native(_) => attr.clone(),
                Payload::ClassMethod(f) => self.bound_method(f.clone(), Value::Obj(ty.clone())),
                Payload::StaticMethod(f) => f.clone(),
                Payload::Property(_) => attr.clone(),
                _ => {
                    let dty = o.ty().clone();
                    if types::is_heap_type(&dty) {
                        if let Some(get) = self.lookup_special(&dty, "__get__") {
                            return self
                                .call(&get, [attr.clone(), Value::None, Value::Obj(ty.clone())])
                                .map(Some);
                        }
                    }
                    attr.clone()
                }
            }));
        }
        if let Some(ma) = meta_attr {
            return self
                .descr_get(&ma, &Value::Obj(ty.clone()), &meta)
                .map(Some);
        }
        Ok(None)
    }

    /// `setattr(obj, name, value)`; `value` Null means `delattr`.
    pub fn set_attr(&mut self, obj: &Value, name: &ObjRef, value: Value) -> PyResult<()> {
        let ty = self.type_of(obj).clone();
        if tdata(&ty).has(types::CUSTOM_SETATTR) {
            let (meth, args) = if value.is_null() {
                ("__delattr__", vec![obj.clone(), Value::Obj(name.clone())])
            } else {
                (
                    "__setattr__",
                    vec![obj.clone(), Value::Obj(name.clone()), value.clone()],
                )
            };
            if let Some(f) = self.lookup_special(&ty, meth) {
                // `object`'s own slot means the generic path; any other
                // (Python, or an extension type's) is called.
                let is_object_slot = matches!(f.payload(), Some(Payload::Native(n))
                    if !n.owner.as_ref().is_some_and(types::is_heap_type));
                if !is_object_slot {
                    self.call(&f, args)?;
                    return Ok(());
                }
            }
        }
        self.generic_set_attr(obj, name, value)
    }

    /// `object.__setattr__` / `object.__delattr__` (value Null).
    pub fn generic_set_attr(&mut self, obj: &Value, name: &ObjRef, value: Value) -> PyResult<()> {
        let ty = self.type_of(obj).clone();
        let n = name.as_str_payload().unwrap_or("").to_string();
        if let Value::Obj(o) = obj {
            if let Payload::Type(td) = &o.payload {
                if !td.has(types::HEAP) || td.has(types::IMMUTABLE) {
                    let msg = format!(
                        "cannot set '{n}' attribute of immutable type '{}'",
                        self.tp_name(o)
                    );
                    return Err(self.type_error(msg));
                }
                return crate::builtins::type_::set_type_attr(self, o, name, value);
            }
        }
        if let Some(d) = types::lookup_interned(&ty, name) {
            if let Value::Obj(dobj) = &d {
                match &dobj.payload {
                    Payload::Member(index) => {
                        let Value::Obj(inst) = obj else {
                            return Err(self.readonly_attr_error(obj, &n));
                        };
                        if let Payload::Slots(values) = &inst.payload {
                            let deleting = value.is_null();
                            let old = match values.borrow_mut().get_mut(*index) {
                                Some(slot) => std::mem::replace(slot, value),
                                None => return Err(self.readonly_attr_error(obj, &n)),
                            };
                            if deleting && old.is_null() {
                                return Err(self.attribute_error(n.clone()));
                            }
                            drop(old);
                            return Ok(());
                        }
                        let dict = {
                            let mut slot = inst.dict.borrow_mut();
                            if slot.is_none() {
                                *slot = Some(self.new_dict());
                            }
                            slot.clone().expect("dict just made")
                        };
                        if value.is_null() {
                            if self
                                .dict_remove(&dict, &Value::Obj(name.clone()))?
                                .is_none()
                            {
                                return Err(self.attribute_error(n.clone()));
                            }
                        } else {
                            self.dict_set_str(&dict, name.clone(), value);
                        }
                        return Ok(());
                    }
                    Payload::Property(p)
                        if self.plain_property(
                            dobj,
                            if value.is_null() {
                                "__delete__"
                            } else {
                                "__set__"
                            },
                        ) =>
                    {
                        let f = if value.is_null() {
                            p[2].clone()
                        } else {
                            p[1].clone()
                        };
                        let builtin_getset = matches!(p[0].payload(), Some(Payload::Native(nf)) if nf.owner.as_ref().is_some_and(|o| !types::is_heap_type(o)));
                        if builtin_getset && (f.is_none() || f.is_null()) {
                            let tn = self.type_name(obj);
                            return Err(self.attribute_error(format!(
                                "attribute '{n}' of '{tn}' objects is not writable"
                            )));
                        }
                        if f.is_none() || f.is_null() {
                            let what = if value.is_null() { "deleter" } else { "setter" };
                            let pn = self.property_name(dobj, &ty)?;
                            let msg = format!(
                                "property {pn} of '{}' object has no {what}",
                                self.type_name(obj)
                            );
                            return Err(self.attribute_error(msg));
                        }
                        let mut args = vec![obj.clone()];
                        if !value.is_null() {
                            args.push(value);
                        }
                        self.call(&f, args)?;
                        return Ok(());
                    }
                    _ if types::is_heap_type(dobj.ty()) => {
                        let dty = dobj.ty().clone();
                        let meth = if value.is_null() {
                            "__delete__"
                        } else {
                            "__set__"
                        };
                        if let Some(f) = self.lookup_special(&dty, meth) {
                            let mut args = vec![d.clone(), obj.clone()];
                            if !value.is_null() {
                                args.push(value);
                            }
                            self.call(&f, args)?;
                            return Ok(());
                        }
                        let other = if value.is_null() {
                            "__set__"
                        } else {
                            "__delete__"
                        };
                        if self.lookup_special(&dty, other).is_some() {
                            let msg = if value.is_null() {
                                "__delete__"
                            } else {
                                "__set__"
                            };
                            return Err(self.attribute_error(msg.to_string()));
                        }
                    }
                    _ => {}
                }
            }
        }
        let Value::Obj(o) = obj else {
            return Err(self.readonly_attr_error(obj, &n));
        };
        if crate::builtins::attrs::set_payload_attr(self, o, &n, &value)? {
            return Ok(());
        }
        let td = tdata(&ty);
        if let Some(slots) = &td.slots {
            let allowed = slots.iter().any(|s| s == &n)
                || td.mro.borrow().iter().any(|t| {
                    tdata(t)
                        .slots
                        .as_ref()
                        .is_some_and(|s| s.iter().any(|x| x == &n))
                });
            if !allowed && !td.has(types::INSTANCE_DICT) {
                return Err(self.readonly_attr_error(obj, &n));
            }
        } else if !td.has(types::INSTANCE_DICT) && o.dict.borrow().is_none() {
            return Err(self.readonly_attr_error(obj, &n));
        }
        if value.is_null() {
            let dict = o.dict.borrow().clone();
            let removed = match dict {
                Some(d) => self.dict_remove(&d, &Value::Obj(name.clone()))?,
                None => None,
            };
            if removed.is_none() {
                return Err(self.no_attribute(obj, name));
            }
            return Ok(());
        }
        let dict = {
            let mut slot = o.dict.borrow_mut();
            if slot.is_none() {
                *slot = Some(self.new_dict());
            }
            slot.clone().expect("dict just made")
        };
        self.dict_set_str(&dict, name.clone(), value);
        Ok(())
    }

    fn readonly_attr_error(&mut self, obj: &Value, name: &str) -> ObjRef {
        let tn = self.type_name(obj);
        if let Ok(Some(_)) = crate::builtins::attrs::payload_attr(self, obj, name) {
            return self.attribute_error(format!(
                "attribute '{name}' of '{tn}' objects is not writable"
            ));
        }
        if let Some(ty) = Some(self.type_of(obj).clone()) {
            let k = self.intern(name);
            if types::lookup_interned(&ty, &k).is_some() {
                return self
                    .attribute_error(format!("'{tn}' object attribute '{name}' is read-only"));
            }
        }
        self.attribute_error(format!("'{tn}' object has no attribute '{name}'"))
    }
}

impl ObjRef {
    /// The text of a str object.
    pub fn as_str_payload(&self) -> Option<&str> {
        match &self.payload {
            Payload::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

//! The structural pattern matching instructions (`MATCH_*`).

use crate::payload::Payload;
use crate::types::{self, Layout};
use crate::value::Value;
use crate::{PyResult, Vm};

fn layout_of(vm: &Vm, v: &Value) -> Layout {
    let ty = vm.type_of(v);
    for t in types::data(ty).mro.borrow().iter() {
        let l = types::data(t).layout;
        if l != Layout::Object {
            return l;
        }
    }
    Layout::Object
}

/// The collection flag (SEQUENCE or MAPPING) of the first class in the
/// subject's MRO that has one (0 if none): what CPython's types inherit
/// from their bases or get from collections.abc.
fn collection_flag(vm: &Vm, v: &Value) -> u32 {
    let ty = vm.type_of(v);
    let mro = types::data(ty).mro.borrow();
    mro.iter()
        .map(|t| types::data(t).flags.get() & (types::SEQUENCE | types::MAPPING))
        .find(|&f| f != 0)
        .unwrap_or(0)
}

/// `MATCH_MAPPING`: whether the subject is a mapping (dict or subclass,
/// or a class marked by collections.abc.Mapping).
pub fn is_mapping(vm: &mut Vm, v: &Value) -> bool {
    layout_of(vm, v) == Layout::Dict || collection_flag(vm, v) == types::MAPPING
}

/// `MATCH_SEQUENCE`: list, tuple, range and their subclasses (not str/bytes),
/// or a class marked by collections.abc.Sequence (deque, user classes).
pub fn is_sequence(vm: &mut Vm, v: &Value) -> bool {
    matches!(layout_of(vm, v), Layout::List | Layout::Tuple)
        || matches!(v.payload(), Some(Payload::Range(_)))
        || collection_flag(vm, v) == types::SEQUENCE
}

/// `MATCH_KEYS`: a tuple of the values for `keys`, or None if one is missing.
pub fn match_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys = match keys.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let mut values = Vec::with_capacity(keys.len());
    let mut seen: Vec<Value> = Vec::new();
    for k in keys {
        for s in &seen {
            if vm.eq(s, &k)? {
                let r = vm.repr(&k)?;
                return Err(vm.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
        }
        seen.push(k.clone());
        let found = match subject {
            Value::Obj(o)
                if matches!(o.payload, Payload::Dict(_)) && !types::is_heap_type(o.ty()) =>
            {
                vm.dict_get(o, &k)?
            }
            _ => {
                let r = vm.call_method(subject, "get", vec![k.clone(), Value::Null])?;
                if r.is_null() {
                    None
                } else {
                    Some(r)
                }
            }
        };
        match found {
            Some(v) => values.push(v),
            None => return Ok(Value::None),
        }
    }
    Ok(vm.new_tuple(values))
}

/// `MATCH_CLASS`: the attributes for the sub-patterns, or None.
pub fn match_class(
    vm: &mut Vm,
    subject: &Value,
    cls: &Value,
    npos: usize,
    names: &Value,
) -> PyResult<Value> {
    let Value::Obj(c) = cls else {
        return Err(vm.type_error("called match pattern must be a type"));
    };
    if !matches!(c.payload, Payload::Type(_)) {
        return Err(vm.type_error("called match pattern must be a type"));
    }
    if !vm.is_instance(subject, c) {
        return Ok(Value::None);
    }
    let mut attrs = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    if npos > 0 {
        let match_args = vm.get_attr_str(cls, "__match_args__").ok();
        let self_match = matches!(
            types::data(c).layout,
            Layout::Bool
                | Layout::ByteArray
                | Layout::Bytes
                | Layout::Dict
                | Layout::Float
                | Layout::FrozenSet
                | Layout::Int
                | Layout::List
                | Layout::Set
                | Layout::Str
                | Layout::Tuple
        ) && match_args.is_none();
        if self_match {
            if npos > 1 {
                let n = types::name(c);
                return Err(vm.type_error(format!(
                    "{n}() accepts 1 positional sub-pattern ({npos} given)"
                )));
            }
            attrs.push(subject.clone());
        } else {
            let Some(ma) = match_args else {
                let n = types::name(c);
                return Err(vm.type_error(format!(
                    "{n}() accepts 0 positional sub-patterns ({npos} given)"
                )));
            };
            let Some(Payload::Tuple(ma)) = ma.payload() else {
                let tn = vm.type_name(&ma);
                return Err(vm.type_error(format!(
                    "{}.__match_args__ must be a tuple (got {tn})",
                    types::name(c)
                )));
            };
            if npos > ma.len() {
                let n = types::name(c);
                return Err(vm.type_error(format!(
                    "{n}() accepts {} positional sub-pattern{} ({npos} given)",
                    ma.len(),
                    if ma.len() == 1 { "" } else { "s" }
                )));
            }
            for name in ma.iter().take(npos) {
                let Some(n) = name.as_str() else {
                    let tn = vm.type_name(name);
                    return Err(vm.type_error(format!(
                        "__match_args__ elements must be strings (got {tn})"
                    )));
                };
                seen.push(n.to_string());
                let key = vm.intern(n);
                match vm.get_attr_opt(subject, &key)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
    }
    if let Some(Payload::Tuple(kw)) = names.payload() {
        for name in kw.iter() {
            let n = name.as_str().unwrap_or("").to_string();
            if seen.contains(&n) {
                let cn = types::name(c);
                return Err(vm.type_error(format!(
                    "{cn}() got multiple sub-patterns for attribute '{n}'"
                )));
            }
            seen.push(n.clone());
            let key = vm.intern(&n);
            match vm.get_attr_opt(subject, &key)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
    }
    Ok(vm.new_tuple(attrs))
}

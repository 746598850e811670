//! The `_string` module behind `string.Formatter` (python/string.py):
//! `formatter_parser` and `formatter_field_name_split`, lazy iterators
//! that split format strings exactly as `str.format` does (CPython's
//! MarkupIterator and FieldNameIterator, with their messages).

use crate::native::{self, receiver};
use pvm_vm::args::Args;
use pvm_vm::payload::{Extension, NativeFn, NativeKind, Payload};
use pvm_vm::{ObjRef, PyResult, Value, Vm};
use std::cell::Cell;

/// Fills in the `_string` module.
pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    vm.add_functions(
        module,
        &[
            ("formatter_parser", formatter_parser),
            ("formatter_field_name_split", formatter_field_name_split),
        ],
    );
    for (name, next) in [
        ("formatteriterator", markup_next as NativeFn),
        ("fieldnameiterator", field_next as NativeFn),
    ] {
        let methods: &[(&'static str, NativeFn, NativeKind)] = &[
            ("__iter__", iter_self, NativeKind::Method),
            ("__next__", next, NativeKind::Method),
        ];
        // Not module attributes in CPython: kept under private names.
        let ty = vm.new_extension_type(name, "_string", vec![], methods);
        let td = pvm_vm::types::data(&ty);
        td.flags.set(td.flags.get() & !pvm_vm::types::BASETYPE);
        vm.set_attr_direct(module, &format!("_{name}"), Value::Obj(ty));
    }
    let doc = vm.new_str("string helper module");
    vm.set_attr_direct(module, "__doc__", doc);
    Ok(())
}

/// The characters of a str argument, or "expected str, got T".
fn chars_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Vec<char>> {
    let v = native::one(vm, args, name)?;
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s.as_str().chars().collect()),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("expected str, got {tn}")))
        }
    }
}

/// A new iterator of the private class `_name` holding `state`.
fn new_iter(vm: &mut Vm, name: &str, state: impl Extension) -> PyResult<Value> {
    let module = pvm_vm::import::import_full(vm, "_string")?;
    let cls = vm.get_attr_str(&module, name)?;
    let Value::Obj(cls) = cls else {
        return Err(vm.type_error("iterator class missing"));
    };
    Ok(vm.new_extension(&cls, state))
}

/// `iter(it)` is `it`.
fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.values.first().cloned().unwrap_or(Value::None))
}

/// A format string being split into (literal, field, spec, conversion).
struct Markup {
    text: Vec<char>,
    pos: Cell<usize>,
}

impl Extension for Markup {}

/// `formatter_parser(str)`.
fn formatter_parser(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let text = chars_arg(vm, &args, "formatter_parser")?;
    new_iter(
        vm,
        "_formatteriterator",
        Markup {
            text,
            pos: Cell::new(0),
        },
    )
}

/// One replacement field: name, spec (None without one) and conversion.
struct Field {
    name: String,
    spec: String,
    conversion: Option<char>,
}

impl Markup {
    /// The next (literal, field) pair, None at the end.
    fn next(&self, vm: &mut Vm) -> PyResult<Option<(String, Option<Field>)>> {
        let s = &self.text;
        let end = s.len();
        let mut i = self.pos.get();
        if i >= end {
            return Ok(None);
        }
        let start = i;
        let mut c = '\0';
        let mut markup = false;
        while i < end {
            c = s[i];
            i += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = i >= end;
        let mut len = i - start;
        if c == '}' && markup && (at_end || s[i] != '}') {
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if at_end && c == '{' && markup {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        if markup {
            if s[i] == c {
                // A doubled brace: literal text holding one brace.
                i += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        let literal: String = s[start..start + len].iter().collect();
        if !markup {
            self.pos.set(i);
            return Ok(Some((literal, None)));
        }
        let field = self.parse_field(vm, &mut i)?;
        self.pos.set(i);
        Ok(Some((literal, Some(field))))
    }

    /// The field after a `{` at `*i` (CPython's parse_field).
    fn parse_field(&self, vm: &mut Vm, i: &mut usize) -> PyResult<Field> {
        let s = &self.text;
        let end = s.len();
        let name_start = *i;
        let mut c = '\0';
        while *i < end {
            c = s[*i];
            *i += 1;
            match c {
                '{' => return Err(vm.value_error("unexpected '{' in field name")),
                '[' => {
                    while *i < end && s[*i] != ']' {
                        *i += 1;
                    }
                }
                '}' | ':' | '!' => break,
                _ => {}
            }
        }
        let name: String = s[name_start..(*i).max(name_start + 1) - 1].iter().collect();
        let mut field = Field {
            name,
            spec: String::new(),
            conversion: None,
        };
        if c != '!' && c != ':' {
            if c != '}' {
                return Err(vm.value_error("expected '}' before end of string"));
            }
            return Ok(field);
        }
        if c == '!' {
            if *i >= end {
                return Err(vm.value_error("end of string while looking for conversion specifier"));
            }
            field.conversion = Some(s[*i]);
            *i += 1;
            if *i < end {
                let c = s[*i];
                *i += 1;
                if c == '}' {
                    return Ok(field);
                }
                if c != ':' {
                    return Err(vm.value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *i;
        let mut depth = 1;
        while *i < end {
            let c = s[*i];
            *i += 1;
            if c == '{' {
                depth += 1;
            } else if c == '}' {
                depth -= 1;
                if depth == 0 {
                    field.spec = s[spec_start..*i - 1].iter().collect();
                    return Ok(field);
                }
            }
        }
        Err(vm.value_error("unmatched '{' in format spec"))
    }
}

/// The next (literal_text, field_name, format_spec, conversion) tuple.
fn markup_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver::<Markup>(vm, &args, "formatteriterator", "__next__")?;
    let Some((literal, field)) = me.next(vm)? else {
        return Err(native::stop(vm));
    };
    let literal = vm.new_str(literal);
    let items = match field {
        None => vec![literal, Value::None, Value::None, Value::None],
        Some(f) => {
            let conversion = match f.conversion {
                Some(c) => vm.new_str(c.to_string()),
                None => Value::None,
            };
            vec![literal, vm.new_str(f.name), vm.new_str(f.spec), conversion]
        }
    };
    Ok(vm.new_tuple(items))
}

/// The index a field name part denotes when it is all decimal digits
/// (CPython's get_integer), None otherwise.
fn get_integer(vm: &mut Vm, part: &[char]) -> PyResult<Option<i64>> {
    if part.is_empty() {
        return Ok(None);
    }
    let mut acc: i64 = 0;
    for &c in part {
        let Some(d) = c
            .to_digit(10)
            .or_else(|| pvm_vm::builtins::numbers::unicode_decimal(c))
        else {
            return Ok(None);
        };
        acc = match acc.checked_mul(10).and_then(|a| a.checked_add(d as i64)) {
            Some(a) => a,
            None => return Err(vm.value_error("Too many decimal digits in format string")),
        };
    }
    Ok(Some(acc))
}

/// The parts of a field name after the first: `.attr` and `[key]`.
struct FieldName {
    text: Vec<char>,
    pos: Cell<usize>,
}

impl Extension for FieldName {}

/// `formatter_field_name_split(str)` -> (first, iterator of (is_attr, key)).
fn formatter_field_name_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let text = chars_arg(vm, &args, "formatter_field_name_split")?;
    let split = text
        .iter()
        .position(|c| *c == '.' || *c == '[')
        .unwrap_or(text.len());
    let first = match get_integer(vm, &text[..split])? {
        Some(i) => Value::Int(i),
        None => vm.new_str(text[..split].iter().collect::<String>()),
    };
    let rest = new_iter(
        vm,
        "_fieldnameiterator",
        FieldName {
            text,
            pos: Cell::new(split),
        },
    )?;
    Ok(vm.new_pair(first, rest))
}

/// The next (is_attribute, name or index) pair of a field name.
fn field_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver::<FieldName>(vm, &args, "fieldnameiterator", "__next__")?;
    let s = &me.text;
    let end = s.len();
    let mut i = me.pos.get();
    if i >= end {
        return Err(native::stop(vm));
    }
    let c = s[i];
    i += 1;
    let start = i;
    let (is_attr, name_end) = match c {
        '.' => {
            while i < end && s[i] != '.' && s[i] != '[' {
                i += 1;
            }
            (true, i)
        }
        '[' => {
            while i < end && s[i] != ']' {
                i += 1;
            }
            if i >= end {
                me.pos.set(i);
                return Err(vm.value_error("Missing ']' in format string"));
            }
            i += 1;
            (false, i - 1)
        }
        _ => {
            me.pos.set(i);
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    };
    me.pos.set(i);
    let part = &s[start..name_end];
    if part.is_empty() {
        return Err(vm.value_error("Empty attribute in format string"));
    }
    let key = match (is_attr, get_integer(vm, part)?) {
        (false, Some(n)) => Value::Int(n),
        _ => vm.new_str(part.iter().collect::<String>()),
    };
    Ok(vm.new_pair(Value::Bool(is_attr), key))
}

//! The rest of `str`'s method set: case mapping, the predicates, padding,
//! partitioning, line splitting and translation, with the Unicode 14
//! character data CPython 3.11 uses.

use crate::args::Args;
use crate::builtins::cargs;
use crate::builtins::str::recv;
use crate::builtins::unicode_data as ud;
use crate::object::ObjRef;
use crate::payload::{NativeKind, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};

fn in_ranges(t: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    t.binary_search_by(|&(lo, hi)| {
        if hi < c {
            std::cmp::Ordering::Less
        } else if lo > c {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    })
    .is_ok()
}

fn lookup(t: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    t.binary_search_by_key(&(c as u32), |e| e.0)
        .ok()
        .map(|i| t[i].1)
}

/// `str.isspace` for one character (Zs, or bidi class WS/B/S).
pub fn is_space(c: char) -> bool {
    match c {
        '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c'..='\x1f' | ' ' => true,
        _ if c.is_ascii() => false,
        '\u{85}'
        | '\u{a0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200a}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{202f}'
        | '\u{205f}'
        | '\u{3000}' => true,
        _ => false,
    }
}

/// A line boundary for `str.splitlines`.
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// General category L*.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(ud::ALPHA, c)
}

/// Numeric_Type=Decimal.
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(ud::DECIMAL, c)
}

/// Numeric_Type=Decimal or Digit.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(ud::DIGIT, c)
}

/// Any Numeric_Type.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(ud::NUMERIC, c)
}

/// `str.isalnum` for one character.
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// The Lowercase property.
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_ranges(ud::LOWER, c)
}

/// The Uppercase property.
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_ranges(ud::UPPER, c)
}

/// General category Lt.
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(ud::TITLE, c)
}

/// The Cased property.
pub fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_title(c)
}

/// The Case_Ignorable property.
pub fn is_case_ignorable(c: char) -> bool {
    in_ranges(ud::CASE_IGNORABLE, c)
}

/// `str.isprintable` for one character.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !in_ranges(ud::PRINTABLE_NOT, c)
}

/// Appends the full uppercase mapping of `c`.
pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        match lookup(ud::UPPER_MAP, c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
}

/// Appends the full lowercase mapping of `c` (no final-sigma context).
pub fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        match lookup(ud::LOWER_MAP, c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
}

/// Appends the full titlecase mapping of `c`.
pub fn push_title(out: &mut String, c: char) {
    match lookup(ud::TITLE_MAP, c) {
        Some(s) => out.push_str(s),
        None => push_upper(out, c),
    }
}

/// Appends the full case folding of `c`.
pub fn push_fold(out: &mut String, c: char) {
    match lookup(ud::FOLD_MAP, c) {
        Some(s) => out.push_str(s),
        None => push_lower(out, c),
    }
}

/// Appends the lowercase of `chars[i]`, with capital sigma's final form.
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != '\u{3a3}' {
        push_lower(out, c);
        return;
    }
    let mut j = i as isize - 1;
    while j >= 0 && is_case_ignorable(chars[j as usize]) {
        j -= 1;
    }
    let mut final_sigma = j >= 0 && is_cased(chars[j as usize]);
    if final_sigma && i + 1 < chars.len() {
        let mut k = i + 1;
        while k < chars.len() && is_case_ignorable(chars[k]) {
            k += 1;
        }
        final_sigma = k == chars.len() || !is_cased(chars[k]);
    }
    out.push(if final_sigma { '\u{3c2}' } else { '\u{3c3}' });
}

/// `str.lower` of a whole text.
pub fn lower_text(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&mut out, &chars, i);
    }
    out
}

/// `str.upper` of a whole text.
pub fn upper_text(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

/// A new str with the same value, or the receiver itself when it is an
/// exact str and `r` equals it.
fn result(vm: &mut Vm, args: &Args, r: String) -> Value {
    let me = &args.values[0];
    if me.as_obj().is_some_and(|o| o.ty().is(&vm.t.str)) && me.as_str() == Some(r.as_str()) {
        return me.clone();
    }
    vm.new_str(r)
}

macro_rules! case_methods {
    ($($name:ident => $f:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let s = recv(vm, &args, stringify!($name))?.as_str();
                cargs::noargs(vm, &args, concat!("str.", stringify!($name)))?;
                let f: fn(&str) -> String = $f;
                let r = f(s);
                Ok(vm.new_str(r))
            }
        )*
    };
}

case_methods! {
    upper => upper_text;
    lower => lower_text;
    capitalize => capitalize_text;
    title => title_text;
    swapcase => swapcase_text;
    casefold => casefold_text;
}

fn capitalize_text(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    if let Some(&c) = chars.first() {
        push_title(&mut out, c);
    }
    for i in 1..chars.len() {
        push_lower_at(&mut out, &chars, i);
    }
    out
}

fn title_text(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for i in 0..chars.len() {
        let c = chars[i];
        if prev_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

fn swapcase_text(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        let c = chars[i];
        if is_upper(c) {
            push_lower_at(&mut out, &chars, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

fn casefold_text(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(&mut out, c);
    }
    out
}

macro_rules! predicates {
    ($($name:ident => $f:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let s = recv(vm, &args, stringify!($name))?.as_str();
                cargs::noargs(vm, &args, concat!("str.", stringify!($name)))?;
                let f: fn(&str) -> bool = $f;
                Ok(Value::Bool(f(s)))
            }
        )*
    };
}

predicates! {
    isdigit => |s| !s.is_empty() && s.chars().all(is_digit);
    isdecimal => |s| !s.is_empty() && s.chars().all(is_decimal);
    isnumeric => |s| !s.is_empty() && s.chars().all(is_numeric);
    isalpha => |s| !s.is_empty() && s.chars().all(is_alpha);
    isalnum => |s| !s.is_empty() && s.chars().all(is_alnum);
    isspace => |s| !s.is_empty() && s.chars().all(is_space);
    isascii => |s| s.is_ascii();
    islower => text_islower;
    isupper => text_isupper;
    isidentifier => is_identifier;
    isprintable => |s| s.chars().all(is_printable);
    istitle => text_istitle;
}

fn text_islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        if !cased && is_lower(c) {
            cased = true;
        }
    }
    cased
}

fn text_isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        if !cased && is_upper(c) {
            cased = true;
        }
    }
    cased
}

fn text_istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `str.isidentifier`.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    let start = |c: char| {
        if c.is_ascii() {
            c == '_' || c.is_ascii_alphabetic()
        } else {
            in_ranges(ud::XID_START, c)
        }
    };
    let cont = |c: char| {
        if c.is_ascii() {
            c == '_' || c.is_ascii_alphanumeric()
        } else {
            in_ranges(ud::XID_CONTINUE, c)
        }
    };
    match chars.next() {
        Some(c) if start(c) => chars.all(cont),
        _ => false,
    }
}

/// The name of a value's type in Clinic's bad-argument messages (None is "None").
pub fn clinic_type_name(vm: &Vm, v: &Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        vm.type_name(v)
    }
}

fn fill_char(vm: &mut Vm, v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else {
        return Ok(' ');
    };
    match v.payload() {
        Some(Payload::Str(s)) if s.char_len() == 1 => Ok(s.as_str().chars().next().unwrap_or(' ')),
        Some(Payload::Str(_)) => {
            Err(vm.type_error("The fill character must be exactly one character long"))
        }
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "The fill character must be a unicode character, not {tn}"
            )))
        }
    }
}

fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

fn justify(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let s = recv(vm, &args, name)?;
    let a = cargs::positional(vm, &args, ("str", name), 1, 2)?;
    let width = cargs::ssize(vm, &a[0])?;
    let fill = fill_char(vm, a.get(1))?;
    let len = s.char_len() as i64;
    let marg = width - len;
    let text = s.as_str();
    if marg <= 0 {
        let t = text.to_string();
        return Ok(result(vm, &args, t));
    }
    let (left, right) = match name {
        "center" => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
        "ljust" => (0, marg),
        _ => (marg, 0),
    };
    let r = pad(text, left as usize, right as usize, fill);
    Ok(vm.new_str(r))
}

fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    justify(vm, args, "center")
}

fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    justify(vm, args, "ljust")
}

fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    justify(vm, args, "rjust")
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv(vm, &args, "zfill")?;
    let w = cargs::one(vm, &args, "str.zfill")?;
    let width = cargs::ssize(vm, &w)?;
    let len = s.char_len() as i64;
    let text = s.as_str();
    if len >= width {
        let t = text.to_string();
        return Ok(result(vm, &args, t));
    }
    let fill = (width - len) as usize;
    let mut out = String::with_capacity(width as usize);
    let rest = match text.chars().next() {
        Some(c @ ('+' | '-')) => {
            out.push(c);
            &text[1..]
        }
        _ => text,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(vm.new_str(out))
}

/// A C `int` argument.
fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = match cargs::ssize(vm, v) {
        Ok(n) => n,
        Err(e) => {
            if vm.error_is(&e, "OverflowError") {
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            return Err(e);
        }
    };
    if n > i32::MAX as i64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    if n < i32::MIN as i64 {
        return Err(vm.overflow_error("Python int too small to convert to C int"));
    }
    Ok(n)
}

/// `expandtabs` over code units (chars or bytes).
pub fn expand_tabs<T: Copy + PartialEq>(
    items: impl Iterator<Item = T>,
    tab: T,
    nl: T,
    cr: T,
    space: T,
    tabsize: i64,
) -> Vec<T> {
    let mut out = Vec::new();
    let mut col: i64 = 0;
    for c in items {
        if c == tab {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                col += incr;
                out.extend(std::iter::repeat_n(space, incr as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == nl || c == cr {
                col = 0;
            }
        }
    }
    out
}

/// The `tabsize` argument of `expandtabs`.
pub fn tabsize_arg(vm: &mut Vm, args: &Args) -> PyResult<i64> {
    let [t] = cargs::keywords(vm, args, "expandtabs", ["tabsize"], 0, 0)?;
    if t.is_null() {
        return Ok(8);
    }
    if let Value::Float(_) = t {
        return Err(vm.type_error("integer argument expected, got float"));
    }
    c_int(vm, &t)
}

fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv(vm, &args, "expandtabs")?.as_str();
    let tabsize = tabsize_arg(vm, &args)?;
    if !s.contains('\t') {
        let t = s.to_string();
        return Ok(result(vm, &args, t));
    }
    let out: String = expand_tabs(s.chars(), '\t', '\n', '\r', ' ', tabsize)
        .into_iter()
        .collect();
    Ok(vm.new_str(out))
}

fn partition_impl(vm: &mut Vm, args: Args, right: bool) -> PyResult<Value> {
    let name = if right { "rpartition" } else { "partition" };
    let s = recv(vm, &args, name)?.as_str();
    let sep = cargs::one(vm, &args, ("str", name))?;
    let Some(sep) = sep.as_str() else {
        let tn = vm.type_name(&sep);
        return Err(vm.type_error(format!("must be str, not {tn}")));
    };
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if right { s.rfind(sep) } else { s.find(sep) };
    let parts = match found {
        Some(i) => [&s[..i], sep, &s[i + sep.len()..]],
        None if right => ["", "", s],
        None => [s, "", ""],
    };
    let items = parts.iter().map(|p| vm.new_str(*p)).collect();
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, false)
}

fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

/// The `keepends` argument of `splitlines`.
pub fn keepends_arg(vm: &mut Vm, args: &Args) -> PyResult<bool> {
    let [k] = cargs::keywords(vm, args, "splitlines", ["keepends"], 0, 0)?;
    if k.is_null() {
        return Ok(false);
    }
    if let Value::Float(_) = k {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    Ok(c_int(vm, &k)? != 0)
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv(vm, &args, "splitlines")?.as_str();
    let keepends = keepends_arg(vm, &args)?;
    let idx: Vec<(usize, char)> = s.char_indices().collect();
    let n = idx.len();
    let at = |k: usize| if k < n { idx[k].0 } else { s.len() };
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n {
        while i < n && !is_linebreak(idx[i].1) {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if idx[i].1 == '\r' && i + 1 < n && idx[i + 1].1 == '\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push(vm.new_str(&s[at(j)..at(eol)]));
        j = i;
    }
    Ok(vm.new_list(out))
}

fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv(vm, &args, "translate")?.as_str();
    let table = cargs::one(vm, &args, "str.translate")?;
    let mut cache: std::collections::HashMap<char, Option<String>> = Default::default();
    let mut out = String::with_capacity(s.len());
    let lookup_err = vm.exc_type("LookupError");
    for c in s.chars() {
        if let Some(r) = cache.get(&c) {
            if let Some(r) = r {
                out.push_str(r);
            }
            continue;
        }
        // Tables are keyed by code points (a lone surrogate's, not its stand-in's).
        let key = Value::Int(crate::surrogates::code_point(c) as i64);
        let mapped = match vm.get_item(&table, &key) {
            Ok(v) => v,
            Err(e) => {
                if vm.is_instance(&Value::Obj(e.clone()), &lookup_err) {
                    out.push(c);
                    cache.insert(c, Some(c.to_string()));
                    continue;
                }
                return Err(e);
            }
        };
        let r = if mapped.is_none() {
            None
        } else if let Some(t) = mapped.as_str() {
            Some(t.to_string())
        } else if matches!(mapped, Value::Int(_) | Value::Bool(_))
            || matches!(mapped.payload(), Some(Payload::Int(_)))
        {
            let n = match mapped {
                Value::Int(n) => n,
                Value::Bool(b) => b as i64,
                _ => -1,
            };
            match u32::try_from(n).ok().and_then(crate::surrogates::char_of) {
                Some(ch) => Some(ch.to_string()),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            }
        } else {
            return Err(vm.type_error("character mapping must return integer, None or str"));
        };
        if let Some(r) = &r {
            out.push_str(r);
        }
        cache.insert(c, r);
    }
    if s.is_empty() {
        return Ok(result(vm, &args, out));
    }
    Ok(vm.new_str(out))
}

fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // A static method: prepend a dummy receiver so the helpers count right.
    let mut full = Args {
        values: args.values.clone(),
        kwnames: args.kwnames.clone(),
    };
    full.prepend(Value::None);
    let a = cargs::positional(vm, &full, "str.maketrans", 1, 3)?;
    let new = vm.new_dict();
    if a.len() == 1 {
        let entries: Vec<(Value, Value)> = match a[0].payload() {
            Some(Payload::Dict(d)) if a[0].as_obj().is_some_and(|o| o.ty().is(&vm.t.dict)) => {
                d.borrow().items()
            }
            _ => {
                return Err(
                    vm.type_error("if you give only one argument to maketrans it must be a dict")
                )
            }
        };
        for (k, v) in entries {
            let key = if let Some(Payload::Str(ks)) = k.payload() {
                if ks.char_len() != 1 {
                    return Err(
                        vm.value_error("string keys in translate table must be of length 1")
                    );
                }
                let c = ks.as_str().chars().next().unwrap_or('\0');
                Value::Int(crate::surrogates::code_point(c) as i64)
            } else if matches!(k, Value::Int(_) | Value::Bool(_))
                || matches!(k.payload(), Some(Payload::Int(_)))
            {
                k
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            vm.dict_set(&new, key, v)?;
        }
        return Ok(Value::Obj(new));
    }
    for (i, v) in a.iter().enumerate().skip(1) {
        if v.as_str().is_none() {
            let tn = clinic_type_name(vm, v);
            return Err(vm.type_error(format!(
                "maketrans() argument {} must be str, not {tn}",
                i + 1
            )));
        }
    }
    let Some(x) = a[0].as_str() else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let y = a[1].as_str().unwrap_or("");
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    let cp = |c: char| Value::Int(crate::surrogates::code_point(c) as i64);
    let pairs: Vec<(char, char)> = x.chars().zip(y.chars()).collect();
    for (f, t) in pairs {
        vm.dict_set(&new, cp(f), cp(t))?;
    }
    if let Some(z) = a.get(2).and_then(|v| v.as_str()) {
        let z: Vec<char> = z.chars().collect();
        for c in z {
            vm.dict_set(&new, cp(c), Value::None)?;
        }
    }
    Ok(Value::Obj(new))
}

fn affix_remove(vm: &mut Vm, args: Args, name: &str, prefix: bool) -> PyResult<Value> {
    let s = recv(vm, &args, name)?.as_str();
    let a = cargs::one(vm, &args, ("str", name))?;
    let Some(p) = a.as_str() else {
        let tn = clinic_type_name(vm, &a);
        return Err(vm.type_error(format!("{name}() argument must be str, not {tn}")));
    };
    let r = if prefix {
        s.strip_prefix(p)
    } else {
        s.strip_suffix(p)
    };
    let r = r.unwrap_or(s).to_string();
    Ok(result(vm, &args, r))
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_remove(vm, args, "removeprefix", true)
}

fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_remove(vm, args, "removesuffix", false)
}

/// Installs the methods of this module on `str`.
pub fn install(vm: &mut Vm, s: &ObjRef) {
    vm.add_methods(
        s,
        &[
            ("upper", upper, NativeKind::Method),
            ("lower", lower, NativeKind::Method),
            ("capitalize", capitalize, NativeKind::Method),
            ("title", title, NativeKind::Method),
            ("swapcase", swapcase, NativeKind::Method),
            ("casefold", casefold, NativeKind::Method),
            ("isdigit", isdigit, NativeKind::Method),
            ("isdecimal", isdecimal, NativeKind::Method),
            ("isnumeric", isnumeric, NativeKind::Method),
            ("isalpha", isalpha, NativeKind::Method),
            ("isalnum", isalnum, NativeKind::Method),
            ("isspace", isspace, NativeKind::Method),
            ("isascii", isascii, NativeKind::Method),
            ("islower", islower, NativeKind::Method),
            ("isupper", isupper, NativeKind::Method),
            ("isidentifier", isidentifier, NativeKind::Method),
            ("isprintable", isprintable, NativeKind::Method),
            ("istitle", istitle, NativeKind::Method),
            ("center", center, NativeKind::Method),
            ("ljust", ljust, NativeKind::Method),
            ("rjust", rjust, NativeKind::Method),
            ("zfill", zfill, NativeKind::Method),
            ("expandtabs", expandtabs, NativeKind::Method),
            ("partition", partition, NativeKind::Method),
            ("rpartition", rpartition, NativeKind::Method),
            ("splitlines", splitlines, NativeKind::Method),
            ("translate", translate, NativeKind::Method),
            ("maketrans", maketrans, NativeKind::StaticMethod),
            ("removeprefix", removeprefix, NativeKind::Method),
            ("removesuffix", removesuffix, NativeKind::Method),
        ],
    );
}

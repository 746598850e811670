//! The arguments of a call to native code: positional values followed by
//! keyword values, with the keyword names as a tuple (CPython's vectorcall).

use crate::object::ObjRef;
use crate::payload::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use smallvec::SmallVec;

/// Arguments passed to a native function.
pub struct Args {
    /// Positional values, then keyword values.
    pub values: SmallVec<[Value; 6]>,
    /// The names of the trailing keyword values (a tuple of str), if any.
    pub kwnames: Option<ObjRef>,
}

impl Args {
    /// Positional-only arguments.
    pub fn new(values: impl IntoIterator<Item = Value>) -> Args {
        Args {
            values: values.into_iter().collect(),
            kwnames: None,
        }
    }

    /// The number of keyword arguments.
    pub fn nkw(&self) -> usize {
        match &self.kwnames {
            Some(t) => match &t.payload {
                Payload::Tuple(items) => items.len(),
                _ => 0,
            },
            None => 0,
        }
    }

    /// The positional arguments.
    pub fn pos(&self) -> &[Value] {
        &self.values[..self.values.len() - self.nkw()]
    }

    /// The keyword arguments as (name, value) pairs.
    pub fn kwargs(&self) -> Vec<(&str, &Value)> {
        let Some(t) = &self.kwnames else {
            return Vec::new();
        };
        let Payload::Tuple(names) = &t.payload else {
            return Vec::new();
        };
        let start = self.values.len() - names.len();
        names
            .iter()
            .zip(&self.values[start..])
            .map(|(n, v)| (n.as_str().unwrap_or(""), v))
            .collect()
    }

    /// Prepends a receiver (binding `self`).
    pub fn prepend(&mut self, v: Value) {
        self.values.insert(0, v);
    }

    /// Errors unless there are no keyword arguments.
    pub fn no_kwargs(&self, vm: &mut Vm, fname: &str) -> PyResult<()> {
        if self.nkw() > 0 {
            return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
        }
        Ok(())
    }

    /// Checks the positional count is within `min..=max` and there are no keywords.
    #[inline(always)]
    pub fn check(&self, vm: &mut Vm, fname: &str, min: usize, max: usize) -> PyResult<&[Value]> {
        let n = self.values.len();
        if n < min || n > max || self.nkw() > 0 {
            return Err(self.check_error(vm, fname, min, max));
        }
        Ok(&self.values)
    }

    /// The error [`Args::check`] reports (out of line: the check is on
    /// every native call, the error rare).
    #[cold]
    #[inline(never)]
    fn check_error(&self, vm: &mut Vm, fname: &str, min: usize, max: usize) -> ObjRef {
        if let Err(e) = self.no_kwargs(vm, fname) {
            return e;
        }
        vm.type_error(count_message(fname, min, max, self.values.len()))
    }

    /// Binds arguments to `names` (positional first, then by keyword);
    /// the first `required` must be given; missing ones are Null.
    pub fn bind<const N: usize>(
        &self,
        vm: &mut Vm,
        fname: &str,
        names: [&str; N],
        required: usize,
    ) -> PyResult<[Value; N]> {
        let mut out: [Value; N] = std::array::from_fn(|_| Value::Null);
        let pos = self.pos();
        if pos.len() > N {
            return Err(vm.type_error(format!(
                "{fname}() takes at most {N} argument{} ({} given)",
                if N == 1 { "" } else { "s" },
                pos.len()
            )));
        }
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = v.clone();
        }
        for (name, v) in self.kwargs() {
            match names.iter().position(|n| *n == name) {
                Some(i) if out[i].is_null() => out[i] = v.clone(),
                Some(i) => {
                    return Err(vm.type_error(format!(
                        "argument for {fname}() given by name ('{name}') and position ({})",
                        i + 1
                    )))
                }
                None => {
                    return Err(vm.type_error(format!(
                        "{fname}() got an unexpected keyword argument '{name}'"
                    )))
                }
            }
        }
        for (i, slot) in out.iter().enumerate().take(required) {
            if slot.is_null() {
                return Err(vm.type_error(format!(
                    "{fname}() missing required argument '{}' (pos {})",
                    names[i],
                    i + 1
                )));
            }
        }
        Ok(out)
    }
}

/// CPython's messages for a wrong number of positional arguments.
pub fn count_message(fname: &str, min: usize, max: usize, got: usize) -> String {
    if min == max {
        match min {
            0 => format!("{fname}() takes no arguments ({got} given)"),
            1 => format!("{fname}() takes exactly one argument ({got} given)"),
            _ => format!("{fname} expected {min} arguments, got {got}"),
        }
    } else if got < min {
        format!(
            "{fname} expected at least {min} argument{}, got {got}",
            plural(min)
        )
    } else {
        format!(
            "{fname} expected at most {max} argument{}, got {got}",
            plural(max)
        )
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

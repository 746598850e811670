//! Moving a code object to other lines: a unit compiled from its own text
//! is placed where it stands in the file without compiling it again.

use pvm_compiler::{CodeObject, Constant};
use std::sync::Arc;

/// `code` (and every code object nested in it) moved so that its
/// `co_firstlineno` is `firstlineno`; the same object if it is there already.
pub fn to_line(code: Arc<CodeObject>, firstlineno: u32) -> Arc<CodeObject> {
    let delta = i64::from(firstlineno) - i64::from(code.firstlineno);
    if delta == 0 {
        return code;
    }
    Arc::new(moved(&code, delta))
}

fn moved(code: &CodeObject, delta: i64) -> CodeObject {
    let line = |l: u32| (i64::from(l) + delta).clamp(0, i64::from(u32::MAX)) as u32;
    let mut out = code.clone();
    out.firstlineno = line(out.firstlineno);
    for p in &mut out.positions {
        p.line = p.line.map(line);
        p.end_line = p.end_line.map(line);
    }
    for c in &mut out.consts {
        if let Constant::Code(inner) = c {
            *inner = Arc::new(moved(inner, delta));
        }
    }
    out
}

//! Printing exceptions as CPython 3.11 does: chained causes and contexts,
//! "Traceback (most recent call last):", one entry per frame with its
//! source line, repeated entries collapsed, and the final `Type: message`.

use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types;
use crate::value::Value;
use crate::Vm;

/// A source span, for [`caret_line`]'s callers outside the VM.
pub use pvm_compiler::code::Position;

/// One traceback entry: file, line, function name, and the instruction's span.
struct Entry {
    file: String,
    line: Option<u32>,
    name: String,
    position: pvm_compiler::code::Position,
}

fn entries(tb: &Value) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut cur = tb.clone();
    while let Value::Obj(o) = &cur {
        let Payload::Traceback(t) = &o.payload else {
            break;
        };
        let position = t.code.positions.get(t.lasti).copied().unwrap_or_default();
        out.push(Entry {
            file: t.code.filename().to_string(),
            line: position.line,
            name: t.code.qualname_for_traceback(),
            position,
        });
        cur = match &t.next {
            Some(n) => Value::Obj(n.clone()),
            None => Value::None,
        };
    }
    out
}

impl crate::code::Code {
    /// The name a traceback shows (`co_name` in 3.11).
    pub fn qualname_for_traceback(&self) -> String {
        self.name.as_str_payload().unwrap_or("?").to_string()
    }
}

/// The source line `line` (1-based) of `file`, if readable.
fn source_line(vm: &mut Vm, file: &str, line: u32) -> Option<String> {
    if !vm.sources.contains_key(file) {
        let text = std::fs::read(file)
            .ok()
            .and_then(|b| pvm_syntax::source::decode(&b).ok());
        vm.sources.insert(file.to_string(), text);
    }
    let text = vm.sources.get(file)?.as_ref()?;
    text.split_inclusive('\n')
        .nth(line.checked_sub(1)? as usize)
        .map(|l| l.trim_end_matches(['\n', '\r']).to_string())
}

/// The `Type: message` line of an exception.
pub fn exception_line(vm: &mut Vm, exc: &Value) -> String {
    let name = exception_type_name(vm, exc);
    let msg = match vm.str(exc) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

/// The exception's class as a report names it (`module.Qualname` outside
/// builtins and `__main__`).
fn exception_type_name(vm: &mut Vm, exc: &Value) -> String {
    let ty = vm.type_of(exc).clone();
    let mut name = types::data(&ty).qualname.borrow().clone();
    if types::is_heap_type(&ty) {
        let key = vm.intern("__module__");
        let module = types::data(&ty)
            .dict
            .borrow()
            .get_str("__module__", crate::vm::key_hash(&key))
            .cloned();
        if let Some(m) = module.as_ref().and_then(|m| m.as_str()) {
            if m != "__main__" && m != "builtins" {
                name = format!("{m}.{name}");
            }
        }
    }
    name
}

/// A SyntaxError's part of a report, as CPython prints it: the
/// `File "...", line N` line, the source text with carets under the
/// error, then `Type: msg` (the message alone, not `str()` of the
/// exception). None when the error's attributes do not give a line number
/// (the report then uses `str()`, as for any exception).
fn syntax_error_report(vm: &mut Vm, e: &ObjRef) -> Option<String> {
    let mut get = |n: &str| crate::attr::get_dict_attr(vm, e, n).unwrap_or(Value::None);
    let (msg, filename, lineno) = (get("msg"), get("filename"), get("lineno"));
    let (offset, end_lineno, end_offset, text) = (
        get("offset"),
        get("end_lineno"),
        get("end_offset"),
        get("text"),
    );
    let Value::Int(lineno) = lineno else {
        return None;
    };
    let int_or = |v: &Value, none: i64| match v {
        Value::Int(i) => Some(*i),
        Value::None => Some(none),
        _ => None,
    };
    let offset = int_or(&offset, -1)?;
    // Subclasses (IndentationError, TabError) underline one character.
    let exact = vm
        .type_of(&Value::Obj(e.clone()))
        .is(&vm.exceptions["SyntaxError"]);
    let (end_lineno, mut end_offset) = if exact {
        (int_or(&end_lineno, lineno)?, int_or(&end_offset, -1)?)
    } else {
        (lineno, -1)
    };
    let filename = match filename.as_str() {
        Some(f) => f.to_string(),
        None if filename.is_none() => "<string>".to_string(),
        None => vm.str(&filename).ok()?,
    };
    let mut out = format!("  File \"{filename}\", line {lineno}\n");
    if let Some(text) = text.as_str() {
        let size = text.len() as i64;
        if end_lineno > lineno {
            end_offset = size;
        }
        end_offset = end_offset.min(size + 1);
        error_text(&mut out, offset, end_offset, text);
    }
    let name = exception_type_name(vm, &Value::Obj(e.clone()));
    let message = if msg.is_none() {
        String::new()
    } else {
        vm.str(&msg)
            .unwrap_or_else(|_| "<exception str() failed>".to_string())
    };
    if message.is_empty() {
        out.push_str(&name);
    } else {
        out.push_str(&format!("{name}: {message}"));
    }
    Some(out)
}

/// The source line of a SyntaxError and its carets. Offsets count UTF-8
/// bytes here, as CPython's report does (1-based `offset`).
fn error_text(out: &mut String, offset: i64, end_offset: i64, text: &str) {
    let carets = if end_offset > 0 && end_offset > offset {
        end_offset - offset
    } else {
        1
    };
    let mut offset = offset - 1;
    let mut text = text;
    let trimmed = text.trim_start_matches([' ', '\t', '\x0c']);
    offset -= (text.len() - trimmed.len()) as i64;
    text = trimmed;
    let len = text.len() as i64 - text.ends_with('\n') as i64;
    offset = offset.min(len);
    // Lines before the one the offset falls in are skipped.
    while let Some(nl) = text.find('\n') {
        if nl as i64 >= offset {
            break;
        }
        text = &text[nl + 1..];
        offset -= nl as i64 + 1;
    }
    out.push_str("    ");
    out.push_str(text);
    if !text.ends_with('\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(offset as usize));
    out.push_str(&"^".repeat(carets as usize));
    out.push('\n');
}

fn format_entries(vm: &mut Vm, list: &[Entry], out: &mut String) {
    let mut last: Option<(String, Option<u32>, String)> = None;
    let mut repeats = 0usize;
    let flush = |out: &mut String, repeats: usize| {
        if repeats > 3 {
            let n = repeats - 3;
            out.push_str(&format!(
                "  [Previous line repeated {n} more time{}]\n",
                if n == 1 { "" } else { "s" }
            ));
        }
    };
    for e in list {
        let key = (e.file.clone(), e.line, e.name.clone());
        if last.as_ref() == Some(&key) {
            repeats += 1;
            if repeats > 3 {
                continue;
            }
        } else {
            flush(out, repeats);
            repeats = 1;
            last = Some(key);
        }
        let line = e.line.map_or("?".to_string(), |l| l.to_string());
        out.push_str(&format!(
            "  File \"{}\", line {line}, in {}\n",
            e.file, e.name
        ));
        if let Some(l) = e.line {
            if let Some(src) = source_line(vm, &e.file, l) {
                let stripped = src.trim_start();
                if !stripped.is_empty() {
                    out.push_str(&format!("    {}\n", stripped.trim_end()));
                    if let Some(carets) = caret_line(&src, &e.position) {
                        out.push_str(&carets);
                    }
                }
            }
        }
    }
    flush(out, repeats);
}

/// CPython 3.11's `^^^` line under the failing expression, when it does not
/// span the whole line (the traceback module prints it too).
pub fn caret_line(src: &str, p: &pvm_compiler::code::Position) -> Option<String> {
    let (Some(line), Some(end_line), Some(col), Some(end_col)) =
        (p.line, p.end_line, p.col, p.end_col)
    else {
        return None;
    };
    let bytes = src.as_bytes();
    let col = col as usize;
    let end = if end_line == line {
        end_col as usize
    } else {
        bytes.len()
    };
    if col > bytes.len() || end > bytes.len() || end <= col {
        return None;
    }
    let indent = src.len() - src.trim_start().len();
    let trimmed_end = src.trim_end().len();
    let segment = src.get(col..end)?;
    let anchors = anchors(segment).filter(|_| end_line == line);
    // A span over the whole line gets carets only to point at an operator
    // or a subscript.
    if col <= indent && end >= trimmed_end && anchors.is_none() {
        return None;
    }
    let start_chars = src.get(..col)?.chars().count();
    let width = segment.chars().count();
    let lead = start_chars.saturating_sub(src[..indent].chars().count());
    let marks: String = match anchors {
        // `~` under the expression, `^` under the operator or subscript.
        Some((a, b)) => segment
            .char_indices()
            .map(|(i, _)| if i >= a && i < b { '^' } else { '~' })
            .collect(),
        None => "^".repeat(width.max(1)),
    };
    Some(format!("    {}{marks}\n", " ".repeat(lead)))
}

/// CPython 3.11's anchors (byte offsets in the segment): the operator of a
/// binary operation, or the `[...]` of a subscript.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    use pvm_syntax::ast::{ExprKind, Mod, StmtKind};
    let (module, errors) = pvm_syntax::parse_module(segment);
    if !errors.is_empty() {
        return None;
    }
    let Mod::Module { body, .. } = module else {
        return None;
    };
    let [stmt] = body.as_slice() else {
        return None;
    };
    let StmtKind::Expr { value } = &stmt.kind else {
        return None;
    };
    let bytes = segment.as_bytes();
    match &value.kind {
        ExprKind::BinOp { left, right, .. } => {
            let (from, to) = (
                left.pos.end_col_offset as usize,
                right.pos.col_offset as usize,
            );
            let mut anchor = None;
            let mut i = from;
            while i < to.min(bytes.len()) {
                if bytes[i].is_ascii_whitespace() {
                    i += 1;
                    continue;
                }
                let mut right_anchor = i + 1;
                if i + 1 < to && !bytes[i + 1].is_ascii_whitespace() {
                    right_anchor += 1;
                }
                anchor = Some((i, right_anchor));
                // A closing parenthesis of the left operand: keep looking.
                if i + 1 < to && bytes[i] == b')' {
                    i += 1;
                    continue;
                }
                break;
            }
            anchor
        }
        ExprKind::Subscript {
            value: v, slice, ..
        } => Some((
            v.pos.end_col_offset as usize,
            slice.pos.end_col_offset as usize + 1,
        )),
        _ => None,
    }
}

/// Sub-exceptions shown per group, and groups shown nested (CPython's
/// `max_group_width` and `max_group_depth`).
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Where a report is in its nesting of exception groups (CPython's
/// `_ExceptionPrintContext`).
#[derive(Default)]
struct PrintContext {
    /// Exceptions already reported (chains never loop).
    seen: Vec<usize>,
    /// How deep inside exception groups the report is.
    group_depth: usize,
    /// Whether the last group box still needs its closing line.
    need_close: bool,
}

impl PrintContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// Writes `text`, every line behind the group margin (`margin` is
    /// `'|'`, or `'+'` on a top-level group's header).
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        if self.group_depth == 0 {
            out.push_str(text);
            return;
        }
        let prefix = format!("{}{margin} ", self.indent());
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

/// Reports `exc` after the exceptions it was caused by or raised while
/// handling.
fn format_chain(vm: &mut Vm, exc: &ObjRef, out: &mut String, ctx: &mut PrintContext) {
    ctx.seen.push(exc.addr());
    let (cause, context, suppress) = match crate::exceptions::data(exc) {
        Some(d) => {
            let d = d.borrow();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        }
        None => (Value::None, Value::None, false),
    };
    if let Value::Obj(c) = &cause {
        if !ctx.seen.contains(&c.addr()) {
            format_chain(vm, c, out, ctx);
            let msg = "\nThe above exception was the direct cause of the following exception:\n\n";
            ctx.emit(out, msg, '|');
        }
    } else if let Value::Obj(c) = &context {
        if !suppress && !ctx.seen.contains(&c.addr()) {
            format_chain(vm, c, out, ctx);
            let msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
            ctx.emit(out, msg, '|');
        }
    }
    format_single(vm, exc, out, ctx);
}

/// The sub-exceptions of an exception group, None for other exceptions.
fn group_members(vm: &mut Vm, exc: &ObjRef) -> Option<Vec<Value>> {
    let group = vm.exceptions["BaseExceptionGroup"].clone();
    if !vm.is_instance(&Value::Obj(exc.clone()), &group) {
        return None;
    }
    match crate::attr::get_dict_attr(vm, exc, "exceptions")?.payload()? {
        Payload::Tuple(items) => Some(items.to_vec()),
        _ => None,
    }
}

/// One exception's traceback and `Type: message` lines; for a group, then
/// its sub-exceptions in numbered boxes.
fn format_single(vm: &mut Vm, exc: &ObjRef, out: &mut String, ctx: &mut PrintContext) {
    let tb = crate::exceptions::data(exc).map_or(Value::None, |d| d.borrow().traceback.clone());
    let Some(members) = group_members(vm, exc) else {
        emit_stack(vm, &tb, "Traceback", '|', out, ctx);
        let text = exception_only(vm, exc);
        ctx.emit(out, &text, '|');
        return;
    };
    if ctx.group_depth > MAX_GROUP_DEPTH {
        ctx.emit(
            out,
            &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
            '|',
        );
        return;
    }
    let toplevel = ctx.group_depth == 0;
    if toplevel {
        ctx.group_depth += 1;
    }
    let margin = if toplevel { '+' } else { '|' };
    emit_stack(vm, &tb, "Exception Group Traceback", margin, out, ctx);
    let text = exception_only(vm, exc);
    ctx.emit(out, &text, '|');
    let shown = members.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for (i, member) in members.iter().take(shown).enumerate() {
        let last = i + 1 == shown;
        if last {
            // A nested group's box may close this one's too.
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        let corner = if i == 0 { "+-" } else { "  " };
        out.push_str(&format!(
            "{}{corner}+---------------- {title} ----------------\n",
            ctx.indent()
        ));
        ctx.group_depth += 1;
        match member {
            Value::Obj(m) if !truncated => format_chain(vm, m, out, ctx),
            _ => {
                let more = members.len() - MAX_GROUP_WIDTH;
                let s = if more > 1 { "s" } else { "" };
                ctx.emit(out, &format!("and {more} more exception{s}\n"), '|');
            }
        }
        if last && ctx.need_close {
            out.push_str(&format!(
                "{}+------------------------------------\n",
                ctx.indent()
            ));
            ctx.need_close = false;
        }
        ctx.group_depth -= 1;
    }
    if toplevel {
        ctx.group_depth = 0;
    }
}

/// The `TITLE (most recent call last):` header (behind `margin`) and the
/// entries of traceback `tb`; nothing when there is none.
fn emit_stack(
    vm: &mut Vm,
    tb: &Value,
    title: &str,
    margin: char,
    out: &mut String,
    ctx: &PrintContext,
) {
    if tb.is_none() {
        return;
    }
    ctx.emit(out, &format!("{title} (most recent call last):\n"), margin);
    let mut text = String::new();
    format_entries(vm, &entries(tb), &mut text);
    ctx.emit(out, &text, '|');
}

/// The `Type: message` line (a SyntaxError's report), then the notes.
fn exception_only(vm: &mut Vm, exc: &ObjRef) -> String {
    let ev = Value::Obj(exc.clone());
    let syntax_error = vm.exceptions["SyntaxError"].clone();
    let report = if vm.is_instance(&ev, &syntax_error) {
        syntax_error_report(vm, exc)
    } else {
        None
    };
    let mut out = match report {
        Some(report) => report,
        None => exception_line(vm, &ev),
    };
    out.push('\n');
    if let Some(Value::Obj(notes)) = crate::attr::get_dict_attr(vm, exc, "__notes__") {
        if let Payload::List(l) = &notes.payload {
            let items = l.borrow().clone();
            for n in items {
                let s = vm.str(&n).unwrap_or_default();
                out.push_str(&s);
                out.push('\n');
            }
        }
    }
    out
}

/// The full report of an uncaught exception.
pub fn format_exception(vm: &mut Vm, exc: &ObjRef) -> String {
    let mut out = String::new();
    format_chain(vm, exc, &mut out, &mut PrintContext::default());
    out
}

/// Prints an uncaught exception to stderr (flushing stdout first).
pub fn print_exception(vm: &mut Vm, exc: &ObjRef) {
    let text = format_exception(vm, exc);
    vm.stdout.write_stderr(&text);
}

/// "Exception ignored in: ..." for errors in `__del__` and callbacks.
pub fn print_unraisable(vm: &mut Vm, header: &str, exc: &ObjRef) {
    let text = format_exception(vm, exc);
    vm.stdout.write_stderr(&format!("{header}\n{text}"));
}

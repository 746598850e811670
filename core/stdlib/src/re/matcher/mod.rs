//! The backtracking matcher. It follows `_sre`'s algorithm step for step
//! (the same order of attempts, the same saving and restoring of group
//! marks, the same zero-width-repeat protection), so groups, `lastindex`
//! and empty-match behaviour agree with CPython. Every backtracking point
//! is a [`Frame`] on a heap stack: no Rust recursion, whatever the input.
//! This file runs instructions forward; `backtrack.rs` resumes suspended
//! contexts and drives the repeats.

mod backtrack;

use super::ast::MAXREPEAT;
use super::charset::is_word;
use super::compiler::{Prefix, Program};
use super::program::{AtCode, InMode, OneKind, Op, RefMode, Test};
use backtrack::Resume;

/// A character of the subject: a byte (bytes, ASCII str) or a code point.
pub trait Char: Copy {
    /// The code point.
    fn code(self) -> u32;

    /// The index of the first `c` in `hay`.
    fn find(hay: &[Self], c: u32) -> Option<usize> {
        hay.iter().position(|x| x.code() == c)
    }

    /// The index of the first occurrence of `prefix` in `hay`.
    fn find_prefix(hay: &[Self], prefix: &Prefix) -> Option<usize> {
        let (first, rest) = prefix.chars.split_first()?;
        let mut p = 0;
        loop {
            p += Self::find(hay.get(p..)?, *first)?;
            let tail = hay.get(p + 1..p + 1 + rest.len())?;
            if tail.iter().zip(rest).all(|(a, &b)| a.code() == b) {
                return Some(p);
            }
            p += 1;
        }
    }
}

impl Char for u8 {
    #[inline]
    fn code(self) -> u32 {
        u32::from(self)
    }

    fn find(hay: &[u8], c: u32) -> Option<usize> {
        memchr::memchr(u8::try_from(c).ok()?, hay)
    }

    fn find_prefix(hay: &[u8], prefix: &Prefix) -> Option<usize> {
        match &prefix.finder {
            Some(f) => f.find(hay),
            None if prefix.chars.len() == 1 => Self::find(hay, prefix.chars[0]),
            // A character above 255 is in no byte string.
            None => None,
        }
    }
}

impl Char for u32 {
    #[inline]
    fn code(self) -> u32 {
        self
    }
}

/// No position (a NULL mark).
const NONE: usize = usize::MAX;

/// The state of a general repeat while its body runs (`SRE_REPEAT`).
struct RepeatRec {
    count: isize,
    op: usize,
    prev: Option<usize>,
    last_ptr: usize,
}

/// A suspended context: where it was and how it resumes.
struct Frame {
    ptr: usize,
    pc: u32,
    toplevel: bool,
    kind: Resume,
}

/// What to do next.
enum Step {
    /// Run instructions from `pc` at `ptr` in the current context.
    Exec(usize, usize),
    /// A frame was pushed: run a child from `pc` at `state_ptr`, as a
    /// toplevel context only if the parent is one and not `fresh`.
    Enter(usize, bool),
    /// The current context ends.
    Return(bool),
}

/// One search or match over a subject.
pub struct Matcher<'a, C: Char> {
    prog: &'a Program,
    text: &'a [C],
    /// `endpos`: characters from here on are invisible.
    end: usize,
    /// Where the current attempt started.
    start: usize,
    /// fullmatch: the match must reach `end`.
    pub match_all: bool,
    /// The match must not be empty at `start` (after an empty match).
    pub must_advance: bool,
    /// The groups reported.
    groups: usize,
    marks: Vec<usize>,
    lastmark: isize,
    lastindex: isize,
    state_ptr: usize,
    frames: Vec<Frame>,
    saved: Vec<usize>,
    repeats: Vec<RepeatRec>,
    repeat: Option<usize>,
    /// Steps left before the next look at the interrupt flag.
    budget: u32,
    /// The search stopped for KeyboardInterrupt.
    pub interrupted: bool,
}

/// Steps between two looks at the interrupt flag (as `_sre` checks
/// signals every 4096 instructions).
const CHECK_EVERY: u32 = 4096;

/// A successful match: its span, the group spans and `lastindex`.
pub struct Found {
    /// Start and end of the whole match.
    pub span: (usize, usize),
    /// Each group's span (None when it did not take part).
    pub groups: Vec<Option<(usize, usize)>>,
    /// The last group closed (None when none).
    pub lastindex: Option<usize>,
    /// A group ended before it started (CPython's SystemError).
    pub wrong_span: bool,
}

impl<'a, C: Char> Matcher<'a, C> {
    /// A matcher of `prog` over `text[..end]` with `groups` groups.
    pub fn new(prog: &'a Program, text: &'a [C], end: usize, groups: usize) -> Self {
        Matcher {
            prog,
            text,
            end: end.min(text.len()),
            start: 0,
            match_all: false,
            must_advance: false,
            groups,
            marks: vec![NONE; (2 * groups).max(prog.slots)],
            lastmark: -1,
            lastindex: -1,
            state_ptr: 0,
            frames: Vec::new(),
            saved: Vec::new(),
            repeats: Vec::new(),
            repeat: None,
            budget: CHECK_EVERY,
            interrupted: false,
        }
    }

    /// Whether Ctrl-C (or an editor's interrupt) asks to stop.
    #[cold]
    fn check_interrupt(&mut self) -> bool {
        self.budget = CHECK_EVERY;
        if pvm_vm::interp::INTERRUPT.load(std::sync::atomic::Ordering::Relaxed) {
            self.interrupted = true;
        }
        self.interrupted
    }

    /// `endpos`.
    pub fn end(&self) -> usize {
        self.end
    }

    /// Matches at `start` only (`re.match`, `fullmatch`).
    pub fn match_at(&mut self, start: usize) -> Option<Found> {
        self.reset(start);
        if start <= self.end && self.end - start < self.prog.min_len {
            return None;
        }
        self.run(start, true).then(|| self.found())
    }

    /// Finds the first match at or after `start` (`re.search`);
    /// `must_advance` applies to an empty match at `start` only.
    pub fn search(&mut self, start: usize) -> Option<Found> {
        if start > self.end {
            return None;
        }
        let min = self.prog.min_len;
        if min > 0 && self.end - start < min {
            return None;
        }
        // Later starts leave too few characters for the shortest match.
        let last = if min > 1 {
            (self.end - (min - 1)).max(start)
        } else {
            self.end
        };
        let must_advance = self.must_advance;
        let mut pos = start;
        loop {
            let p = self.candidate(pos, last)?;
            self.must_advance = must_advance && p == start;
            self.reset(p);
            if self.run(p, p == start) {
                return Some(self.found());
            }
            if self.prog.anchored || p >= last || self.interrupted {
                return None;
            }
            pos = p + 1;
        }
    }

    /// The first position from `pos` (up to `last`) where a match can start.
    fn candidate(&self, pos: usize, last: usize) -> Option<usize> {
        if pos > last {
            return None;
        }
        let prog = self.prog;
        let found = if !prog.prefix.chars.is_empty() {
            pos + C::find_prefix(self.text.get(pos..self.end)?, &prog.prefix)?
        } else if let [test] = prog.first.as_slice() {
            let text = self.text.get(pos..self.end)?;
            pos + position(text, test, true)?
        } else if !prog.first.is_empty() {
            let text = self.text.get(pos..self.end)?;
            let first = &prog.first;
            pos + text
                .iter()
                .position(|c| first.iter().any(|t| t.matches(c.code())))?
        } else {
            pos
        };
        (found <= last).then_some(found)
    }

    fn reset(&mut self, start: usize) {
        self.lastmark = -1;
        self.lastindex = -1;
        self.start = start;
        self.state_ptr = start;
        self.repeat = None;
        self.repeats.clear();
        self.frames.clear();
        self.saved.clear();
    }

    fn found(&self) -> Found {
        let n = self.groups;
        let mut groups = Vec::with_capacity(n);
        let mut wrong_span = false;
        for i in 0..n {
            let j = 2 * i;
            let (a, b) = (self.marks[j], self.marks[j + 1]);
            if (j + 1) as isize <= self.lastmark && a != NONE && b != NONE {
                wrong_span |= a > b;
                groups.push(Some((a, b)));
            } else {
                groups.push(None);
            }
        }
        Found {
            span: (self.start, self.state_ptr),
            groups,
            lastindex: usize::try_from(self.lastindex).ok(),
            wrong_span,
        }
    }

    #[inline]
    fn at(&self, i: usize) -> u32 {
        self.text[i].code()
    }

    /// Saves marks `0..=lm` (`MARK_PUSH`).
    fn mark_push(&mut self, lm: isize) {
        if lm >= 0 {
            let n = lm as usize + 1;
            self.saved.extend_from_slice(&self.marks[..n]);
        }
    }

    /// Restores the marks saved last, keeping the copy when `keep`.
    fn mark_pop(&mut self, lm: isize, keep: bool) {
        if lm >= 0 {
            let n = lm as usize + 1;
            let from = self.saved.len().saturating_sub(n);
            let k = (self.saved.len() - from).min(self.marks.len());
            self.marks[..k].copy_from_slice(&self.saved[from..from + k]);
            if !keep {
                self.saved.truncate(from);
            }
        }
    }

    /// Drops the marks saved last.
    fn mark_discard(&mut self, lm: isize) {
        if lm >= 0 {
            let n = lm as usize + 1;
            self.saved.truncate(self.saved.len().saturating_sub(n));
        }
    }

    /// How many characters from `ptr` pass `test`, at most `max`.
    fn count(&self, ptr: usize, test: &Test, max: u32) -> usize {
        let mut end = self.end;
        if ptr >= end {
            return 0;
        }
        if max != MAXREPEAT && (max as usize) < end - ptr {
            end = ptr + max as usize;
        }
        let text = &self.text[ptr..end];
        position(text, test, false).unwrap_or(text.len())
    }

    fn at_test(&self, code: AtCode, ptr: usize) -> bool {
        let end = self.end;
        let is_nl = |i: usize| i < self.text.len() && self.at(i) == 10;
        match code {
            AtCode::Beginning => ptr == 0,
            AtCode::BeginningLine => ptr == 0 || is_nl(ptr - 1),
            AtCode::End => ptr == end || (ptr + 1 == end && is_nl(ptr)),
            AtCode::EndLine => ptr == end || is_nl(ptr),
            AtCode::EndString => ptr == end,
            AtCode::Boundary(mode) | AtCode::NonBoundary(mode) => {
                if end == 0 {
                    return false;
                }
                let word = |i: usize| i < self.text.len() && is_word(mode, self.at(i));
                let before = ptr > 0 && word(ptr - 1);
                let here = ptr < end && word(ptr);
                (before != here) == matches!(code, AtCode::Boundary(_))
            }
        }
    }

    /// Matches the text of group `group` at `ptr`; the end on success.
    fn back_ref(&self, group: usize, mode: RefMode, ptr: usize) -> Option<usize> {
        let g = 2 * group;
        if g as isize >= self.lastmark {
            return None;
        }
        let (p, e) = (self.marks[g], self.marks[g + 1]);
        if p == NONE || e == NONE || e < p {
            return None;
        }
        let len = e - p;
        if len == 0 {
            return Some(ptr);
        }
        if ptr > self.end || self.end - ptr < len {
            return None;
        }
        (0..len)
            .all(|i| mode.same(self.at(ptr + i), self.at(p + i)))
            .then_some(ptr + len)
    }

    /// Suspends the current context (at instruction `pc`, position `ptr`)
    /// and enters a child at `child`, from `state_ptr`.
    #[inline]
    fn call(
        &mut self,
        pc: usize,
        ptr: usize,
        toplevel: bool,
        kind: Resume,
        child: usize,
        fresh: bool,
    ) -> Step {
        self.frames.push(Frame {
            ptr,
            pc: pc as u32,
            toplevel,
            kind,
        });
        Step::Enter(child, fresh)
    }

    /// Runs the program from its start at `ptr`.
    fn run(&mut self, ptr: usize, toplevel: bool) -> bool {
        self.state_ptr = ptr;
        let (mut pc, mut ptr, mut toplevel) = (0, ptr, toplevel);
        loop {
            self.budget -= 1;
            if self.budget == 0 && self.check_interrupt() {
                return false;
            }
            let mut step = self.exec(pc, ptr, toplevel);
            loop {
                match step {
                    Step::Exec(p, q) => {
                        (pc, ptr) = (p, q);
                        break;
                    }
                    Step::Enter(child, fresh) => {
                        pc = child;
                        ptr = self.state_ptr;
                        toplevel &= !fresh;
                        break;
                    }
                    Step::Return(ret) => {
                        let Some(f) = self.frames.pop() else {
                            return ret;
                        };
                        (pc, ptr, toplevel) = (f.pc as usize, f.ptr, f.toplevel);
                        step = self.resume(f.kind, pc, ptr, toplevel, ret);
                    }
                }
            }
        }
    }

    /// Runs instructions until the context enters a child or returns.
    fn exec(&mut self, mut pc: usize, mut ptr: usize, toplevel: bool) -> Step {
        let prog = self.prog;
        loop {
            let Some(op) = prog.ops.get(pc) else {
                return Step::Return(false);
            };
            match op {
                Op::Char(test) => {
                    if ptr >= self.end || !test.matches(self.at(ptr)) {
                        return Step::Return(false);
                    }
                    ptr += 1;
                    pc += 1;
                }
                Op::Mark(i) => {
                    let i = *i;
                    if i & 1 == 1 {
                        self.lastindex = (i / 2 + 1) as isize;
                    }
                    if i as isize > self.lastmark {
                        let from = (self.lastmark + 1) as usize;
                        self.marks[from..i].fill(NONE);
                        self.lastmark = i as isize;
                    }
                    self.marks[i] = ptr;
                    pc += 1;
                }
                Op::At(code) => {
                    if !self.at_test(*code, ptr) {
                        return Step::Return(false);
                    }
                    pc += 1;
                }
                Op::Jump(t) => pc = *t,
                Op::Branch(_) => {
                    let (lm, li) = (self.lastmark, self.lastindex);
                    let pushed = self.repeat.is_some();
                    if pushed {
                        self.mark_push(lm);
                    }
                    return self.try_alt(pc, ptr, toplevel, 0, lm, li, pushed);
                }
                Op::RepeatOne {
                    kind,
                    min,
                    max,
                    test,
                    next,
                } => {
                    let min = *min as usize;
                    if ptr > self.end || min > self.end - ptr {
                        return Step::Return(false);
                    }
                    self.state_ptr = ptr;
                    let tail_is_success = matches!(prog.ops.get(*next), Some(Op::Success));
                    match kind {
                        OneKind::Greedy => {
                            let count = self.count(ptr, test, *max);
                            if count < min {
                                return Step::Return(false);
                            }
                            let at = ptr + count;
                            if tail_is_success
                                && at == self.end
                                && !(toplevel && self.must_advance && at == self.start)
                            {
                                self.state_ptr = at;
                                return Step::Return(true);
                            }
                            return self.greedy_start(pc, ptr, toplevel, count);
                        }
                        OneKind::Lazy => {
                            let mut count = 0;
                            if min > 0 {
                                count = self.count(ptr, test, min as u32);
                                if count < min {
                                    return Step::Return(false);
                                }
                                ptr += count;
                            }
                            if tail_is_success
                                && !(toplevel
                                    && ((self.match_all && ptr != self.end)
                                        || (self.must_advance && ptr == self.start)))
                            {
                                self.state_ptr = ptr;
                                return Step::Return(true);
                            }
                            let (lm, li) = (self.lastmark, self.lastindex);
                            let pushed = self.repeat.is_some();
                            if pushed {
                                self.mark_push(lm);
                            }
                            return self.lazy_next(pc, ptr, toplevel, count, lm, li, pushed);
                        }
                        OneKind::Possessive => {
                            let count = self.count(ptr, test, *max);
                            if count < min {
                                return Step::Return(false);
                            }
                            ptr += count;
                            pc = *next;
                            if tail_is_success
                                && ptr == self.end
                                && !(toplevel && self.must_advance && ptr == self.start)
                            {
                                self.state_ptr = ptr;
                                return Step::Return(true);
                            }
                        }
                    }
                }
                Op::Repeat { until, .. } => {
                    self.repeats.push(RepeatRec {
                        count: -1,
                        op: pc,
                        prev: self.repeat,
                        last_ptr: NONE,
                    });
                    let rec = self.repeats.len() - 1;
                    self.repeat = Some(rec);
                    self.state_ptr = ptr;
                    return self.call(pc, ptr, toplevel, Resume::Repeat { rec }, *until, false);
                }
                Op::MaxUntil => return self.until(pc, ptr, toplevel, false),
                Op::MinUntil => return self.until(pc, ptr, toplevel, true),
                Op::PossRepeat { .. } => {
                    self.state_ptr = ptr;
                    return self.poss_min(pc, ptr, toplevel, 0);
                }
                Op::Atomic { .. } => {
                    self.state_ptr = ptr;
                    return self.call(pc, ptr, toplevel, Resume::Atomic, pc + 1, true);
                }
                Op::Assert { back, negate, next } => {
                    let back = *back;
                    if !*negate {
                        if ptr < back {
                            return Step::Return(false);
                        }
                        self.state_ptr = ptr - back;
                        return self.call(pc, ptr, toplevel, Resume::Assert, pc + 1, true);
                    }
                    if ptr >= back {
                        self.state_ptr = ptr - back;
                        let (lm, li) = (self.lastmark, self.lastindex);
                        let pushed = self.repeat.is_some();
                        if pushed {
                            self.mark_push(lm);
                        }
                        let kind = Resume::AssertNot { lm, li, pushed };
                        return self.call(pc, ptr, toplevel, kind, pc + 1, true);
                    }
                    pc = *next;
                }
                Op::GroupRef { group, mode } => match self.back_ref(*group, *mode, ptr) {
                    Some(p) => {
                        ptr = p;
                        pc += 1;
                    }
                    None => return Step::Return(false),
                },
                Op::GroupRefExists { group, no } => {
                    let g = 2 * group;
                    let ok = (g as isize) < self.lastmark && {
                        let (p, e) = (self.marks[g], self.marks[g + 1]);
                        p != NONE && e != NONE && e >= p
                    };
                    pc = if ok { pc + 1 } else { *no };
                }
                Op::Success => {
                    if toplevel
                        && ((self.match_all && ptr != self.end)
                            || (self.must_advance && ptr == self.start))
                    {
                        return Step::Return(false);
                    }
                    self.state_ptr = ptr;
                    return Step::Return(true);
                }
            }
        }
    }
}

/// The index of the first character that passes `test` (`want`) or
/// fails it (`!want`), with the common tests out of the generic loop.
fn position<C: Char>(text: &[C], test: &Test, want: bool) -> Option<usize> {
    match test {
        Test::AnyAll => {
            if want {
                (!text.is_empty()).then_some(0)
            } else {
                None
            }
        }
        Test::Any => text.iter().position(|c| (c.code() != 10) == want),
        Test::Lit(l) => text.iter().position(|c| (c.code() == *l) == want),
        Test::NotLit(l) => text.iter().position(|c| (c.code() != *l) == want),
        Test::In(set, InMode::Plain) => text.iter().position(|c| set.contains(c.code()) == want),
        _ => text.iter().position(|c| test.matches(c.code()) == want),
    }
}

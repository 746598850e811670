//! The backtracking matcher. It follows `_sre`'s algorithm step for step
//! (the same order of attempts, the same saving and restoring of group
//! marks, the same zero-width-repeat protection), so groups, `lastindex`
//! and empty-match behaviour agree with CPython. Every backtracking point
//! is a [`Frame`] on a heap stack: no Rust recursion, whatever the input.

use super::ast::MAXREPEAT;
use super::compiler::Program;
use super::program::{AtCode, OneKind, Op, Test};

/// A character of the subject: a byte (bytes, ASCII str) or a code point.
pub trait Char: Copy {
    /// The code point.
    fn code(self) -> u32;
}

impl Char for u8 {
    #[inline]
    fn code(self) -> u32 {
        u32::from(self)
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

/// What a suspended context does when its child returns.
enum Resume {
    Branch {
        next: usize,
        lm: isize,
        li: isize,
        pushed: bool,
    },
    One {
        base: usize,
        count: isize,
        lm: isize,
        li: isize,
        pushed: bool,
        lit: Option<u32>,
    },
    MinOne {
        count: usize,
        lm: isize,
        li: isize,
        pushed: bool,
    },
    Repeat {
        rec: usize,
    },
    Until1 {
        rec: usize,
        count: isize,
    },
    MaxUntil2 {
        rec: usize,
        count: isize,
        saved: usize,
        lm: isize,
        li: isize,
    },
    MaxUntil3 {
        rec: usize,
    },
    MinUntil2 {
        rec: usize,
        count: isize,
        lm: isize,
        li: isize,
        pushed: bool,
    },
    MinUntil3 {
        rec: usize,
        count: isize,
        saved: usize,
    },
    Poss1 {
        count: u32,
    },
    Poss2 {
        count: u32,
        lm: isize,
        li: isize,
    },
    Atomic,
    Assert,
    AssertNot {
        lm: isize,
        li: isize,
        pushed: bool,
    },
}

/// A suspended context: where it was and how it resumes.
struct Frame {
    pc: usize,
    ptr: usize,
    toplevel: bool,
    kind: Resume,
}

/// What to do next.
enum Step {
    /// Run instructions from `pc` at `ptr` in the current context.
    Exec(usize, usize),
    /// Suspend the current context (at instruction `at`, position `ptr`)
    /// as `kind` and run a child from `pc` at `state_ptr` (toplevel
    /// inherited unless `fresh`).
    Call {
        at: usize,
        ptr: usize,
        pc: usize,
        kind: Resume,
        fresh: bool,
    },
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
    marks: Vec<usize>,
    lastmark: isize,
    lastindex: isize,
    state_ptr: usize,
    frames: Vec<Frame>,
    saved: Vec<usize>,
    repeats: Vec<RepeatRec>,
    repeat: Option<usize>,
}

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
            marks: vec![NONE; 2 * groups],
            lastmark: -1,
            lastindex: -1,
            state_ptr: 0,
            frames: Vec::new(),
            saved: Vec::new(),
            repeats: Vec::new(),
            repeat: None,
        }
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
            if self.prog.anchored || p >= last {
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
        let prefix = &self.prog.prefix;
        if let Some(&c0) = prefix.first() {
            let end = self.end;
            let mut p = pos;
            while p < end {
                p = p + find_char(&self.text[p..end], c0)?;
                if p + prefix.len() <= end
                    && prefix[1..]
                        .iter()
                        .zip(&self.text[p + 1..])
                        .all(|(&a, b)| a == b.code())
                {
                    return Some(p);
                }
                p += 1;
            }
            return None;
        }
        if let Some(test) = &self.prog.first {
            let end = self.end;
            return (pos..end).find(|&p| test.matches(self.text[p].code()));
        }
        Some(pos)
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
        let n = self.marks.len() / 2;
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

    fn mark_push(&mut self, lm: isize) {
        if lm >= 0 {
            let n = lm as usize + 1;
            self.saved.extend_from_slice(&self.marks[..n]);
        }
    }

    /// Restores the marks saved last; `discard` drops the copy.
    fn mark_pop(&mut self, lm: isize, keep: bool) {
        if lm >= 0 {
            let n = lm as usize + 1;
            let from = self.saved.len() - n;
            self.marks[..n].copy_from_slice(&self.saved[from..]);
            if !keep {
                self.saved.truncate(from);
            }
        }
    }

    fn mark_discard(&mut self, lm: isize) {
        if lm >= 0 {
            let n = lm as usize + 1;
            self.saved.truncate(self.saved.len() - n);
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
        match test {
            Test::AnyAll => text.len(),
            Test::Any => text
                .iter()
                .position(|c| c.code() == 10)
                .unwrap_or(text.len()),
            Test::Lit(l) => text
                .iter()
                .position(|c| c.code() != *l)
                .unwrap_or(text.len()),
            _ => text
                .iter()
                .position(|c| !test.matches(c.code()))
                .unwrap_or(text.len()),
        }
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
                let word =
                    |i: usize| i < self.text.len() && super::charset::is_word(mode, self.at(i));
                let before = ptr > 0 && word(ptr - 1);
                let here = ptr < end && word(ptr);
                (before != here) == matches!(code, AtCode::Boundary(_))
            }
        }
    }

    fn back_ref(&self, group: usize, mode: super::program::RefMode, ptr: usize) -> Option<usize> {
        let g = 2 * group;
        if g as isize >= self.lastmark {
            return None;
        }
        let (p, e) = (self.marks[g], self.marks[g + 1]);
        if p == NONE || e == NONE || e < p {
            return None;
        }
        let len = e - p;
        if ptr > self.end || self.end - ptr < len {
            return None;
        }
        (0..len)
            .all(|i| mode.same(self.at(ptr + i), self.at(p + i)))
            .then_some(ptr + len)
    }

    /// Runs the program from its start at `ptr`.
    fn run(&mut self, ptr: usize, toplevel: bool) -> bool {
        self.state_ptr = ptr;
        let mut pc = 0;
        let mut ptr = ptr;
        let mut toplevel = toplevel;
        loop {
            let mut step = self.exec(pc, ptr, toplevel);
            loop {
                match step {
                    Step::Exec(p, q) => {
                        pc = p;
                        ptr = q;
                        break;
                    }
                    Step::Call {
                        at,
                        ptr: here,
                        pc: child,
                        kind,
                        fresh,
                    } => {
                        self.frames.push(Frame {
                            pc: at,
                            ptr: here,
                            toplevel,
                            kind,
                        });
                        pc = child;
                        ptr = self.state_ptr;
                        if fresh {
                            toplevel = false;
                        }
                        break;
                    }
                    Step::Return(ret) => {
                        let Some(f) = self.frames.pop() else {
                            return ret;
                        };
                        pc = f.pc;
                        ptr = f.ptr;
                        toplevel = f.toplevel;
                        step = self.resume(f.kind, pc, ptr, toplevel, ret);
                    }
                }
            }
        }
    }

    /// Runs instructions until the context calls a child or returns.
    fn exec(&mut self, mut pc: usize, mut ptr: usize, toplevel: bool) -> Step {
        let prog = self.prog;
        loop {
            match &prog.ops[pc] {
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
                Op::Char(test) => {
                    if ptr >= self.end || !test.matches(self.at(ptr)) {
                        return Step::Return(false);
                    }
                    ptr += 1;
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
                    return self.try_alt(pc, ptr, 0, lm, li, pushed);
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
                    match kind {
                        OneKind::Greedy => {
                            let count = self.count(ptr, test, *max);
                            if count < min {
                                return Step::Return(false);
                            }
                            let at = ptr + count;
                            if matches!(prog.ops[*next], Op::Success)
                                && at == self.end
                                && !(toplevel && self.must_advance && at == self.start)
                            {
                                self.state_ptr = at;
                                return Step::Return(true);
                            }
                            let (lm, li) = (self.lastmark, self.lastindex);
                            let pushed = self.repeat.is_some();
                            if pushed {
                                self.mark_push(lm);
                            }
                            let lit = match &prog.ops[*next] {
                                Op::Char(Test::Lit(c)) => Some(*c),
                                _ => None,
                            };
                            let kind = Resume::One {
                                base: ptr,
                                count: count as isize,
                                lm,
                                li,
                                pushed,
                                lit,
                            };
                            return self.greedy_next(pc, kind, false);
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
                            if matches!(prog.ops[*next], Op::Success)
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
                            return self.lazy_next(pc, ptr, count, lm, li, pushed);
                        }
                        OneKind::Possessive => {
                            let count = self.count(ptr, test, *max);
                            if count < min {
                                return Step::Return(false);
                            }
                            ptr += count;
                            pc = *next;
                            if matches!(prog.ops[pc], Op::Success)
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
                    return Step::Call {
                        at: pc,
                        ptr,
                        pc: *until,
                        kind: Resume::Repeat { rec },
                        fresh: false,
                    };
                }
                Op::MaxUntil | Op::MinUntil => {
                    let lazy = matches!(prog.ops[pc], Op::MinUntil);
                    return self.until(pc, ptr, lazy);
                }
                Op::PossRepeat { .. } => {
                    self.state_ptr = ptr;
                    return self.poss_min(pc, ptr, 0);
                }
                Op::Atomic { .. } => {
                    self.state_ptr = ptr;
                    return Step::Call {
                        at: pc,
                        ptr,
                        pc: pc + 1,
                        kind: Resume::Atomic,
                        fresh: true,
                    };
                }
                Op::Assert { back, negate, next } => {
                    let back = *back;
                    if !*negate {
                        if ptr < back {
                            return Step::Return(false);
                        }
                        self.state_ptr = ptr - back;
                        return Step::Call {
                            at: pc,
                            ptr,
                            pc: pc + 1,
                            kind: Resume::Assert,
                            fresh: true,
                        };
                    }
                    if ptr >= back {
                        self.state_ptr = ptr - back;
                        let (lm, li) = (self.lastmark, self.lastindex);
                        let pushed = self.repeat.is_some();
                        if pushed {
                            self.mark_push(lm);
                        }
                        return Step::Call {
                            at: pc,
                            ptr,
                            pc: pc + 1,
                            kind: Resume::AssertNot { lm, li, pushed },
                            fresh: true,
                        };
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

    /// Tries the branch alternatives of the Branch at `pc` from `i`.
    fn try_alt(
        &mut self,
        pc: usize,
        ptr: usize,
        i: usize,
        lm: isize,
        li: isize,
        pushed: bool,
    ) -> Step {
        let Op::Branch(alts) = &self.prog.ops[pc] else {
            return Step::Return(false);
        };
        for (k, &alt) in alts.iter().enumerate().skip(i) {
            // Skip alternatives whose first character cannot match.
            let skip = match &self.prog.ops[alt] {
                Op::Char(t @ (Test::Lit(_) | Test::In(_, super::program::InMode::Plain))) => {
                    ptr >= self.end || !t.matches(self.at(ptr))
                }
                _ => false,
            };
            if skip {
                continue;
            }
            self.state_ptr = ptr;
            return Step::Call {
                at: pc,
                ptr,
                pc: alt,
                kind: Resume::Branch {
                    next: k + 1,
                    lm,
                    li,
                    pushed,
                },
                fresh: false,
            };
        }
        if pushed {
            self.mark_discard(lm);
        }
        Step::Return(false)
    }

    /// The next attempt of a greedy single-character repeat, with one
    /// character fewer when `retry`.
    fn greedy_next(&mut self, pc: usize, kind: Resume, retry: bool) -> Step {
        let Resume::One {
            base,
            mut count,
            lm,
            li,
            pushed,
            lit,
        } = kind
        else {
            return Step::Return(false);
        };
        let (min, next) = match &self.prog.ops[pc] {
            Op::RepeatOne { min, next, .. } => (*min as isize, *next),
            _ => return Step::Return(false),
        };
        if retry {
            count -= 1;
        }
        if let Some(c) = lit {
            // The tail starts with a literal: skip where it cannot match.
            while count >= min {
                let p = base + count as usize;
                if p < self.end && self.at(p) == c {
                    break;
                }
                count -= 1;
            }
        }
        if count < min {
            if pushed {
                self.mark_discard(lm);
            }
            return Step::Return(false);
        }
        self.state_ptr = base + count as usize;
        Step::Call {
            at: pc,
            ptr: self.state_ptr,
            pc: next,
            kind: Resume::One {
                base,
                count,
                lm,
                li,
                pushed,
                lit,
            },
            fresh: false,
        }
    }

    /// The next attempt of a lazy single-character repeat at `ptr`.
    fn lazy_next(
        &mut self,
        pc: usize,
        ptr: usize,
        count: usize,
        lm: isize,
        li: isize,
        pushed: bool,
    ) -> Step {
        let (max, next) = match &self.prog.ops[pc] {
            Op::RepeatOne { max, next, .. } => (*max, *next),
            _ => return Step::Return(false),
        };
        if max == MAXREPEAT || count <= max as usize {
            self.state_ptr = ptr;
            // The frame's ptr is this context's: resume reads it back.
            return Step::Call {
                at: pc,
                ptr,
                pc: next,
                kind: Resume::MinOne {
                    count,
                    lm,
                    li,
                    pushed,
                },
                fresh: false,
            };
        }
        if pushed {
            self.mark_discard(lm);
        }
        Step::Return(false)
    }

    /// MAX_UNTIL / MIN_UNTIL at `pc`.
    fn until(&mut self, pc: usize, ptr: usize, lazy: bool) -> Step {
        let Some(rec) = self.repeat else {
            return Step::Return(false);
        };
        self.state_ptr = ptr;
        let count = self.repeats[rec].count + 1;
        let (min, max) = self.repeat_bounds(rec);
        let body = self.repeats[rec].op + 1;
        if count < min as isize {
            self.repeats[rec].count = count;
            return Step::Call {
                at: pc,
                ptr,
                pc: body,
                kind: Resume::Until1 { rec, count },
                fresh: false,
            };
        }
        if lazy {
            self.repeat = self.repeats[rec].prev;
            let (lm, li) = (self.lastmark, self.lastindex);
            let pushed = self.repeat.is_some();
            if pushed {
                self.mark_push(lm);
            }
            return Step::Call {
                at: pc,
                ptr,
                pc: pc + 1,
                kind: Resume::MinUntil2 {
                    rec,
                    count,
                    lm,
                    li,
                    pushed,
                },
                fresh: false,
            };
        }
        if (count < max as isize || max == MAXREPEAT)
            && self.state_ptr != self.repeats[rec].last_ptr
        {
            self.repeats[rec].count = count;
            let (lm, li) = (self.lastmark, self.lastindex);
            self.mark_push(lm);
            let saved = self.repeats[rec].last_ptr;
            self.repeats[rec].last_ptr = self.state_ptr;
            return Step::Call {
                at: pc,
                ptr,
                pc: body,
                kind: Resume::MaxUntil2 {
                    rec,
                    count,
                    saved,
                    lm,
                    li,
                },
                fresh: false,
            };
        }
        self.max_until_tail(pc, ptr, rec)
    }

    fn repeat_bounds(&self, rec: usize) -> (u32, u32) {
        match &self.prog.ops[self.repeats[rec].op] {
            Op::Repeat { min, max, .. } => (*min, *max),
            _ => (0, 0),
        }
    }

    fn max_until_tail(&mut self, pc: usize, ptr: usize, rec: usize) -> Step {
        self.repeat = self.repeats[rec].prev;
        Step::Call {
            at: pc,
            ptr,
            pc: pc + 1,
            kind: Resume::MaxUntil3 { rec },
            fresh: false,
        }
    }

    /// The required iterations of a possessive repeat at `pc`.
    fn poss_min(&mut self, pc: usize, ptr: usize, count: u32) -> Step {
        let (min, _) = self.poss_bounds(pc);
        if count < min {
            return Step::Call {
                at: pc,
                ptr,
                pc: pc + 1,
                kind: Resume::Poss1 { count },
                fresh: true,
            };
        }
        self.poss_more(pc, count, NONE)
    }

    fn poss_bounds(&self, pc: usize) -> (u32, u32) {
        match &self.prog.ops[pc] {
            Op::PossRepeat { min, max, .. } => (*min, *max),
            _ => (0, 0),
        }
    }

    /// Further iterations of a possessive repeat; `last` is where the
    /// previous one started (to stop on an empty iteration).
    fn poss_more(&mut self, pc: usize, count: u32, last: usize) -> Step {
        let (_, max) = self.poss_bounds(pc);
        if (count < max || max == MAXREPEAT) && self.state_ptr != last {
            let (lm, li) = (self.lastmark, self.lastindex);
            self.mark_push(lm);
            // The context's ptr becomes this iteration's start.
            return Step::Call {
                at: pc,
                ptr: self.state_ptr,
                pc: pc + 1,
                kind: Resume::Poss2 { count, lm, li },
                fresh: true,
            };
        }
        self.poss_tail(pc)
    }

    fn poss_tail(&mut self, pc: usize) -> Step {
        match &self.prog.ops[pc] {
            Op::PossRepeat { next, .. } => Step::Exec(*next, self.state_ptr),
            _ => Step::Return(false),
        }
    }

    /// Continues a suspended context after its child returned `ret`.
    fn resume(&mut self, kind: Resume, pc: usize, ptr: usize, _toplevel: bool, ret: bool) -> Step {
        match kind {
            Resume::Branch {
                next,
                lm,
                li,
                pushed,
            } => {
                if ret {
                    if pushed {
                        self.mark_discard(lm);
                    }
                    return Step::Return(true);
                }
                if pushed {
                    self.mark_pop(lm, true);
                }
                self.lastmark = lm;
                self.lastindex = li;
                self.try_alt(pc, ptr, next, lm, li, pushed)
            }
            Resume::One { lm, li, pushed, .. } => {
                if ret {
                    if pushed {
                        self.mark_discard(lm);
                    }
                    return Step::Return(true);
                }
                if pushed {
                    self.mark_pop(lm, true);
                }
                self.lastmark = lm;
                self.lastindex = li;
                self.greedy_next(pc, kind, true)
            }
            Resume::MinOne {
                count,
                lm,
                li,
                pushed,
            } => {
                if ret {
                    if pushed {
                        self.mark_discard(lm);
                    }
                    return Step::Return(true);
                }
                if pushed {
                    self.mark_pop(lm, true);
                }
                self.lastmark = lm;
                self.lastindex = li;
                self.state_ptr = ptr;
                let test = match &self.prog.ops[pc] {
                    Op::RepeatOne { test, .. } => test,
                    _ => return Step::Return(false),
                };
                if self.count(ptr, test, 1) == 0 {
                    if pushed {
                        self.mark_discard(lm);
                    }
                    return Step::Return(false);
                }
                self.lazy_next(pc, ptr + 1, count + 1, lm, li, pushed)
            }
            Resume::Repeat { rec } => {
                self.repeat = self.repeats[rec].prev;
                self.repeats.truncate(rec);
                Step::Return(ret)
            }
            Resume::Until1 { rec, count } => {
                if ret {
                    return Step::Return(true);
                }
                self.repeats[rec].count = count - 1;
                self.state_ptr = ptr;
                Step::Return(false)
            }
            Resume::MaxUntil2 {
                rec,
                count,
                saved,
                lm,
                li,
            } => {
                self.repeats[rec].last_ptr = saved;
                if ret {
                    self.mark_discard(lm);
                    return Step::Return(true);
                }
                self.mark_pop(lm, false);
                self.lastmark = lm;
                self.lastindex = li;
                self.repeats[rec].count = count - 1;
                self.state_ptr = ptr;
                self.max_until_tail(pc, ptr, rec)
            }
            Resume::MaxUntil3 { rec } => {
                self.repeat = Some(rec);
                if ret {
                    return Step::Return(true);
                }
                self.state_ptr = ptr;
                Step::Return(false)
            }
            Resume::MinUntil2 {
                rec,
                count,
                lm,
                li,
                pushed,
            } => {
                self.repeat = Some(rec);
                if ret {
                    if pushed {
                        self.mark_discard(lm);
                    }
                    return Step::Return(true);
                }
                if pushed {
                    self.mark_pop(lm, false);
                }
                self.lastmark = lm;
                self.lastindex = li;
                self.state_ptr = ptr;
                let (_, max) = self.repeat_bounds(rec);
                if (count >= max as isize && max != MAXREPEAT)
                    || self.state_ptr == self.repeats[rec].last_ptr
                {
                    return Step::Return(false);
                }
                self.repeats[rec].count = count;
                let saved = self.repeats[rec].last_ptr;
                self.repeats[rec].last_ptr = self.state_ptr;
                Step::Call {
                    at: pc,
                    ptr,
                    pc: self.repeats[rec].op + 1,
                    kind: Resume::MinUntil3 { rec, count, saved },
                    fresh: false,
                }
            }
            Resume::MinUntil3 { rec, count, saved } => {
                self.repeats[rec].last_ptr = saved;
                if ret {
                    return Step::Return(true);
                }
                self.repeats[rec].count = count - 1;
                self.state_ptr = ptr;
                Step::Return(false)
            }
            Resume::Poss1 { count } => {
                if !ret {
                    self.state_ptr = ptr;
                    return Step::Return(false);
                }
                self.poss_min(pc, ptr, count + 1)
            }
            Resume::Poss2 { count, lm, li } => {
                if ret {
                    self.mark_discard(lm);
                    return self.poss_more(pc, count + 1, ptr);
                }
                self.mark_pop(lm, false);
                self.lastmark = lm;
                self.lastindex = li;
                self.state_ptr = ptr;
                self.poss_tail(pc)
            }
            Resume::Atomic => {
                if !ret {
                    self.state_ptr = ptr;
                    return Step::Return(false);
                }
                match &self.prog.ops[pc] {
                    Op::Atomic { next } => Step::Exec(*next, self.state_ptr),
                    _ => Step::Return(false),
                }
            }
            Resume::Assert => {
                if !ret {
                    return Step::Return(false);
                }
                match &self.prog.ops[pc] {
                    Op::Assert { next, .. } => Step::Exec(*next, ptr),
                    _ => Step::Return(false),
                }
            }
            Resume::AssertNot { lm, li, pushed } => {
                if ret {
                    if pushed {
                        self.mark_discard(lm);
                    }
                    return Step::Return(false);
                }
                if pushed {
                    self.mark_pop(lm, false);
                }
                self.lastmark = lm;
                self.lastindex = li;
                match &self.prog.ops[pc] {
                    Op::Assert { next, .. } => Step::Exec(*next, ptr),
                    _ => Step::Return(false),
                }
            }
        }
    }
}

/// The index of the first `c` in `hay`.
#[inline]
fn find_char<C: Char>(hay: &[C], c: u32) -> Option<usize> {
    hay.iter().position(|x| x.code() == c)
}

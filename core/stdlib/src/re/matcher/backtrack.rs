//! Resuming suspended contexts, and the repeats whose iterations are
//! backtracking points (`REPEAT_ONE`, `MIN_REPEAT_ONE`, `MAX_UNTIL`,
//! `MIN_UNTIL`, `POSSESSIVE_REPEAT`), as `_sre` orders their attempts.

use super::{Char, Matcher, RepeatRec, Step, NONE};
use crate::re::ast::MAXREPEAT;
use crate::re::program::{First, Op, Test};

/// What a suspended context does when its child returns; `lm`/`li` are
/// the saved `lastmark`/`lastindex`, `pushed` whether marks were saved.
pub(super) enum Resume {
    /// An alternative returned (the `next` one is tried on failure).
    Branch {
        next: u32,
        lm: i32,
        li: i32,
        pushed: bool,
    },
    /// The tail after `count` greedy repetitions from `base` returned.
    One {
        base: usize,
        count: isize,
        lm: i32,
        li: i32,
        pushed: bool,
    },
    /// The tail after `count` lazy repetitions returned.
    MinOne {
        count: usize,
        lm: i32,
        li: i32,
        pushed: bool,
    },
    /// The repeat record `rec` ends with this context.
    Repeat { rec: usize },
    /// A required iteration (below the minimum) returned.
    Until1 { rec: usize, count: isize },
    /// An optional greedy iteration returned.
    MaxUntil2 {
        rec: usize,
        count: isize,
        saved: usize,
        lm: i32,
        li: i32,
    },
    /// The tail of a greedy repeat returned.
    MaxUntil3 { rec: usize },
    /// The tail of a lazy repeat returned.
    MinUntil2 {
        rec: usize,
        count: isize,
        lm: i32,
        li: i32,
        pushed: bool,
    },
    /// An optional lazy iteration returned.
    MinUntil3 {
        rec: usize,
        count: isize,
        saved: usize,
    },
    /// A required possessive iteration returned.
    Poss1 { count: u32 },
    /// An optional possessive iteration returned.
    Poss2 { count: u32, lm: i32, li: i32 },
    /// An atomic group's body returned.
    Atomic,
    /// A positive lookaround's body returned.
    Assert,
    /// A negative lookaround's body returned.
    AssertNot { lm: isize, li: isize, pushed: bool },
}

impl<C: Char> Matcher<'_, C> {
    fn restore(&mut self, lm: i32, li: i32) {
        self.lastmark = lm as isize;
        self.lastindex = li as isize;
    }

    fn saved_marks(&self) -> (i32, i32) {
        (self.lastmark as i32, self.lastindex as i32)
    }

    /// Tries the alternatives of the Branch at `pc` from the `i`th.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn try_alt(
        &mut self,
        pc: usize,
        ptr: usize,
        toplevel: bool,
        i: usize,
        lm: isize,
        li: isize,
        pushed: bool,
    ) -> Step {
        let Some(Op::Branch(alts)) = self.prog.ops.get(pc) else {
            return Step::Return(false);
        };
        // Alternatives whose first character cannot match are skipped.
        let here = (ptr < self.end).then(|| self.at(ptr));
        for (k, alt) in alts.iter().enumerate().skip(i) {
            let skip = match alt.first {
                First::Any => false,
                First::Lit(c) => here != Some(c),
                First::Class => match (here, self.prog.ops.get(alt.start)) {
                    (Some(c), Some(Op::Char(t))) => !t.matches(c),
                    _ => true,
                },
            };
            if skip {
                continue;
            }
            let alt = alt.start;
            self.state_ptr = ptr;
            let kind = Resume::Branch {
                next: (k + 1) as u32,
                lm: lm as i32,
                li: li as i32,
                pushed,
            };
            return self.call(pc, ptr, toplevel, kind, alt, false);
        }
        if pushed {
            self.mark_discard(lm);
        }
        Step::Return(false)
    }

    /// Starts the attempts of a greedy single-character repeat that
    /// matched `count` characters from `base`.
    pub(super) fn greedy_start(
        &mut self,
        pc: usize,
        base: usize,
        toplevel: bool,
        count: usize,
    ) -> Step {
        let (lm, li) = self.saved_marks();
        let pushed = self.repeat.is_some();
        if pushed {
            self.mark_push(lm as isize);
        }
        self.greedy_next(pc, base, toplevel, count as isize, lm, li, pushed)
    }

    /// The attempt of the tail after `count` repetitions (fewer when the
    /// tail starts with a literal that cannot match there).
    #[allow(clippy::too_many_arguments)]
    fn greedy_next(
        &mut self,
        pc: usize,
        base: usize,
        toplevel: bool,
        mut count: isize,
        lm: i32,
        li: i32,
        pushed: bool,
    ) -> Step {
        let Some(Op::RepeatOne { min, next, .. }) = self.prog.ops.get(pc) else {
            return Step::Return(false);
        };
        let (min, next) = (*min as isize, *next);
        if let Some(Op::Char(Test::Lit(c))) = self.prog.ops.get(next) {
            while count >= min {
                let p = base + count as usize;
                if p < self.end && self.at(p) == *c {
                    break;
                }
                count -= 1;
            }
        }
        if count < min {
            if pushed {
                self.mark_discard(lm as isize);
            }
            return Step::Return(false);
        }
        self.state_ptr = base + count as usize;
        let kind = Resume::One {
            base,
            count,
            lm,
            li,
            pushed,
        };
        self.call(pc, self.state_ptr, toplevel, kind, next, false)
    }

    /// The attempt of the tail of a lazy single-character repeat at `ptr`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn lazy_next(
        &mut self,
        pc: usize,
        ptr: usize,
        toplevel: bool,
        count: usize,
        lm: isize,
        li: isize,
        pushed: bool,
    ) -> Step {
        let Some(Op::RepeatOne { max, next, .. }) = self.prog.ops.get(pc) else {
            return Step::Return(false);
        };
        let (max, next) = (*max, *next);
        if max == MAXREPEAT || count <= max as usize {
            self.state_ptr = ptr;
            let kind = Resume::MinOne {
                count,
                lm: lm as i32,
                li: li as i32,
                pushed,
            };
            return self.call(pc, ptr, toplevel, kind, next, false);
        }
        if pushed {
            self.mark_discard(lm);
        }
        Step::Return(false)
    }

    fn repeat_bounds(&self, rec: usize) -> (u32, u32) {
        match self.prog.ops.get(self.repeats[rec].op) {
            Some(Op::Repeat { min, max, .. }) => (*min, *max),
            _ => (0, 0),
        }
    }

    /// MAX_UNTIL / MIN_UNTIL at `pc`: one more iteration or the tail.
    pub(super) fn until(&mut self, pc: usize, ptr: usize, toplevel: bool, lazy: bool) -> Step {
        let Some(rec) = self.repeat else {
            return Step::Return(false);
        };
        self.state_ptr = ptr;
        let count = self.repeats[rec].count + 1;
        let (min, max) = self.repeat_bounds(rec);
        let body = self.repeats[rec].op + 1;
        if count < min as isize {
            self.repeats[rec].count = count;
            return self.call(
                pc,
                ptr,
                toplevel,
                Resume::Until1 { rec, count },
                body,
                false,
            );
        }
        if lazy {
            self.repeat = self.repeats[rec].prev;
            let (lm, li) = self.saved_marks();
            let pushed = self.repeat.is_some();
            if pushed {
                self.mark_push(lm as isize);
            }
            let kind = Resume::MinUntil2 {
                rec,
                count,
                lm,
                li,
                pushed,
            };
            return self.call(pc, ptr, toplevel, kind, pc + 1, false);
        }
        if (count < max as isize || max == MAXREPEAT)
            && self.state_ptr != self.repeats[rec].last_ptr
        {
            self.repeats[rec].count = count;
            let (lm, li) = self.saved_marks();
            self.mark_push(lm as isize);
            let saved = self.repeats[rec].last_ptr;
            self.repeats[rec].last_ptr = self.state_ptr;
            let kind = Resume::MaxUntil2 {
                rec,
                count,
                saved,
                lm,
                li,
            };
            return self.call(pc, ptr, toplevel, kind, body, false);
        }
        self.max_until_tail(pc, ptr, toplevel, rec)
    }

    fn max_until_tail(&mut self, pc: usize, ptr: usize, toplevel: bool, rec: usize) -> Step {
        self.repeat = self.repeats[rec].prev;
        self.call(pc, ptr, toplevel, Resume::MaxUntil3 { rec }, pc + 1, false)
    }

    fn poss_bounds(&self, pc: usize) -> (u32, u32, usize) {
        match self.prog.ops.get(pc) {
            Some(Op::PossRepeat { min, max, next }) => (*min, *max, *next),
            _ => (0, 0, pc),
        }
    }

    /// The required iterations of the possessive repeat at `pc`.
    pub(super) fn poss_min(&mut self, pc: usize, ptr: usize, toplevel: bool, count: u32) -> Step {
        let (min, _, _) = self.poss_bounds(pc);
        if count < min {
            return self.call(pc, ptr, toplevel, Resume::Poss1 { count }, pc + 1, true);
        }
        self.poss_more(pc, toplevel, count, NONE)
    }

    /// Further iterations; `last` is where the previous one started (an
    /// iteration that matched nothing ends the repeat).
    fn poss_more(&mut self, pc: usize, toplevel: bool, count: u32, last: usize) -> Step {
        let (_, max, next) = self.poss_bounds(pc);
        if (count < max || max == MAXREPEAT) && self.state_ptr != last {
            let (lm, li) = self.saved_marks();
            self.mark_push(lm as isize);
            let kind = Resume::Poss2 { count, lm, li };
            return self.call(pc, self.state_ptr, toplevel, kind, pc + 1, true);
        }
        Step::Exec(next, self.state_ptr)
    }

    /// Continues a suspended context after its child returned `ret`.
    pub(super) fn resume(
        &mut self,
        kind: Resume,
        pc: usize,
        ptr: usize,
        toplevel: bool,
        ret: bool,
    ) -> Step {
        match kind {
            Resume::Branch {
                next,
                lm,
                li,
                pushed,
            } => {
                if ret {
                    if pushed {
                        self.mark_discard(lm as isize);
                    }
                    return Step::Return(true);
                }
                if pushed {
                    self.mark_pop(lm as isize, true);
                }
                self.restore(lm, li);
                let (lm, li) = (lm as isize, li as isize);
                self.try_alt(pc, ptr, toplevel, next as usize, lm, li, pushed)
            }
            Resume::One {
                base,
                count,
                lm,
                li,
                pushed,
            } => {
                if ret {
                    if pushed {
                        self.mark_discard(lm as isize);
                    }
                    return Step::Return(true);
                }
                if pushed {
                    self.mark_pop(lm as isize, true);
                }
                self.restore(lm, li);
                self.greedy_next(pc, base, toplevel, count - 1, lm, li, pushed)
            }
            Resume::MinOne {
                count,
                lm,
                li,
                pushed,
            } => {
                if ret {
                    if pushed {
                        self.mark_discard(lm as isize);
                    }
                    return Step::Return(true);
                }
                if pushed {
                    self.mark_pop(lm as isize, true);
                }
                self.restore(lm, li);
                self.state_ptr = ptr;
                let one = match self.prog.ops.get(pc) {
                    Some(Op::RepeatOne { test, .. }) => self.count(ptr, test, 1),
                    _ => 0,
                };
                if one == 0 {
                    if pushed {
                        self.mark_discard(lm as isize);
                    }
                    return Step::Return(false);
                }
                let (lm, li) = (lm as isize, li as isize);
                self.lazy_next(pc, ptr + 1, toplevel, count + 1, lm, li, pushed)
            }
            Resume::Repeat { rec } => {
                self.repeat = self.repeats[rec].prev;
                self.repeats.truncate(rec);
                Step::Return(ret)
            }
            Resume::Until1 { rec, count } => {
                if !ret {
                    self.repeats[rec].count = count - 1;
                    self.state_ptr = ptr;
                }
                Step::Return(ret)
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
                    self.mark_discard(lm as isize);
                    return Step::Return(true);
                }
                self.mark_pop(lm as isize, false);
                self.restore(lm, li);
                self.repeats[rec].count = count - 1;
                self.state_ptr = ptr;
                self.max_until_tail(pc, ptr, toplevel, rec)
            }
            Resume::MaxUntil3 { rec } => {
                self.repeat = Some(rec);
                if !ret {
                    self.state_ptr = ptr;
                }
                Step::Return(ret)
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
                        self.mark_discard(lm as isize);
                    }
                    return Step::Return(true);
                }
                if pushed {
                    self.mark_pop(lm as isize, false);
                }
                self.restore(lm, li);
                self.state_ptr = ptr;
                let (_, max) = self.repeat_bounds(rec);
                let r: &mut RepeatRec = &mut self.repeats[rec];
                if (count >= max as isize && max != MAXREPEAT) || self.state_ptr == r.last_ptr {
                    return Step::Return(false);
                }
                r.count = count;
                let saved = r.last_ptr;
                r.last_ptr = self.state_ptr;
                let body = r.op + 1;
                let kind = Resume::MinUntil3 { rec, count, saved };
                self.call(pc, ptr, toplevel, kind, body, false)
            }
            Resume::MinUntil3 { rec, count, saved } => {
                self.repeats[rec].last_ptr = saved;
                if !ret {
                    self.repeats[rec].count = count - 1;
                    self.state_ptr = ptr;
                }
                Step::Return(ret)
            }
            Resume::Poss1 { count } => {
                if !ret {
                    self.state_ptr = ptr;
                    return Step::Return(false);
                }
                self.poss_min(pc, ptr, toplevel, count + 1)
            }
            Resume::Poss2 { count, lm, li } => {
                if ret {
                    self.mark_discard(lm as isize);
                    return self.poss_more(pc, toplevel, count + 1, ptr);
                }
                self.mark_pop(lm as isize, false);
                self.restore(lm, li);
                self.state_ptr = ptr;
                let (_, _, next) = self.poss_bounds(pc);
                Step::Exec(next, ptr)
            }
            Resume::Atomic => {
                if !ret {
                    self.state_ptr = ptr;
                    return Step::Return(false);
                }
                match self.prog.ops.get(pc) {
                    Some(Op::Atomic { next }) => Step::Exec(*next, self.state_ptr),
                    _ => Step::Return(false),
                }
            }
            Resume::Assert => match (ret, self.prog.ops.get(pc)) {
                (true, Some(Op::Assert { next, .. })) => Step::Exec(*next, ptr),
                _ => Step::Return(false),
            },
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
                match self.prog.ops.get(pc) {
                    Some(Op::Assert { next, .. }) => Step::Exec(*next, ptr),
                    _ => Step::Return(false),
                }
            }
        }
    }
}

//! Codegen's checks on `match` statements (`compiler_pattern` and its
//! helpers): unreachable cases, captures bound twice or by only some
//! alternatives, duplicate mapping keys and class-pattern attributes,
//! values that are not literals or attribute lookups.

use super::Checker;
use crate::fold::{constants_equal, fold_constant, repr_constant};
use pvm_syntax::ast::{Constant, Expr, ExprContext, ExprKind, MatchCase, Pattern, PatternKind};
use pvm_syntax::pyrepr::repr_str;

/// The names a pattern has captured so far, and whether it may be irrefutable.
struct PatternContext {
    stores: Vec<String>,
    allow_irrefutable: bool,
}

/// `case _` (a `MatchAs` without a name).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchAs { name: None, .. })
}

/// `*_` in a sequence pattern.
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchStar { name: None })
}

impl Checker<'_> {
    /// `compiler_match`: every case but a trailing `case _`, then that one.
    pub(super) fn match_stmt(&mut self, subject: &Expr, cases: &[MatchCase]) {
        self.visit_expr(subject);
        let Some(last) = cases.last() else { return };
        let has_default = is_wildcard(&last.pattern) && cases.len() > 1;
        let n = cases.len() - usize::from(has_default);
        for (i, m) in cases[..n].iter().enumerate() {
            self.set_loc(m.pattern.pos);
            let mut pc = PatternContext {
                stores: Vec::new(),
                allow_irrefutable: m.guard.is_some() || i + 1 == cases.len(),
            };
            self.pattern(&m.pattern, &mut pc);
            if let Some(g) = &m.guard {
                self.visit_expr(g);
            }
            self.visit_body(&m.body);
        }
        if has_default {
            self.set_loc(last.pattern.pos);
            if let Some(g) = &last.guard {
                self.visit_expr(g);
            }
            self.visit_body(&last.body);
        }
    }

    /// `compiler_pattern`: the location becomes the pattern's and stays.
    fn pattern(&mut self, p: &Pattern, pc: &mut PatternContext) -> bool {
        self.set_loc(p.pos);
        match &p.kind {
            PatternKind::MatchValue { value } => {
                let literal = fold_constant(value).is_some()
                    || matches!(value.kind, ExprKind::Attribute { .. });
                if !literal {
                    self.error("patterns may only match literals and attribute lookups");
                    return false;
                }
                self.visit_expr(value);
                true
            }
            PatternKind::MatchSingleton { .. } => true,
            PatternKind::MatchSequence { patterns } => self.pattern_sequence(patterns, pc),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(keys, patterns, rest.as_deref(), pc),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                for (i, attr) in kwd_attrs.iter().enumerate() {
                    if let Some(q) = kwd_patterns.get(i) {
                        self.set_loc(q.pos);
                    }
                    if self.forbidden_name(attr, ExprContext::Store) {
                        return false;
                    }
                    if let Some(j) = kwd_attrs[i + 1..].iter().position(|o| o == attr) {
                        if let Some(q) = kwd_patterns.get(i + 1 + j) {
                            self.set_loc(q.pos);
                        }
                        self.error(format!("attribute name repeated in class pattern: {attr}"));
                        return false;
                    }
                }
                self.set_loc(p.pos);
                self.visit_expr(cls);
                for q in patterns.iter().chain(kwd_patterns) {
                    if !is_wildcard(q) && !self.subpattern(q, pc) {
                        return false;
                    }
                }
                true
            }
            PatternKind::MatchStar { name } => self.store_name(name.as_deref(), pc),
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        match name {
                            Some(n) => self.error(format!(
                                "name capture {} makes remaining patterns unreachable",
                                repr_str(n)
                            )),
                            None => self.error("wildcard makes remaining patterns unreachable"),
                        }
                        return false;
                    }
                    self.store_name(name.as_deref(), pc)
                }
                Some(q) => self.pattern(q, pc) && self.store_name(name.as_deref(), pc),
            },
            PatternKind::MatchOr { patterns } => self.pattern_or(patterns, pc),
        }
    }

    /// A pattern nested in a sequence, mapping or class pattern: it may be irrefutable.
    fn subpattern(&mut self, p: &Pattern, pc: &mut PatternContext) -> bool {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let ok = self.pattern(p, pc);
        pc.allow_irrefutable = saved;
        ok
    }

    /// `pattern_helper_store_name`: a capture, bound at most once.
    fn store_name(&mut self, name: Option<&str>, pc: &mut PatternContext) -> bool {
        let Some(name) = name else { return true };
        if self.forbidden_name(name, ExprContext::Store) {
            return false;
        }
        if pc.stores.iter().any(|s| s == name) {
            self.error(format!(
                "multiple assignments to name {} in pattern",
                repr_str(name)
            ));
            return false;
        }
        pc.stores.push(name.to_string());
        true
    }

    fn pattern_sequence(&mut self, patterns: &[Pattern], pc: &mut PatternContext) -> bool {
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, q) in patterns.iter().enumerate() {
            if matches!(q.kind, PatternKind::MatchStar { .. }) {
                if star.is_some() {
                    self.error("multiple starred names in sequence pattern");
                    return false;
                }
                star_wildcard = is_star_wildcard(q);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(q);
        }
        if only_wildcard {
            return true;
        }
        if !star_wildcard {
            if let Some(i) = star {
                if i >= 1 << 8 || patterns.len() - i > (i32::MAX >> 8) as usize {
                    self.error("too many expressions in star-unpacking assignment");
                    return false;
                }
            }
        }
        for (i, q) in patterns.iter().enumerate() {
            if star_wildcard && (is_wildcard(q) || Some(i) == star) {
                continue;
            }
            if !self.subpattern(q, pc) {
                return false;
            }
        }
        true
    }

    fn pattern_mapping(
        &mut self,
        keys: &[Expr],
        patterns: &[Pattern],
        rest: Option<&str>,
        pc: &mut PatternContext,
    ) -> bool {
        if keys.is_empty() && rest.is_none() {
            return true;
        }
        let mut seen: Vec<Constant> = Vec::new();
        for key in keys {
            match fold_constant(key) {
                Some(c) => {
                    if seen.iter().any(|s| constants_equal(s, &c)) {
                        self.error(format!(
                            "mapping pattern checks duplicate key ({})",
                            repr_constant(&c)
                        ));
                        return false;
                    }
                    seen.push(c);
                }
                None if matches!(key.kind, ExprKind::Attribute { .. }) => {}
                None => {
                    self.error(
                        "mapping pattern keys may only match literals and attribute lookups",
                    );
                    return false;
                }
            }
            self.visit_expr(key);
        }
        for q in patterns {
            if !self.subpattern(q, pc) {
                return false;
            }
        }
        self.store_name(rest, pc)
    }

    /// `compiler_pattern_or`: every alternative binds the same names.
    fn pattern_or(&mut self, alternatives: &[Pattern], pc: &mut PatternContext) -> bool {
        let old_stores = std::mem::take(&mut pc.stores);
        let old_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        let mut ok = true;
        for (i, alt) in alternatives.iter().enumerate() {
            self.set_loc(alt.pos);
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == alternatives.len() && old_allow;
            if !self.pattern(alt, pc) {
                ok = false;
                break;
            }
            match &control {
                None => control = Some(std::mem::take(&mut pc.stores)),
                Some(names) => {
                    let same = names.len() == pc.stores.len()
                        && names.iter().all(|n| pc.stores.contains(n));
                    if !same {
                        self.error("alternative patterns bind different names");
                        ok = false;
                        break;
                    }
                }
            }
        }
        pc.stores = old_stores;
        pc.allow_irrefutable = old_allow;
        if !ok {
            return false;
        }
        for name in control.unwrap_or_default() {
            if pc.stores.contains(&name) {
                self.error(format!(
                    "multiple assignments to name {} in pattern",
                    repr_str(&name)
                ));
                return false;
            }
            pc.stores.push(name);
        }
        true
    }
}

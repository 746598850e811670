//! Qualified names (CPython's `compiler_set_qualname`) and the stable keys
//! derived from them.

use super::flags::SymbolScope;
use super::mangle::mangle;
use super::scope::{Scope, ScopeId, ScopeKind};
use crate::fxhash::FxHashMap as HashMap;

/// The code object name of a scope: `f`, `C`, `<lambda>`, `<listcomp>`, ...
pub fn code_name(scope: &Scope) -> String {
    match scope.kind {
        ScopeKind::Module => "<module>".into(),
        ScopeKind::Function | ScopeKind::AsyncFunction | ScopeKind::Class => scope.name.clone(),
        ScopeKind::Annotation => "<annotation>".into(),
        kind => format!("<{}>", kind.fixed_name().unwrap_or_default()),
    }
}

/// Sets `qualname` and `key` of every scope; parents come before children.
pub(crate) fn assign(scopes: &mut [Scope]) {
    let mut seen: HashMap<String, u32> = HashMap::default();
    for i in 0..scopes.len() {
        let qualname = qualname(scopes, ScopeId(i as u32));
        let n = seen.entry(qualname.clone()).or_insert(0);
        *n += 1;
        scopes[i].key = if *n == 1 {
            qualname.clone()
        } else {
            format!("{qualname}#{n}")
        };
        scopes[i].qualname = qualname;
    }
}

fn qualname(scopes: &[Scope], id: ScopeId) -> String {
    let scope = &scopes[id.index()];
    let name = code_name(scope);
    // Annotation scopes are transparent: they compile to nothing.
    let mut parent = scope.parent;
    while let Some(p) = parent {
        if scopes[p.index()].kind != ScopeKind::Annotation {
            break;
        }
        parent = scopes[p.index()].parent;
    }
    let Some(parent) = parent.map(|p| &scopes[p.index()]) else {
        return name;
    };
    if parent.kind == ScopeKind::Module {
        return name;
    }
    if matches!(
        scope.kind,
        ScopeKind::Function | ScopeKind::AsyncFunction | ScopeKind::Class
    ) {
        let mangled = mangle(parent.private.as_deref(), &scope.name);
        if parent.scope_of(&mangled) == Some(SymbolScope::GlobalExplicit) {
            return name;
        }
    }
    let locals = matches!(
        parent.kind,
        ScopeKind::Function | ScopeKind::AsyncFunction | ScopeKind::Lambda
    );
    if locals {
        format!("{}.<locals>.{name}", parent.qualname)
    } else {
        format!("{}.{name}", parent.qualname)
    }
}

#[cfg(test)]
mod tests {
    use crate::analyze;

    fn keys(src: &str) -> Vec<String> {
        let (module, errors) = pvm_syntax::parse_module(src);
        assert!(errors.is_empty());
        let analysis = analyze(&module);
        analysis
            .symtable
            .scopes()
            .map(|(_, s)| s.key.clone())
            .collect()
    }

    #[test]
    fn keys_are_qualnames_made_unique() {
        let src = "def f():\n    def g(): pass\n    def g(): pass\n    return lambda: 1, lambda: 2\nclass C:\n    def m(self): return [x for x in self]\n";
        assert_eq!(
            keys(src),
            [
                "<module>",
                "f",
                "f.<locals>.g",
                "f.<locals>.g#2",
                "f.<locals>.<lambda>",
                "f.<locals>.<lambda>#2",
                "C",
                "C.m",
                "C.m.<locals>.<listcomp>",
            ]
        );
    }

    #[test]
    fn scopes_are_found_by_key_and_position() {
        let (module, _) = pvm_syntax::parse_module("def f():\n    g = lambda: 0\n");
        let table = analyze(&module).symtable;
        let id = table.scope_by_key("f.<locals>.<lambda>").unwrap();
        let lambda = table.scope(id);
        assert_eq!(table.scope_at(lambda.pos), Some(id));
        assert_eq!(
            lambda.parent.map(|p| table.scope(p).name.as_str()),
            Some("f")
        );
    }
}

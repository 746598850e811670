//! Pass 2 of the symbol table (CPython's `analyze_block`): decides the
//! scope of every name from the raw facts of pass 1, top down, passing each
//! nested scope the names bound in enclosing functions and the explicit
//! globals; free names flow back up and turn locals into cells.

use super::flags::{SymbolFlags as F, SymbolScope};
use super::scope::{BlockType, Scope, ScopeId};
use crate::code::Name;
use crate::error::CompileError;
use crate::fxhash::FxHashSet as HashSet;
use pvm_syntax::ast::Pos;

/// A set of names (short ones inline, so copying one allocates nothing).
type Names = HashSet<Name>;

/// Analyses every scope reachable from the module; returns the errors.
pub(crate) fn analyze(scopes: &mut [Scope]) -> Vec<CompileError> {
    let mut errors = Vec::new();
    let mut free = Names::default();
    analyze_block(
        scopes,
        ScopeId::MODULE,
        None,
        &mut free,
        Names::default(),
        &mut errors,
    );
    errors
}

/// `analyze_block`: `bound` is None for the module.
fn analyze_block(
    scopes: &mut [Scope],
    id: ScopeId,
    mut bound: Option<Names>,
    free: &mut Names,
    mut global: Names,
    errors: &mut Vec<CompileError>,
) {
    let block = scopes[id.index()].kind.block_type();
    let mut newglobal = Names::default();
    let mut newbound = Names::default();
    let mut newfree = Names::default();
    if block == BlockType::Class {
        // Class bindings are invisible to nested functions.
        newglobal.extend(global.iter().cloned());
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
    }
    let scope = &mut scopes[id.index()];
    let mut site = Site {
        directives: &scope.directives,
        pos: scope.pos,
        nested: scope.nested,
        has_free: scope.has_free,
    };
    for sym in &mut scope.symbols {
        sym.scope = analyze_name(
            &mut site,
            &sym.name,
            sym.flags,
            bound.as_mut(),
            free,
            &mut global,
            errors,
        );
    }
    scope.has_free = site.has_free;
    if block == BlockType::Class {
        newbound.insert(Name::from("__class__"));
    } else {
        if block == BlockType::Function {
            // The names bound here (`local` in CPython): those decided Local.
            let scope = &scopes[id.index()];
            newbound.extend(
                scope
                    .symbols
                    .iter()
                    .filter(|s| s.scope == SymbolScope::Local)
                    .map(|s| s.name.clone()),
            );
        }
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    }
    for k in 0..scopes[id.index()].children.len() {
        let child = scopes[id.index()].children[k];
        let mut child_free = Names::default();
        analyze_block(
            scopes,
            child,
            Some(newbound.clone()),
            &mut child_free,
            newglobal.clone(),
            errors,
        );
        newfree.extend(child_free);
        let c = &scopes[child.index()];
        if c.has_free || c.child_free {
            scopes[id.index()].child_free = true;
        }
    }
    let scope = &mut scopes[id.index()];
    match block {
        BlockType::Function => {
            // A local that a nested scope uses freely becomes a cell.
            for sym in &mut scope.symbols {
                if sym.scope == SymbolScope::Local && newfree.remove(&*sym.name) {
                    sym.scope = SymbolScope::Cell;
                }
            }
        }
        BlockType::Class if newfree.remove("__class__") => scope.needs_class_closure = true,
        _ => {}
    }
    update_symbols(scope, bound.as_ref(), &newfree, block == BlockType::Class);
    free.extend(newfree);
}

/// What `analyze_name` reads and sets of the scope whose symbols it decides
/// (apart from the symbols, so a name can be borrowed from them).
struct Site<'a> {
    directives: &'a [(String, Pos)],
    pos: Pos,
    nested: bool,
    has_free: bool,
}

/// `analyze_name`: the scope of one name given its flags.
fn analyze_name(
    scope: &mut Site<'_>,
    name: &Name,
    flags: F,
    bound: Option<&mut Names>,
    free: &mut Names,
    global: &mut Names,
    errors: &mut Vec<CompileError>,
) -> SymbolScope {
    if flags.intersects(F::GLOBAL) {
        if flags.intersects(F::NONLOCAL) {
            errors.push(at_directive(
                scope,
                name,
                format!("name '{name}' is nonlocal and global"),
            ));
        }
        global.insert(name.clone());
        if let Some(b) = bound {
            b.remove(&**name);
        }
        return SymbolScope::GlobalExplicit;
    }
    if flags.intersects(F::NONLOCAL) {
        let Some(b) = bound else {
            errors.push(at_directive(
                scope,
                name,
                "nonlocal declaration not allowed at module level".into(),
            ));
            return SymbolScope::GlobalImplicit;
        };
        if !b.contains(&**name) {
            errors.push(at_directive(
                scope,
                name,
                format!("no binding for nonlocal '{name}' found"),
            ));
            return SymbolScope::GlobalImplicit;
        }
        scope.has_free = true;
        free.insert(name.clone());
        return SymbolScope::Free;
    }
    if flags.intersects(F::BOUND) {
        global.remove(&**name);
        return SymbolScope::Local;
    }
    if bound.is_some_and(|b| b.contains(&**name)) {
        scope.has_free = true;
        free.insert(name.clone());
        return SymbolScope::Free;
    }
    if !global.contains(&**name) && scope.nested {
        scope.has_free = true;
    }
    SymbolScope::GlobalImplicit
}

/// The error, at the first `global`/`nonlocal` directive naming `name`.
fn at_directive(scope: &Site<'_>, name: &str, message: String) -> CompileError {
    let pos = scope
        .directives
        .iter()
        .find(|(n, _)| n == name)
        .map_or(scope.pos, |(_, p)| *p);
    CompileError::syntax(message, pos)
}

/// `update_symbols`: records free names of nested scopes that pass through
/// this one, and marks class names that are also free in a method.
fn update_symbols(scope: &mut Scope, bound: Option<&Names>, newfree: &Names, class: bool) {
    let mut names: Vec<&Name> = newfree.iter().collect();
    names.sort();
    for name in names {
        if let Some(sym) = scope.symbol_mut(name) {
            if class && sym.flags.intersects(F::BOUND | F::GLOBAL) {
                sym.flags |= F::FREE_CLASS;
            }
            continue;
        }
        if bound.is_some_and(|b| !b.contains(&**name)) {
            continue; // a global
        }
        scope.set_new(name, F::empty(), SymbolScope::Free);
    }
}

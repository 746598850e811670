//! Code objects, unit by unit. A unit's code is compiled from its
//! [`UnitSource`] alone: its own lines behind stubs of the classes around
//! it, so its lines are relative and an edit elsewhere (even one that moves
//! it) leaves the source, hence the compiled code, unchanged. Units around
//! it compile their own bodies and take their children's code from here.

use crate::front::{analysis, compile_errors};
use crate::input::SourceFile;
use crate::shift;
use crate::syntax::{ast, line_index};
use crate::unit_tree::{units, UnitInfo, UnitKind, MODULE_KEY};
use pvm_compiler::{CodeObject, Scope, SymbolFlags};
use std::sync::Arc;

/// A unit of a file, by its key (see [`crate::units`]).
#[salsa::interned(debug)]
pub struct Unit<'db> {
    /// The file.
    #[returns(copy)]
    pub file: SourceFile,
    /// The unit's key.
    #[returns(ref)]
    pub key: String,
}

/// What a unit's code depends on, without absolute positions: its text,
/// the classes around it, the `__future__` features and the module-level
/// imports it mentions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitSource {
    /// A module: the `__future__` imports, an import of each module-level
    /// import the unit mentions, a stub header per enclosing class, then
    /// the unit's own lines.
    text: String,
    /// `co_filename`.
    filename: String,
    /// The unit's `co_firstlineno` in `text`.
    first_line: u32,
    /// Its name.
    name: String,
    /// Child units: first line relative to the unit's, name, key.
    children: Vec<(u32, String, String)>,
}

/// The source of a def or class unit (None for the module or an unknown key).
#[salsa::tracked(returns(ref))]
fn unit_source<'db>(db: &'db dyn salsa::Database, unit: Unit<'db>) -> Option<UnitSource> {
    let file = unit.file(db);
    let all = units(db, file);
    let index = all.iter().position(|u| u.key == *unit.key(db))?;
    let info = &all[index];
    if info.kind == UnitKind::Module {
        return None;
    }
    let text = file.text(db);
    let lines = line_index(db, file);
    let line_text = |first: u32, last: u32| {
        let start = lines.line_start(first) as usize;
        let end = if (last as usize) < lines.line_count() {
            lines.line_start(last + 1) as usize
        } else {
            text.len()
        };
        text.get(start..end.max(start)).unwrap_or("")
    };
    let own_text = line_text(info.first_line, info.last_line);
    let mut out = String::new();
    let analysis = analysis(db, file);
    let future = analysis.future;
    let features: Vec<&str> = [
        (future.annotations, "annotations"),
        (future.barry_as_flufl, "barry_as_FLUFL"),
    ]
    .iter()
    .filter(|f| f.0)
    .map(|f| f.1)
    .collect();
    if !features.is_empty() {
        out.push_str(&format!("from __future__ import {}\n", features.join(", ")));
    }
    // CPython calls an attribute of a module-level import without
    // LOAD_METHOD (`is_import_originated`): the unit needs those names.
    let imported: Vec<&str> = analysis
        .symtable
        .module()
        .symbols()
        .iter()
        .filter(|s| s.flags.contains(SymbolFlags::IMPORT) && own_text.contains(&*s.name))
        .map(|s| &*s.name)
        .collect();
    if !imported.is_empty() {
        out.push_str(&format!("import {}\n", imported.join(", ")));
    }
    let mut classes: Vec<&UnitInfo> = Vec::new();
    let mut parent = info.parent;
    while let Some(p) = parent.filter(|&p| all[p].kind == UnitKind::Class) {
        classes.push(&all[p]);
        parent = all[p].parent;
    }
    for class in classes.iter().rev() {
        let first = line_text(class.first_line, class.first_line);
        let indent = &first[..first.len() - first.trim_start().len()];
        out.push_str(&format!("{indent}class {}:\n", class.name));
    }
    let first_line = out.lines().count() as u32 + 1;
    out.push_str(own_text);
    let children = all
        .iter()
        .filter(|u| u.parent == Some(index))
        .map(|u| {
            let relative = u.first_line.saturating_sub(info.first_line);
            (relative, u.name.clone(), u.key.clone())
        })
        .collect();
    Some(UnitSource {
        text: out,
        filename: file.path(db).clone(),
        first_line,
        name: info.name.clone(),
        children,
    })
}

/// The code object of a def or class unit, at the lines of its
/// [`UnitSource`]; None if it does not compile (or is the module).
#[salsa::tracked(returns(ref))]
pub fn unit_code<'db>(db: &'db dyn salsa::Database, unit: Unit<'db>) -> Option<Arc<CodeObject>> {
    let source = unit_source(db, unit).as_ref()?;
    let (module, errors) = pvm_syntax::parse_module(&source.text);
    if !errors.is_empty() {
        return None;
    }
    let analysis = pvm_compiler::analyze(&module);
    if !analysis.errors.is_empty() {
        return None;
    }
    let file = unit.file(db);
    let mut reuse = |scope: &Scope, firstlineno: u32| {
        let relative = firstlineno.checked_sub(source.first_line)?;
        let (_, _, key) = source
            .children
            .iter()
            .find(|(line, name, _)| *line == relative && *name == scope.name)?;
        child_code(db, file, key, firstlineno)
    };
    let code = pvm_compiler::compile_reusing(&module, &analysis, &source.filename, &mut reuse);
    let found = code
        .walk()
        .into_iter()
        .find(|c| c.firstlineno == source.first_line && c.name == source.name)?
        .clone();
    Some(Arc::new(found))
}

/// A child unit's code placed at `firstlineno`.
fn child_code(
    db: &dyn salsa::Database,
    file: SourceFile,
    key: &str,
    firstlineno: u32,
) -> Option<Arc<CodeObject>> {
    let code = unit_code(db, Unit::new(db, file, key.to_string())).clone()?;
    Some(shift::to_line(code, firstlineno))
}

/// The module's code object, when the file has no syntax or compile error:
/// its own statements compiled, its top-level units reused.
#[salsa::tracked(returns(ref), no_eq)]
pub fn module_code(db: &dyn salsa::Database, file: SourceFile) -> Option<Arc<CodeObject>> {
    let lowered = ast(db, file);
    if !lowered.errors.is_empty() || !compile_errors(db, file).is_empty() {
        return None;
    }
    let analysis = analysis(db, file);
    if !analysis.errors.is_empty() {
        return None;
    }
    let all = units(db, file);
    let mut reuse = |scope: &Scope, firstlineno: u32| {
        let child = all
            .iter()
            .find(|u| u.parent == Some(0) && u.first_line == firstlineno && u.name == scope.name)?;
        child_code(db, file, &child.key, firstlineno)
    };
    Some(Arc::new(pvm_compiler::compile_reusing(
        &lowered.module,
        analysis,
        file.path(db),
        &mut reuse,
    )))
}

/// A unit's code object at its place in the file (the module's for
/// [`MODULE_KEY`]).
#[salsa::tracked(returns(ref), no_eq)]
pub fn placed_code<'db>(db: &'db dyn salsa::Database, unit: Unit<'db>) -> Option<Arc<CodeObject>> {
    let file = unit.file(db);
    if unit.key(db) == MODULE_KEY {
        return module_code(db, file).clone();
    }
    let info = units(db, file).iter().find(|u| u.key == *unit.key(db))?;
    let code = unit_code(db, unit).clone()?;
    Some(shift::to_line(code, info.first_line))
}

//! docs/bytecode.md lists every instruction from the opcode table: the
//! generated part must equal `pvm dis --opcodes` (`opcode::markdown_tables`).
//! Set `PVM_BLESS=1` to rewrite it.

use std::path::Path;

const BEGIN: &str = "<!-- BEGIN GENERATED: pvm dis --opcodes -->\n";
const END: &str = "<!-- END GENERATED -->";

#[test]
fn bytecode_doc_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/bytecode.md");
    let doc = std::fs::read_to_string(&path).expect("docs/bytecode.md");
    let start = doc.find(BEGIN).expect("begin marker") + BEGIN.len();
    let end = doc.find(END).expect("end marker");
    let want = pvm_compiler::opcode::markdown_tables();
    if doc[start..end] != want {
        if std::env::var_os("PVM_BLESS").is_some() {
            let updated = format!("{}{want}{}", &doc[..start], &doc[end..]);
            std::fs::write(&path, updated).unwrap();
            return;
        }
        panic!("docs/bytecode.md is out of date: run PVM_BLESS=1 cargo test -p pvm_compiler --test bytecode_doc");
    }
}

//! `node:util` (in progress): for now the inspect/format core other modules use.

pub mod inspect;

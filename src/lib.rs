//! jsrt-node: Node.js built-in modules for QuickJS + libuv hosts, behind a C ABI.
//!
//! Layers, bottom up: `engine` (the only user of the QuickJS bindings), `errors`
//! (Node's codes and messages), `context` (per-context state), `registry`
//! (the `node:` names and tiers), `modules/<name>` (one per built-in), `abi`
//! (every `extern "C"` item).

pub mod abi;
pub mod context;
pub mod engine;
pub mod errors;
mod fast_hash;
pub mod lone_surrogates;
mod globals;
mod lazy;
pub mod modules;
pub mod registry;

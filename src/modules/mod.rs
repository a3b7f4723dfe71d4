//! One folder per Node built-in.

pub mod console;
pub mod path;
pub mod process;
pub mod util;

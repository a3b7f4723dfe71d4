//! One folder per Node built-in.

pub mod buffer;
pub mod console;
pub mod events;
pub mod fs;
pub mod os;
pub mod path;
pub mod process;
pub mod string_decoder;
pub mod util;

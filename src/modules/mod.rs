//! One folder per Node built-in.

pub mod assert;
pub mod async_hooks;
pub mod buffer;
pub mod console;
pub mod crypto;
pub mod events;
pub mod fs;
pub mod lazy;
pub mod module;
pub mod os;
pub mod path;
pub mod process;
pub mod readline;
pub mod stream;
pub mod punycode;
pub mod querystring;
pub mod string_decoder;
pub mod test;
pub mod timers;
pub mod tty;
pub mod url;
pub mod util;

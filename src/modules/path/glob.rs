//! Placeholder until the minimatch port lands.
pub fn matches_glob(_path: &str, _pattern: &str, _windows: bool) -> bool {
    false
}

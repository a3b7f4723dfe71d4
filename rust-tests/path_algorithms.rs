//! The path algorithms as plain Rust (no engine): Node 20's results for inputs
//! taken from Node's test/parallel/test-path-*.js.

use jsrt_node::modules::path::{posix, win32};

fn s(b: &[u8]) -> &str {
    std::str::from_utf8(b).expect("utf8")
}
fn cwd() -> Vec<u8> {
    b"/home/user".to_vec()
}

#[test]
fn posix_join_and_normalize() {
    assert_eq!(s(&posix::join(&[b"/foo", b"bar", b"baz/asdf", b"quux", b".."])), "/foo/bar/baz/asdf");
    assert_eq!(s(&posix::join(&[])), ".");
    assert_eq!(s(&posix::join(&[b"", b""])), ".");
    assert_eq!(s(&posix::join(&[b"./"])), "./");
    assert_eq!(s(&posix::normalize(b"./fixtures///b/../b/c.js")), "fixtures/b/c.js");
    assert_eq!(s(&posix::normalize(b"/foo/../../../bar")), "/bar");
    assert_eq!(s(&posix::normalize(b"a//b//../b")), "a/b");
    assert_eq!(s(&posix::normalize(b"../../../foo/../../../bar")), "../../../../../bar");
    assert_eq!(s(&posix::normalize(b"")), ".");
}

#[test]
fn posix_resolve_relative() {
    assert_eq!(s(&posix::resolve(&[Some(b"/var/lib"), Some(b"../"), Some(b"file/")], &cwd).unwrap()), "/var/file");
    assert_eq!(s(&posix::resolve(&[Some(b"a/b/c/"), Some(b"../../..")], &cwd).unwrap()), "/home/user");
    assert_eq!(posix::resolve(&[None, Some(b"/abs")], &cwd).unwrap(), b"/abs");
    assert_eq!(posix::resolve(&[Some(b"x"), None], &cwd), Err(1));
    assert_eq!(s(&posix::relative(b"/var/lib", b"/var/apache", &cwd)), "../apache");
    assert_eq!(s(&posix::relative(b"/foo/bar/baz", b"/foo/bar", &cwd)), "..");
}

#[test]
fn posix_parts() {
    assert_eq!(s(posix::dirname(b"/a/b/")), "/a");
    assert_eq!(s(posix::dirname(b"//a")), "//");
    assert_eq!(s(posix::basename(b"/aaa/bbb", Some(b"bbb"))), "bbb");
    assert_eq!(s(posix::basename(b"aaa/bbb", Some(b"a/bbb"))), "bbb");
    assert_eq!(s(posix::basename(b"/aaa/b", Some(b"a/b"))), "b");
    assert_eq!(s(posix::extname(b"file.ext.ext")), ".ext");
    assert_eq!(s(posix::extname(b"..")), "");
    assert_eq!(s(posix::extname(b".file.")), ".");
    let b = b"/home/user/dir/file.txt";
    let p = posix::parse(b);
    assert_eq!((&b[p.root.0..p.root.1], &b[p.dir.0..p.dir.1]), (&b"/"[..], &b"/home/user/dir"[..]));
    assert_eq!(&b[p.name.0..p.name.1], b"file");
}

#[test]
fn win32_cases() {
    assert_eq!(s(&win32::join(&[b"//server", b"share"])), "\\\\server\\share\\");
    assert_eq!(s(&win32::join(&[b"c:", b"file"])), "c:\\file");
    assert_eq!(s(&win32::normalize(b"C:..\\..\\abc\\..\\def")), "C:..\\..\\def");
    assert_eq!(s(&win32::normalize(b"CON:")), ".\\CON:.");
    assert_eq!(s(&win32::normalize(b"1:\\x")), ".\\1:\\x");
    assert_eq!(s(&win32::resolve(&[Some(b"c:/ignore"), Some(b"c:/some/file")], &cwd).unwrap()), "c:\\some\\file");
    assert_eq!(s(&win32::relative(b"c:/AaAa/bbbb", b"c:/aaaa/cccc", &cwd)), "..\\cccc");
    assert_eq!(s(&win32::relative(b"C:\\foo\\bar\\baz", b"C:\\foo\\bar", &cwd)), "..");
    assert_eq!(s(win32::dirname(b"\\\\unc\\share\\foo")), "\\\\unc\\share\\");
    assert_eq!(s(win32::basename(b"C:foo", None)), "foo");
    assert_eq!(s(&win32::to_namespaced_path(b"C:\\foo", &cwd)), "\\\\?\\C:\\foo");
}

#[test]
fn never_panics_on_odd_bytes() {
    let inputs: &[&[u8]] = &[b"", b"/", b"\\", b"\\\\", b"\\\\a", b"\\\\a\\", b"C:", b"C:\\", b":", b"..", b"\xed\xa0\x80/x"];
    for a in inputs {
        for b in inputs {
            let _ = posix::join(&[a, b]);
            let _ = win32::join(&[a, b]);
            let _ = posix::relative(a, b, &cwd);
            let _ = win32::relative(a, b, &cwd);
            let _ = win32::parse(a);
            let _ = posix::parse(a);
            let _ = win32::dirname(a);
            let _ = win32::basename(a, Some(b));
            let _ = posix::basename(a, Some(b));
            let _ = win32::extname(a);
        }
    }
}

//! node:fs through a real engine (leak assertion on) and a real libuv loop.

use jsrt_node::engine::Standalone;
use jsrt_node::registry;

fn with_fs(rt: &Standalone, lp: *mut libuv_sys2::uv_loop_t) {
    let cx = rt.ctx();
    jsrt_node::context::init(cx, lp);
    let fs = registry::load_cjs(cx, "fs").expect("fs loads");
    let global = cx.global();
    cx.set(&global, "fs", fs).expect("set");
}

fn temp_dir(tag: &str) -> String {
    let d = std::env::temp_dir().join(format!("jsrt-fs-rust-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    d.to_string_lossy().into_owned()
}

struct Loop(Box<libuv_sys2::uv_loop_t>);

impl Loop {
    fn new() -> Loop {
        // SAFETY: uv_loop_init fills the zeroed struct.
        let mut l: Box<libuv_sys2::uv_loop_t> = Box::new(unsafe { std::mem::zeroed() });
        assert_eq!(unsafe { libuv_sys2::uv_loop_init(&mut *l) }, 0);
        Loop(l)
    }
    fn ptr(&mut self) -> *mut libuv_sys2::uv_loop_t {
        &mut *self.0
    }
    fn run(&mut self) {
        // SAFETY: a live loop.
        unsafe { libuv_sys2::uv_run(self.ptr(), libuv_sys2::uv_run_mode_UV_RUN_DEFAULT) };
    }
}

impl Drop for Loop {
    fn drop(&mut self) {
        self.run();
        // SAFETY: nothing is pending after the run.
        unsafe { libuv_sys2::uv_loop_close(self.ptr()) };
    }
}

#[test]
fn sync_round_trip_and_errors() {
    let dir = temp_dir("sync");
    let rt = Standalone::new();
    with_fs(&rt, std::ptr::null_mut());
    let script = format!(
        r#"
        const d = {dir:?};
        fs.writeFileSync(d + '/a', 'hello');
        const b = fs.readFileSync(d + '/a');
        let out = [b.length, b.toString(), fs.statSync(d + '/a').size, fs.readdirSync(d).join()];
        try {{ fs.readFileSync(d + '/missing'); }} catch (e) {{ out.push(e.code, e.syscall, e.errno); }}
        try {{ fs.openSync(1); }} catch (e) {{ out.push(e.code); }}
        out.join('|')
        "#
    );
    assert_eq!(rt.eval(&script), Ok("5|hello|5|a|ENOENT|open|-2|ERR_INVALID_ARG_TYPE".into()));
    drop(rt);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Stats and Dirents are engine records (src/engine/record.rs): on the
/// bundled engine made in one step with their final shape. Whatever users do
/// to them afterwards (add, delete, redefine, freeze, re-prototype, keep or
/// drop their Dates) must act on that object alone, and the runtime must end
/// leak-free (the engine's assertion is on).
#[test]
fn stats_records_behave_as_ordinary_objects() {
    let dir = temp_dir("records");
    let rt = Standalone::new();
    with_fs(&rt, std::ptr::null_mut());
    #[cfg(not(feature = "host-engine"))]
    assert!(jsrt_node::engine::record_fast_known(&rt.ctx()));
    let script = format!(
        r#"
        const d = {dir:?};
        fs.writeFileSync(d + '/f', 'abc');
        fs.mkdirSync(d + '/sub');
        const keep = [], out = [];
        for (let i = 0; i < 300; i++) {{
          const s = fs.statSync(d + '/f');
          if (i % 7 === 0) keep.push(s);
          if (i % 11 === 0) keep.push(s.mtime);
          if (i % 13 === 0) {{ s.extra = i; delete s.dev; }}
          if (i % 17 === 0) Object.defineProperty(s, 'size', {{ enumerable: false }});
          if ((i + 1) % 19 === 0) Object.freeze(s);
          if (i % 23 === 0) Object.setPrototypeOf(s, null);
        }}
        const a = fs.statSync(d + '/f'), b = fs.lstatSync(d + '/sub');
        out.push(Object.keys(a).join(), a.size, a.isFile(), b.isDirectory(), a instanceof fs.Stats);
        out.push(keep.filter((s) => s instanceof fs.Stats && s.size === 3).length);
        out.push(Object.keys(keep[2]).length, Object.isFrozen(keep[0]), Object.isFrozen(keep[1]));
        a.size = 9; out.push(a.size, fs.statSync(d + '/f').size);
        const ents = fs.readdirSync(d, {{ withFileTypes: true }});
        ents[0].name = 'z'; delete ents[1].path;
        out.push(ents.map((e) => Object.keys(e).join(':') + '=' + e.isFile()).join(' '));
        out.join('|')
        "#
    );
    let want = "dev,mode,nlink,uid,gid,rdev,blksize,ino,size,blocks,atimeMs,mtimeMs,ctimeMs,birthtimeMs,\
        atime,mtime,ctime,birthtime|3|true|true|true|41|18|false|false|9|3|name:parentPath:path=true name:parentPath=false";
    assert_eq!(rt.eval(&script), Ok(want.into()));
    drop(rt);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn async_requests_complete_on_the_loop() {
    let dir = temp_dir("async");
    let mut lp = Loop::new();
    let rt = Standalone::new();
    with_fs(&rt, lp.ptr());
    let script = format!(
        r#"
        globalThis.log = [];
        const d = {dir:?};
        fs.writeFile(d + '/x', 'data', (e) => {{
          log.push('written ' + e);
          fs.readFile(d + '/x', 'utf8', (e2, s) => log.push('read ' + s));
          fs.promises.stat(d + '/x').then((st) => log.push('size ' + st.size));
        }});
        log.push('sync');
        "#
    );
    assert!(rt.eval(&script).is_ok());
    lp.run();
    let log = rt.eval("log.slice(0, 2).join() + '|' + log.slice(2).sort().join()");
    assert_eq!(log, Ok("sync,written null|read data,size 4".into()));
    drop(rt);
    drop(lp);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn freeing_the_context_with_requests_pending_leaks_nothing() {
    let dir = temp_dir("pending");
    let mut lp = Loop::new();
    let rt = Standalone::new();
    with_fs(&rt, lp.ptr());
    let script = format!(
        r#"
        const d = {dir:?};
        fs.writeFileSync(d + '/f', 'x'.repeat(100000));
        for (let i = 0; i < 20; i++) {{
          fs.readFile(d + '/f', (e, b) => {{ throw new Error('must not run'); }});
          fs.stat(d, () => {{ throw new Error('must not run'); }});
        }}
        fs.promises.readFile(d + '/f');
        fs.promises.readFile(d + '/f', 'utf8');
        fs.readFile(d + '/f', 'utf8', () => {{ throw new Error('must not run'); }});
        'submitted'
        "#
    );
    assert_eq!(rt.eval(&script), Ok("submitted".into()));
    // The engine's leak assertion runs in JS_FreeRuntime here.
    drop(rt);
    // Completions of orphaned requests only free Rust memory.
    drop(lp);
    let _ = std::fs::remove_dir_all(&dir);
}

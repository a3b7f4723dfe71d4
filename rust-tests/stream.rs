//! node:stream through a real engine with the leak assertion on (each
//! Standalone checks at drop that no object is left): streams that end, error,
//! are destroyed mid-way, are piped and iterated leave nothing behind.

use jsrt_node::engine::Standalone;
use jsrt_node::registry;

fn with_stream(rt: &Standalone) {
    let cx = rt.ctx();
    jsrt_node::context::init(cx, std::ptr::null_mut());
    jsrt_node::modules::buffer::install_globals(cx).expect("globals");
    let m = registry::load_cjs(cx, "stream").expect("stream loads");
    let global = cx.global();
    cx.set(&global, "stream", m).expect("set");
}

fn settle(rt: &Standalone) {
    jsrt_node::modules::process::run_jobs(rt.ctx()).expect("jobs run");
}

#[test]
fn readable_to_writable_event_order() {
    let rt = Standalone::new();
    with_stream(&rt);
    rt.eval(
        "globalThis.out = [];
         const r = new stream.Readable({ read() {} });
         const w = new stream.Writable({ write(c, e, cb) { out.push('w:' + c); cb(); } });
         r.on('end', () => out.push('end'));
         r.on('close', () => out.push('rclose'));
         w.on('finish', () => out.push('finish'));
         w.on('close', () => out.push('wclose'));
         r.pipe(w);
         r.push('a'); r.push('b'); r.push(null);",
    )
    .expect("runs");
    settle(&rt);
    assert_eq!(rt.eval("out.join()"), Ok("w:a,w:b,end,finish,rclose,wclose".into()));
}

#[test]
fn errors_and_destroy_free_everything() {
    let rt = Standalone::new();
    with_stream(&rt);
    rt.eval(
        "globalThis.out = [];
         const t = new stream.Transform({ transform(c, e, cb) { cb(new Error('tx')); } });
         t.on('error', (e) => out.push(e.message));
         t.on('close', () => out.push('close'));
         t.write('x');
         const r = new stream.Readable({ read() {} });
         r.on('close', () => out.push('rclose'));
         r.push('pending');
         r.destroy();
         const w = new stream.Writable({ write() {} });
         w.on('error', (e) => out.push(e.code));
         w.write('never');
         w.destroy(Object.assign(new Error('d'), { code: 'E_D' }));",
    )
    .expect("runs");
    settle(&rt);
    assert_eq!(rt.eval("out.join()"), Ok("rclose,E_D,tx,close".into()));
}

#[test]
fn pipeline_with_generators_and_async_iteration() {
    let rt = Standalone::new();
    with_stream(&rt);
    rt.eval(
        "globalThis.out = [];
         stream.pipeline(
           function* () { yield 1; yield 2; yield 3; },
           async function* (src) { for await (const x of src) yield x * 10; },
           new stream.Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }),
           (err) => {
             out.push('done:' + err);
             (async () => {
               for await (const x of stream.Readable.from(['p', 'q', 'r'])) { out.push(x); if (x === 'q') break; }
             })();
           });",
    )
    .expect("runs");
    settle(&rt);
    assert_eq!(rt.eval("out.join()"), Ok("10,20,30,done:undefined,p,q".into()));
}

#[test]
fn module_shape() {
    let rt = Standalone::new();
    with_stream(&rt);
    assert_eq!(
        rt.eval("Object.keys(stream).slice(0, 6).join()"),
        Ok("isDestroyed,isDisturbed,isErrored,isReadable,isWritable,Readable".into())
    );
    assert_eq!(rt.eval("stream.Stream === stream && typeof stream.promises.pipeline"), Ok("function".into()));
    assert_eq!(
        rt.eval("try { stream.Readable.toWeb() } catch (e) { e.code + ' ' + e.message }"),
        Ok("ERR_INVALID_ARG_TYPE The \"streamReadable\" argument must be an stream.Readable. Received undefined".into())
    );
}

//! node:events through a real engine, with the bundled quickjs-ng's leak
//! assertion on (each Standalone checks at drop that nothing is left).

use jsrt_node::engine::Standalone;
use jsrt_node::registry;

fn with_events(rt: &Standalone) {
    let cx = rt.ctx();
    jsrt_node::context::init(cx, std::ptr::null_mut());
    let ee = registry::load_cjs(cx, "events").expect("events loads");
    let global = cx.global();
    cx.set(&global, "EventEmitter", ee).expect("set");
}

#[test]
fn module_is_the_constructor_and_cached() {
    let rt = Standalone::new();
    let cx = rt.ctx();
    let a = registry::load_cjs(cx, "events").expect("load");
    let b = registry::load_cjs(cx, "node:events").expect("load");
    assert!(cx.strict_equals(&a, &b));
    assert!(cx.is_function(&a));
    let other = Standalone::new();
    let c = registry::load_cjs(other.ctx(), "events").expect("load");
    assert!(!cx.strict_equals(&a, &c));
}

#[test]
fn native_emit_forwards_arguments_and_this() {
    let rt = Standalone::new();
    with_events(&rt);
    // 0, 1, 8 (stack path) and 12 (heap path) arguments
    assert_eq!(
        rt.eval(
            "const e = new EventEmitter(); const out = [];
             e.on('x', function (...a) { out.push(String(this === e) + a.length + ':' + a.join('')); });
             e.emit('x'); e.emit('x', 1); e.emit('x', 1,2,3,4,5,6,7); e.emit('x', 1,2,3,4,5,6,7,8,9,10,11);
             out.join(' ')"
        ),
        Ok("true0: true1:1 true7:1234567 true11:1234567891011".into())
    );
    assert_eq!(rt.eval("[e.emit('x'), e.emit('y'), new EventEmitter().emit('z')].join()"), Ok("true,false,false".into()));
}

#[test]
fn snapshot_and_listener_errors() {
    let rt = Standalone::new();
    with_events(&rt);
    assert_eq!(
        rt.eval(
            "const e = new EventEmitter(); const out = [];
             function b() { out.push('b'); }
             e.on('x', () => { out.push('a'); e.off('x', b); e.on('x', () => out.push('c')); });
             e.on('x', b);
             e.emit('x'); e.emit('x');
             out.join('')"
        ),
        Ok("abac".into())
    );
    assert_eq!(
        rt.eval(
            "const t = new EventEmitter(); t.on('t', () => { throw new RangeError('r'); });
             try { t.emit('t', 1); 'no' } catch (err) { err.name + ':' + err.message }"
        ),
        Ok("RangeError:r".into())
    );
}

#[test]
fn error_events() {
    let rt = Standalone::new();
    with_events(&rt);
    assert_eq!(
        rt.eval("try { new EventEmitter().emit('error', 'x') } catch (e) { [e.name, e.code, e.message, e.context].join('|') }"),
        Ok("Error|ERR_UNHANDLED_ERROR|Unhandled error. ('x')|x".into())
    );
    assert_eq!(
        rt.eval("const err = new Error('m'); try { new EventEmitter().emit('error', err) } catch (e) { e === err }"),
        Ok("true".into())
    );
    assert_eq!(
        rt.eval("try { new EventEmitter().on('x', 1) } catch (e) { e.code + ': ' + e.message }"),
        Ok("ERR_INVALID_ARG_TYPE: The \"listener\" argument must be of type function. Received type number (1)".into())
    );
    assert_eq!(
        rt.eval("try { new EventEmitter().setMaxListeners(-1) } catch (e) { e.name + ' ' + e.code + ': ' + e.message }"),
        Ok("RangeError ERR_OUT_OF_RANGE: The value of \"setMaxListeners\" is out of range. It must be >= 0. Received -1".into())
    );
}

#[test]
fn capture_rejections_with_pending_jobs() {
    let rt = Standalone::new();
    with_events(&rt);
    let cx = rt.ctx();
    rt.eval(
        "globalThis.out = [];
         const e = new EventEmitter({ captureRejections: true });
         e.on('error', (err) => out.push(err.message));
         e.on('job', async () => { throw new Error('async failure'); });
         e.emit('job');",
    )
    .expect("runs");
    jsrt_node::modules::process::run_jobs(cx).expect("jobs run");
    assert_eq!(rt.eval("out.join()"), Ok("async failure".into()));
}

#[test]
fn static_once_resolves() {
    let rt = Standalone::new();
    with_events(&rt);
    let cx = rt.ctx();
    rt.eval(
        "globalThis.got = 'pending';
         const e = new EventEmitter();
         EventEmitter.once(e, 'ready').then((args) => { got = args.join('+'); });
         e.emit('ready', 1, 2);",
    )
    .expect("runs");
    jsrt_node::modules::process::run_jobs(cx).expect("jobs run");
    assert_eq!(rt.eval("got"), Ok("1+2".into()));
}

#[test]
fn subclassing_and_call_style() {
    let rt = Standalone::new();
    with_events(&rt);
    assert_eq!(
        rt.eval(
            "class A extends EventEmitter { constructor() { super(); this.v = 1; } }
             function B() { EventEmitter.call(this); }
             Object.setPrototypeOf(B.prototype, EventEmitter.prototype);
             const a = new A(), b = new B(); let n = 0;
             a.on('x', function () { n += this.v; }); b.once('x', () => { n += 10; });
             a.emit('x'); b.emit('x'); b.emit('x');
             [n, Object.keys(a).join(','), Object.keys(b).join(',')].join('|')"
        ),
        Ok("11|_events,_eventsCount,_maxListeners,v|_events,_eventsCount,_maxListeners".into())
    );
}

#[test]
fn process_is_an_event_emitter() {
    let rt = Standalone::new();
    let cx = rt.ctx();
    jsrt_node::context::init(cx, std::ptr::null_mut());
    let p = registry::load_cjs(cx, "process").expect("process");
    let global = cx.global();
    cx.set(&global, "proc", p).expect("set");
    assert_eq!(
        rt.eval(
            "let seen = 0; proc.on('custom', (v) => { seen = v; });
             [proc.emit('custom', 5), seen, typeof proc.once, Object.getPrototypeOf(proc).constructor.name].join()"
        ),
        Ok("true,5,function,process".into())
    );
}

#[test]
fn event_target_classes() {
    let rt = Standalone::new();
    let cx = rt.ctx();
    jsrt_node::context::init(cx, std::ptr::null_mut());
    jsrt_node::modules::events::install_globals(cx).expect("globals");
    assert_eq!(
        rt.eval(
            "const t = new EventTarget(); const out = [];
             t.addEventListener('x', (ev) => out.push(ev.type + ':' + (ev.target === t)), { once: true });
             t.dispatchEvent(new Event('x')); t.dispatchEvent(new Event('x'));
             const ac = new AbortController(); ac.signal.onabort = () => out.push('aborted');
             ac.abort();
             const ce = new CustomEvent('c', { detail: 7 });
             [out.join(','), ac.signal.aborted, ce.detail].join('|')"
        ),
        Ok("x:true,aborted|true|7".into())
    );
}

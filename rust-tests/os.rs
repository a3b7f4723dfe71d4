//! node:os through a real engine (leak assertion on).

use jsrt_node::engine::Standalone;
use jsrt_node::modules::os::get_cidr;
use jsrt_node::registry;

fn with_os(rt: &Standalone) {
    let cx = rt.ctx();
    jsrt_node::context::init(cx, std::ptr::null_mut());
    let os = registry::load_cjs(cx, "os").expect("os loads");
    let global = cx.global();
    cx.set(&global, "os", os).expect("set");
}

#[test]
fn export_list_is_node_20s() {
    let rt = Standalone::new();
    with_os(&rt);
    assert_eq!(
        rt.eval("Object.keys(os).join()"),
        Ok("arch,availableParallelism,cpus,endianness,freemem,getPriority,homedir,hostname,loadavg,networkInterfaces,platform,release,setPriority,tmpdir,totalmem,type,userInfo,uptime,version,machine,constants,EOL,devNull".into())
    );
}

#[test]
fn values_come_from_the_system() {
    let rt = Standalone::new();
    with_os(&rt);
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
    assert_eq!(rt.eval("os.hostname()"), Ok(host.trim().to_string()));
    assert_eq!(rt.eval("os.type()"), Ok("Linux".into()));
    assert_eq!(rt.eval("os.constants.signals.SIGKILL"), Ok(libc::SIGKILL.to_string()));
    assert_eq!(rt.eval("os.constants.errno.ENOENT"), Ok(libc::ENOENT.to_string()));
    assert_eq!(rt.eval("os.cpus().length > 0 && os.availableParallelism() > 0"), Ok("true".into()));
    assert_eq!(rt.eval("os.freemem() <= os.totalmem()"), Ok("true".into()));
    assert_eq!(rt.eval("`${os.endianness}`"), Ok(if cfg!(target_endian = "big") { "BE" } else { "LE" }.into()));
}

#[test]
fn priority_errors() {
    let rt = Standalone::new();
    with_os(&rt);
    assert_eq!(
        rt.eval("try { os.setPriority(0, 20) } catch (e) { [e.name, e.code, e.message].join('|') }"),
        Ok("RangeError|ERR_OUT_OF_RANGE|The value of \"priority\" is out of range. It must be >= -20 && <= 19. Received 20".into())
    );
    assert_eq!(
        rt.eval("try { os.getPriority(2147483647) } catch (e) { [e.name, e.code, e.message, e.info.code, e.errno].join('|') }"),
        Ok("SystemError|ERR_SYSTEM_ERROR|A system error occurred: uv_os_getpriority returned ESRCH (no such process)|ESRCH|-3".into())
    );
}

#[test]
fn cidr() {
    assert_eq!(get_cidr("127.0.0.1", "255.0.0.0", "IPv4").as_deref(), Some("127.0.0.1/8"));
    assert_eq!(get_cidr("10.0.0.1", "255.255.254.0", "IPv4").as_deref(), Some("10.0.0.1/23"));
    assert_eq!(get_cidr("10.0.0.1", "255.0.255.0", "IPv4"), None);
    assert_eq!(get_cidr("::1", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "IPv6").as_deref(), Some("::1/128"));
    assert_eq!(get_cidr("fe80::1", "ffff:ffff:ffff:ffff::", "IPv6").as_deref(), Some("fe80::1/64"));
    assert_eq!(get_cidr("fe80::1", "ffff:fff0::", "IPv6").as_deref(), Some("fe80::1/28"));
    assert_eq!(get_cidr("0.0.0.0", "0.0.0.0", "IPv4").as_deref(), Some("0.0.0.0/0"));
}

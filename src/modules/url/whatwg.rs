//! The WHATWG URL work behind whatwg.js: parsing, the setters, origins,
//! IDNA and application/x-www-form-urlencoded, all by the `url` crate.
//!
//! A parsed URL reaches JS as one array: its href, then the start and end of
//! each component in it (see [`components`]). A serialized URL is ASCII
//! (everything else is percent-encoded or punycode), so the byte offsets are
//! also UTF-16 offsets, and a getter is one `slice` in JS with no call here.

use url::{quirks, Url};

use crate::engine::{Arg, Args, Ctx, JsResult, Value};

/// The component order of the offsets array after the href (each a pair).
const PARTS: usize = 9;

/// Start and end of `part` inside `whole`; (0, 0) for an empty part, which
/// may be a literal that does not point into `whole`.
fn span(whole: &str, part: &str) -> (u32, u32) {
    if part.is_empty() {
        return (0, 0);
    }
    let start = (part.as_ptr() as usize).wrapping_sub(whole.as_ptr() as usize);
    match whole.get(start..start + part.len()) {
        Some(s) if s.as_ptr() == part.as_ptr() => (start as u32, (start + part.len()) as u32),
        _ => match whole.find(part) {
            Some(i) => (i as u32, (i + part.len()) as u32),
            None => (0, 0),
        },
    }
}

/// `[href, protocol…, username…, password…, host…, hostname…, port…,
/// pathname…, search…, hash…]`, each component as a start and an end.
fn components(cx: Ctx, u: &Url) -> JsResult<Value> {
    let href = u.as_str();
    let spans: [(u32, u32); PARTS] = [
        span(href, quirks::protocol(u)),
        span(href, quirks::username(u)),
        span(href, quirks::password(u)),
        span(href, quirks::host(u)),
        span(href, quirks::hostname(u)),
        span(href, quirks::port(u)),
        span(href, quirks::pathname(u)),
        span(href, quirks::search(u)),
        span(href, quirks::hash(u)),
    ];
    let mut items = Vec::with_capacity(1 + 2 * PARTS);
    items.push(cx.string(href)?);
    for (s, e) in spans {
        items.push(cx.int(s as i32));
        items.push(cx.int(e as i32));
    }
    cx.array_from(items)
}

fn parse_with(input: &str, base: Option<&str>) -> Option<Url> {
    match base {
        None => Url::parse(input).ok(),
        Some(b) => Url::parse(b).ok()?.join(input).ok(),
    }
}

fn base_arg(cx: Ctx, v: &Arg) -> JsResult<Option<String>> {
    if cx.is_undefined(v) {
        Ok(None)
    } else {
        Ok(Some(cx.to_string(v)?))
    }
}

// parse(input, base?): the components array, or null when either fails.
crate::js_fn!(url_parse => url_parse_imp);
fn url_parse_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let input = cx.to_string(&args.get(0))?;
    let base = base_arg(cx, &args.get(1))?;
    match parse_with(&input, base.as_deref()) {
        Some(u) => components(cx, &u),
        None => Ok(cx.null()),
    }
}

crate::js_fn!(url_can_parse => url_can_parse_imp);
fn url_can_parse_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let input = cx.to_string(&args.get(0))?;
    let base = base_arg(cx, &args.get(1))?;
    Ok(cx.bool(parse_with(&input, base.as_deref()).is_some()))
}

/// Which setter `set` runs, as whatwg.js numbers them.
fn apply(u: &mut Url, which: i32, v: &str) -> bool {
    match which {
        0 => quirks::set_href(u, v).is_ok(),
        1 => quirks::set_protocol(u, v).is_ok(),
        2 => quirks::set_username(u, v).is_ok(),
        3 => quirks::set_password(u, v).is_ok(),
        4 => quirks::set_host(u, v).is_ok(),
        5 => quirks::set_hostname(u, v).is_ok(),
        6 => {
            // The standard leaves the port unchanged for an empty string;
            // Node (Ada) removes it, as browsers do.
            if v.is_empty() {
                if !u.has_host() || u.host_str() == Some("") || u.scheme() == "file" {
                    return false;
                }
                u.set_port(None).is_ok()
            } else {
                quirks::set_port(u, v).is_ok()
            }
        }
        7 => {
            quirks::set_pathname(u, v);
            true
        }
        8 => {
            quirks::set_search(u, v);
            true
        }
        9 => {
            quirks::set_hash(u, v);
            true
        }
        _ => false,
    }
}

// set(href, which, value): the new components, or null when nothing changed
// (a refused value, as the standard's setters silently do).
crate::js_fn!(url_set => url_set_imp);
fn url_set_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let href = cx.to_string(&args.get(0))?;
    let which = cx.to_i32(&args.get(1))?;
    let value = cx.to_string(&args.get(2))?;
    let Ok(mut u) = Url::parse(&href) else {
        return Ok(cx.null());
    };
    if !apply(&mut u, which, &value) || u.as_str() == href {
        return Ok(cx.null());
    }
    components(cx, &u)
}

crate::js_fn!(url_origin => url_origin_imp);
fn url_origin_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let href = cx.to_string(&args.get(0))?;
    match Url::parse(&href) {
        Ok(u) => cx.string(&quirks::origin(&u)),
        Err(_) => cx.string("null"),
    }
}

// context(href): Node's URLContext numbers for `util.inspect(url, { showHidden
// true })`: Ada's offsets (the host starts at the `@` of credentials; an
// absent part is 2^32-1) and scheme type.
crate::js_fn!(url_context => url_context_imp);
fn url_context_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    const NONE: f64 = u32::MAX as f64;
    let href = cx.to_string(&args.get(0))?;
    let Ok(u) = Url::parse(&href) else {
        return Ok(cx.null());
    };
    let c = quirks::internal_components(&u);
    let credentials = !u.username().is_empty() || u.password().is_some();
    let scheme_type = match u.scheme() {
        "http" => 0,
        "https" => 2,
        "ws" => 3,
        "ftp" => 4,
        "wss" => 5,
        "file" => 6,
        _ => 1,
    };
    let opt = |v: Option<u32>| v.map_or(NONE, f64::from);
    let nums = [
        f64::from(c.scheme_end + 1),
        f64::from(c.username_end),
        f64::from(if credentials { c.host_start - 1 } else { c.host_start }),
        f64::from(c.host_end),
        f64::from(c.path_start),
        opt(c.query_start),
        opt(c.fragment_start),
        opt(c.port.map(u32::from)),
        f64::from(scheme_type),
    ];
    cx.array_from(nums.iter().map(|&n| cx.number(n)).collect())
}

/// Node's domainToASCII: the hostname a `ws:` URL gets from its hostname
/// setter (so IP addresses pass, and `:` or `/` end the host), or "" when
/// the setter refuses it.
fn domain_ascii(domain: &str) -> String {
    let Ok(mut u) = Url::parse("ws://x") else {
        return String::new();
    };
    if quirks::set_hostname(&mut u, domain).is_err() {
        return String::new();
    }
    quirks::hostname(&u).to_owned()
}

crate::js_fn!(url_domain_to_ascii => url_domain_to_ascii_imp);
fn url_domain_to_ascii_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let d = cx.to_string(&args.get(0))?;
    cx.string(&domain_ascii(&d))
}

crate::js_fn!(url_domain_to_unicode => url_domain_to_unicode_imp);
fn url_domain_to_unicode_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let d = cx.to_string(&args.get(0))?;
    let ascii = domain_ascii(&d);
    if ascii.is_empty() || ascii.starts_with('[') {
        return cx.string(&ascii);
    }
    // An IPv4 address is no domain: it stays as the setter wrote it.
    let uni = quirks::domain_to_unicode(&ascii);
    cx.string(if uni.is_empty() { &ascii } else { &uni })
}

// idnaToASCII(hostname): UTS 46 ToASCII alone (no IPv4 or forbidden-code-
// point rules), as the legacy url.parse runs it on hostnames; "" on error.
crate::js_fn!(url_idna_to_ascii => url_idna_to_ascii_imp);
fn url_idna_to_ascii_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let d = cx.to_string(&args.get(0))?;
    cx.string(&idna::domain_to_ascii(&d).unwrap_or_default())
}

// formParse(string): [name, value, name, value, …].
crate::js_fn!(form_parse => form_parse_imp);
fn form_parse_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let s = cx.to_string(&args.get(0))?;
    let mut items = Vec::new();
    for (k, v) in url::form_urlencoded::parse(s.as_bytes()) {
        items.push(cx.string(&k)?);
        items.push(cx.string(&v)?);
    }
    cx.array_from(items)
}

// formSerialize(list): the x-www-form-urlencoded text of a flat name/value list.
crate::js_fn!(form_serialize => form_serialize_imp);
fn form_serialize_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let list = args.get(0);
    let n = cx.to_f64(&cx.get(&list, "length")?)? as u32;
    let mut out = url::form_urlencoded::Serializer::new(String::new());
    let mut i = 0;
    while i + 1 < n {
        let k = cx.to_string(&cx.get_index(&list, i)?)?;
        let v = cx.to_string(&cx.get_index(&list, i + 1)?)?;
        out.append_pair(&k, &v);
        i += 2;
    }
    cx.string(&out.finish())
}

/// `url.format(URL, options)` for a WHATWG URL's href: which parts to keep.
fn format_href(href: &str, auth: bool, fragment: bool, search: bool, unicode: bool) -> Option<String> {
    let mut u = Url::parse(href).ok()?;
    if !auth {
        let _ = u.set_username("");
        let _ = u.set_password(None);
    }
    if !fragment {
        u.set_fragment(None);
    }
    if !search {
        u.set_query(None);
    }
    let mut s = u.as_str().to_owned();
    if unicode {
        if let Some(url::Host::Domain(d)) = u.host() {
            let uni = quirks::domain_to_unicode(d);
            let (start, end) = span(u.as_str(), d);
            if end > start {
                s.replace_range(start as usize..end as usize, &uni);
            }
        }
    }
    Some(s)
}

crate::js_fn!(url_format => url_format_imp);
fn url_format_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let href = cx.to_string(&args.get(0))?;
    let flags: Vec<bool> = (1..5).map(|i| cx.to_bool(&args.get(i))).collect::<JsResult<_>>()?;
    match format_href(&href, flags[0], flags[1], flags[2], flags[3]) {
        Some(s) => cx.string(&s),
        None => cx.string(&href),
    }
}

/// The href of `pathToFileURL` for an absolute, resolved path: `%`, `\`, the
/// newline, carriage return and tab are percent-encoded as Node does, `?`/`#`
/// so that they stay in the path, and `[]^|~` as Node 20.20 does; the parser
/// encodes the rest.
pub fn file_href(path: &str) -> Option<String> {
    let mut s = String::with_capacity(path.len() + 8);
    s.push_str("file://");
    for ch in path.chars() {
        match ch {
            '%' => s.push_str("%25"),
            '\\' => s.push_str("%5C"),
            '\n' => s.push_str("%0A"),
            '\r' => s.push_str("%0D"),
            '\t' => s.push_str("%09"),
            '?' => s.push_str("%3F"),
            '#' => s.push_str("%23"),
            // Node 20.20 encodes these too (20.11 left them to the parser,
            // which keeps them).
            '[' => s.push_str("%5B"),
            ']' => s.push_str("%5D"),
            '^' => s.push_str("%5E"),
            '|' => s.push_str("%7C"),
            '~' => s.push_str("%7E"),
            c => s.push(c),
        }
    }
    Url::parse(&s).ok().map(|u| u.as_str().to_owned())
}

crate::js_fn!(url_file_href => url_file_href_imp);
fn url_file_href_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let p = cx.to_string(&args.get(0))?;
    match file_href(&p) {
        Some(s) => cx.string(&s),
        None => Ok(cx.null()),
    }
}

/// The natives whatwg.js and url.js use.
pub fn binding(cx: Ctx, b: &Value) -> JsResult<()> {
    cx.set_fn(b, "parse", url_parse, 2)?;
    cx.set_fn(b, "canParse", url_can_parse, 2)?;
    cx.set_fn(b, "set", url_set, 3)?;
    cx.set_fn(b, "origin", url_origin, 1)?;
    cx.set_fn(b, "context", url_context, 1)?;
    cx.set_fn(b, "domainToASCII", url_domain_to_ascii, 1)?;
    cx.set_fn(b, "domainToUnicode", url_domain_to_unicode, 1)?;
    cx.set_fn(b, "formParse", form_parse, 1)?;
    cx.set_fn(b, "formSerialize", form_serialize, 1)?;
    cx.set_fn(b, "format", url_format, 5)?;
    cx.set_fn(b, "fileHref", url_file_href, 1)?;
    cx.set_fn(b, "idnaToASCII", url_idna_to_ascii, 1)?;
    Ok(())
}

//! node:buffer through a real engine (leak assertion on: each Standalone
//! checks at drop), and its codecs: every SIMD fast path must agree with the
//! exact port of Node's scalar decoder it stands in front of.

use jsrt_node::engine::typed_array as ta;
use jsrt_node::engine::Standalone;
use jsrt_node::modules::buffer::codec;

fn with_buffer(rt: &Standalone) {
    let cx = rt.ctx();
    jsrt_node::context::init(cx, std::ptr::null_mut());
    jsrt_node::modules::buffer::install_globals(cx).expect("globals");
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn bytes(&mut self, n: usize, alphabet: &[u8]) -> Vec<u8> {
        (0..n).map(|_| alphabet[(self.next() % alphabet.len() as u64) as usize]).collect()
    }
}

#[test]
fn base64_fast_path_matches_node_scalar_decoder() {
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let canonical = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let url = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let noisy = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_= \n";
    for round in 0..3000 {
        let n = (rng.next() % 300) as usize;
        let alphabet: &[u8] = match round % 3 {
            0 => canonical,
            1 => url,
            _ => noisy,
        };
        let mut src = rng.bytes(n, alphabet);
        if round % 5 == 0 {
            // Proper padding sometimes.
            while src.len() % 4 != 0 {
                src.push(b'=');
            }
        }
        let cap = codec::base64_alloc_len(&src, src.len());
        for url_mode in [false, true] {
            let mut fast = vec![0u8; cap];
            let mut slow = vec![0u8; cap];
            let a = codec::base64_decode(&src, &mut fast, url_mode);
            let b = codec::base64_decode_scalar(&src, &mut slow);
            assert_eq!(&fast[..a], &slow[..b], "input {:?}", String::from_utf8_lossy(&src));
        }
    }
}

/// Long inputs reach the 64-character SIMD blocks (AVX-512 where the CPU
/// has it): canonical text with rare junk, padding, both alphabets mixed and
/// short destinations must all decode exactly as Node's scalar decoder.
#[test]
fn base64_block_decoder_matches_node_scalar_decoder() {
    let mut rng = Rng(0xD1B54A32D192ED03);
    let canonical = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mixed = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_";
    let junk = b"= \n\t.*\x80\xff\x00!";
    for round in 0..4000 {
        let n = 100 + (rng.next() % 900) as usize;
        let mut src = rng.bytes(n, if round % 2 == 0 { canonical } else { mixed });
        match round % 7 {
            0 | 1 => {
                for _ in 0..1 + rng.next() % 3 {
                    let at = (rng.next() as usize) % src.len();
                    src[at] = junk[(rng.next() as usize) % junk.len()];
                }
            }
            2 => {
                while src.len() % 4 != 0 {
                    src.push(b'=');
                }
            }
            3 => src.truncate(src.len() / 4 * 4 + 1),
            _ => {}
        }
        let full = codec::base64_alloc_len(&src, src.len());
        let cap = if round % 5 == 0 { (rng.next() as usize) % (full + 1) } else { full };
        let mut fast = vec![0u8; cap];
        let mut slow = vec![0u8; cap];
        let a = codec::base64_decode(&src, &mut fast, round % 3 == 0);
        let b = codec::base64_decode_scalar(&src, &mut slow);
        assert_eq!(&fast[..a], &slow[..b], "input {:?} cap {cap}", String::from_utf8_lossy(&src));
    }
}

#[test]
fn base64_block_encoder_matches_reference() {
    let mut rng = Rng(99);
    for n in (0..700).chain([4095, 4096, 4097, 65536 + 7]) {
        let data: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        for url in [false, true] {
            let want = if url {
                base64_simd::URL_SAFE_NO_PAD.encode_to_string(&data)
            } else {
                base64_simd::STANDARD.encode_to_string(&data)
            };
            let mut out = vec![std::mem::MaybeUninit::<u8>::uninit(); codec::base64_encoded_len(n, url)];
            codec::base64_encode_into(&data, &mut out, url);
            // SAFETY: base64_encode_into writes every slot.
            let got: Vec<u8> = out.iter().map(|b| unsafe { b.assume_init() }).collect();
            assert_eq!(got, want.as_bytes(), "n {n} url {url}");
        }
    }
}

#[test]
fn hex_fast_path_matches_node_scalar_decoder() {
    let mut rng = Rng(12345);
    for round in 0..3000 {
        let n = (rng.next() % 200) as usize;
        let alphabet: &[u8] = if round % 2 == 0 { b"0123456789abcdefABCDEF" } else { b"0123456789abcdefxyz " };
        let src = rng.bytes(n, alphabet);
        let cap = src.len() / 2 + (round % 3);
        let (mut f, mut s) = (vec![0u8; cap], vec![0u8; cap]);
        let a = codec::hex_decode(&src, &mut f);
        let b = codec::hex_decode_scalar(&src, &mut s);
        assert_eq!(&f[..a], &s[..b]);
    }
}

#[test]
fn codec_round_trips() {
    let mut rng = Rng(7);
    for n in [0usize, 1, 2, 3, 63, 64, 65, 1000] {
        let data: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        let b64 = codec::base64_encode(&data, false);
        let mut out = vec![0u8; codec::base64_alloc_len(b64.as_bytes(), b64.len())];
        let k = codec::base64_decode(b64.as_bytes(), &mut out, false);
        assert_eq!(&out[..k], &data[..]);
        let hex = codec::hex_encode(&data);
        let mut out = vec![0u8; n];
        assert_eq!(codec::hex_decode(hex.as_bytes(), &mut out), n);
        assert_eq!(out, data);
    }
    // Lone surrogates (WTF-8) become EF BF BD; whole characters only.
    let mut out = [0u8; 8];
    assert_eq!(codec::write_utf8(b"a\xED\xA0\x80b", &mut out), 5);
    assert_eq!(&out[..5], b"a\xEF\xBF\xBDb");
    let mut small = [0u8; 3];
    assert_eq!(codec::write_utf8("a€".as_bytes(), &mut small), 1);
    assert_eq!(codec::utf16_len("a😀é".as_bytes()), 4);
}

#[test]
fn buffer_in_a_standalone_context() {
    let rt = Standalone::new();
    with_buffer(&rt);
    let r = rt.eval(
        "const b = Buffer.from('héllo'); \
         [b.length, b.toString('hex'), b instanceof Uint8Array, Buffer.isBuffer(b.subarray(1)), \
          Buffer.concat([b, Buffer.from([0])]).length, b.readUInt16BE(1), typeof atob, typeof Blob].join()",
    );
    assert_eq!(r.as_deref(), Ok("6,68c3a96c6c6f,true,true,7,50089,function,function"));
    let e = rt.eval("try { Buffer.alloc(2).readUInt8(5) } catch (e) { e.code + ': ' + e.message }");
    assert_eq!(
        e.as_deref(),
        Ok("ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be >= 0 and <= 1. Received 5")
    );
}

/// Buffer.concat's span list (pool views, fixed lengths, getters, detached
/// items, Node's errors) and the long-string paths (ASCII-ness from length,
/// lone surrogates, SIMD base64 with junk and both alphabets). Expected
/// values are Node 20's, except the detached item: Node 20 has no
/// `ArrayBuffer.prototype.transfer`; a detached view has no bytes.
#[test]
fn concat_and_long_strings() {
    let rt = Standalone::new();
    with_buffer(&rt);
    let r = rt.eval(
        r#"const out = [];
        const a = Buffer.from('abc'), b = Buffer.from('defgh');
        out.push(Buffer.concat([a, b, a], 4).toString(), Buffer.concat([a, b], 10).toString('hex'));
        const pool = new Uint8Array(a.buffer);
        out.push(Buffer.concat([a, pool.subarray(a.byteOffset, a.byteOffset + 3), Buffer.alloc(300, 1)]).length);
        const t = new Uint8Array(new ArrayBuffer(4)); t.buffer.transfer();
        out.push(Buffer.concat([a, t, b]).toString());
        const g = [a, b]; Object.defineProperty(g, 1, { get() { return Buffer.from('Z'); } });
        out.push(Buffer.concat(g).toString());
        try { Buffer.concat([a, 'x', null]) } catch (e) { out.push(e.name + ':' + e.message) }
        try { Buffer.concat([a, 'x', b]) } catch (e) { out.push(e.code + ':' + e.message) }
        const s = 'x'.repeat(5000), e = s + '\u00e9', l = s + '\ud800';
        out.push(Buffer.from(s).length, Buffer.from(e).length, Buffer.from(l).subarray(-3).toString('hex'), Buffer.byteLength(e));
        const big = Buffer.alloc(3000).map((_, i) => (i * 2654435761) >>> 24);
        const b64 = big.toString('base64');
        out.push(Buffer.from(b64, 'base64').equals(big), Buffer.from(b64.replace(/\+/g, '-').replace(/\//g, '_'), 'base64').equals(big),
          Buffer.from(b64.slice(0, 2000) + '\n*' + b64.slice(2000), 'base64').equals(big), big.toString('base64url').slice(-12));
        out.join('|')"#,
    );
    assert_eq!(
        r.as_deref(),
        Ok("abcd|61626364656667680000|306|abcdefgh|abcZ|TypeError:Cannot read properties of null (reading 'length')|\
            ERR_INVALID_ARG_TYPE:The \"list[1]\" argument must be an instance of Buffer or Uint8Array. Received type string ('x')|\
            5000|5002|efbfbd|5002|true|true|true|iijGZAOhP917")
    );
}

#[test]
fn zero_copy_views_from_rust() {
    let rt = Standalone::new();
    with_buffer(&rt);
    let cx = rt.ctx();
    let v = cx.eval_script("globalThis.b = Buffer.from('abcdef').subarray(2, 5); b", "<t>").expect("eval");
    assert_eq!(ta::binary_kind(&cx, &v), Some(ta::BinaryKind::Uint8Array));
    {
        let mut bytes = ta::bytes(&cx, &v).expect("bytes");
        assert_eq!(bytes.as_slice(), b"cde");
        bytes.as_mut_slice()[0] = b'X';
    }
    assert_eq!(rt.eval("b.buffer.byteLength >= 6 && String.fromCharCode(...new Uint8Array(b.buffer, b.byteOffset - 2, 6))").as_deref(), Ok("abXdef"));
    let ab = cx.eval_script("new ArrayBuffer(4)", "<t>").expect("eval");
    assert_eq!(ta::bytes(&cx, &ab).map(|b| b.len()), Some(4));
    let dv = cx.eval_script("new DataView(new ArrayBuffer(8), 2, 3)", "<t>").expect("eval");
    assert_eq!(ta::bytes(&cx, &dv).map(|b| b.len()), Some(3));
    let num = cx.number(1.0);
    assert!(ta::bytes(&cx, &num).is_none());
}

/// Length-tracking views of resizable buffers: after a shrink the engine's
/// `JS_GetUint8Array` still reports the old length; Buffer must read what
/// the view has now (never past the buffer), after a growth the new length.
#[test]
fn resized_tracking_views_read_their_live_length() {
    let rt = Standalone::new();
    with_buffer(&rt);
    #[cfg(not(feature = "host-engine"))]
    assert!(jsrt_node::engine::view_layout::known(&rt.ctx()));
    let script = "const rab = new ArrayBuffer(1 << 16, { maxByteLength: 1 << 17 });\n\
        const u = new Uint8Array(rab, 1); u.fill(7);\n\
        rab.resize(4);\n\
        const a = [u.length, Buffer.concat([u]).length, Buffer.prototype.toString.call(u, 'hex'), Buffer.from(u).length];\n\
        rab.resize(9);\n\
        a.push(u.length, Buffer.concat([u, u]).toString('hex'));\n\
        rab.transfer && rab.transfer();\n\
        a.push(u.length, Buffer.concat([u]).length);\n\
        a.join(' ')";
    assert_eq!(rt.eval(script).as_deref(), Ok("3 3 070707 3 8 07070700000000000707070000000000 0 0"));
}

#[test]
fn two_contexts_have_their_own_buffer() {
    let a = Standalone::new();
    let b = Standalone::new();
    with_buffer(&a);
    with_buffer(&b);
    assert_eq!(a.eval("Buffer.prototype.foo = 1; typeof Buffer.from('x').foo").as_deref(), Ok("number"));
    assert_eq!(b.eval("typeof Buffer.from('x').foo").as_deref(), Ok("undefined"));
}

#[test]
fn raw_unit_strings() {
    use jsrt_node::engine::fast_string;
    let rt = Standalone::new();
    let cx = rt.ctx();
    assert!(fast_string::available(&cx), "the probe should succeed on the bundled engine");
    let s = fast_string::latin1_string(&cx, &[0xE9, 0x41, 0x00]).expect("available").expect("made");
    cx.set(&cx.global(), "s", s).expect("set");
    assert_eq!(rt.eval("s === '\\xe9A\\0'").as_deref(), Ok("true"));
    let w = fast_string::utf16le_string(&cx, &[0x00, 0xD8, 0x41, 0x00, 0x7F]).expect("available").expect("made");
    cx.set(&cx.global(), "w", w).expect("set");
    assert_eq!(rt.eval("w === '\\ud800A'").as_deref(), Ok("true"));
    let v = cx.eval_script("'\\u0100' + 'x'.repeat(3)", "<t>").expect("eval");
    let u = fast_string::string_units(&cx, &v).expect("units");
    assert!(u.is_wide());
    assert_eq!(u.bytes(), &[0x00, 0x01, b'x', 0, b'x', 0, b'x', 0]);
    assert_eq!(u.units(), 4);
}

#[test]
fn search_matches_naive() {
    let mut rng = Rng(99);
    for round in 0..4000 {
        let n = (rng.next() % 300) as usize;
        let alphabet: &[u8] = if round % 2 == 0 { b"ab" } else { b"abcdefghij" };
        let hay = rng.bytes(n, alphabet);
        let m = 1 + (rng.next() % 6) as usize;
        let needle = rng.bytes(m, alphabet);
        let from = (rng.next() % (n as u64 + 2)) as usize;
        let naive_f = (from..=n.saturating_sub(m)).find(|&i| i + m <= n && hay[i..i + m] == needle[..]);
        let naive_r = (0..=from.min(n.saturating_sub(m))).rev().find(|&i| i + m <= n && hay[i..i + m] == needle[..]);
        assert_eq!(codec::find(&hay, &needle, from), naive_f, "find {:?} in {:?} from {from}", needle, hay);
        assert_eq!(codec::rfind(&hay, &needle, from), naive_r, "rfind {:?} in {:?} from {from}", needle, hay);
    }
}

/// Large strings are built in place (engine::string_build) and read back
/// right through the layout reader and the portable API.
#[test]
fn large_strings_are_made_in_place() {
    let rt = Standalone::new();
    let cx = rt.ctx();
    assert!(jsrt_node::engine::string_build::available(&cx));
    for (n, wide) in [(4096, false), (70_001, false), (4096, true), (9_999, true)] {
        let f = jsrt_node::engine::string_build::fresh(&cx, n, wide).expect("in place").expect("no oom");
        let s = f.fill(|out| {
            for (i, d) in out.iter_mut().enumerate() {
                d.write(if wide && i % 2 == 1 { 0x04 } else { b'a' + (i % 26) as u8 });
            }
        });
        let units = jsrt_node::engine::string_layout::units(&cx, &s).expect("flat string");
        assert_eq!(units.len(), n);
        let text = cx.to_string(&s).unwrap();
        assert_eq!(text.encode_utf16().count(), n);
    }
    // Below the threshold the copying route is kept.
    assert!(jsrt_node::engine::string_build::fresh(&cx, 100, false).is_none());
}

/// The engine's string header is recognized (engine::string_layout): an
/// engine bump that changes it would otherwise only make buffer slower.
#[test]
fn string_layout_is_known() {
    let rt = Standalone::new();
    let cx = rt.ctx();
    assert!(jsrt_node::engine::string_layout::layout_known(&cx));
    for text in ["", "abc", "caf\u{e9}", "\u{3a9}x", &"z".repeat(5000)] {
        let v = cx.string(text).unwrap();
        let units = jsrt_node::engine::string_layout::units(&cx, &v).expect("flat string");
        assert_eq!(units.len(), text.encode_utf16().count());
    }
}

#[test]
fn utf16_to_utf8_length_and_writes_match_lossy_utf8() {
    // Units drawn to hit every width, pairs, lone and reversed surrogates;
    // lengths past the 16384-unit chunk so pairs straddle its edge.
    let picks: [u16; 10] = [0x41, 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0x20AC, 0xD83D, 0xDE00, 0xFFFF];
    let mut rng = Rng(0x2545F4914F6CDD1D);
    for round in 0..400 {
        let n = if round % 40 == 0 { 16380 + (rng.next() % 40) as usize } else { (rng.next() % 90) as usize };
        let w: Vec<u16> = (0..n).map(|_| picks[(rng.next() % picks.len() as u64) as usize]).collect();
        let want = String::from_utf16_lossy(&w);
        assert_eq!(codec::utf16_utf8_len(&w), want.len(), "length of {w:04x?}");
        let mut out = vec![0u8; want.len()];
        assert_eq!(codec::write_utf16_utf8(&w, &mut out), want.len());
        assert_eq!(out, want.as_bytes());
        // Short room: a prefix of whole characters, nothing cut.
        let room = (rng.next() % (want.len() as u64 + 1)) as usize;
        let mut short = vec![0xAAu8; room + 4];
        let k = codec::write_utf16_utf8(&w, &mut short[..room]);
        assert!(want.is_char_boundary(k) && k + 4 > room, "room {room} wrote {k}");
        assert_eq!(&short[..k], &want.as_bytes()[..k]);
        assert!(short[k..].iter().all(|&b| b == 0xAA), "bytes past the written ones are untouched");
    }
}

/// Buffer#copy reads each length after the coercions before it: a valueOf
/// that shrinks a resizable ArrayBuffer leaves a fixed-length view past the
/// end (length 0), and copy must answer 0 rather than the bytes it would have
/// copied. Expected values are Node 20's for the same script. A Rust test, not
/// a conformance case: Bellard's QuickJS (jsrt's) has no resizable
/// ArrayBuffer, so there the situation cannot arise.
#[test]
fn copy_rereads_lengths_after_coercion() {
    let rt = Standalone::new();
    with_buffer(&rt);
    let r = rt.eval(
        "function fresh() { const ab = new ArrayBuffer(8, { maxByteLength: 16 }); return [ab, Buffer.from(ab)]; } \
         const out = []; \
         { const [ab, t] = fresh(); out.push(Buffer.from('hello').copy(t, { valueOf() { ab.resize(0); return 0; } }), t.length); } \
         { const [ab, t] = fresh(); out.push(Buffer.from('hello').copy(t, { valueOf() { ab.resize(3); return 0; } }), t.length, [...new Uint8Array(ab)].join('')); } \
         { const [ab, s] = fresh(); s.fill(7); const d = Buffer.alloc(8); \
           out.push(s.copy(d, 0, { valueOf() { ab.resize(2); return 0; } }), d.join('')); } \
         { const [ab, t] = fresh(); out.push(Buffer.from('hello world!').copy(t, { valueOf() { ab.resize(16); return 0; } }), t.length); } \
         out.join()",
    );
    assert_eq!(r.as_deref(), Ok("0,0,0,0,000,0,00000000,8,8"));
}

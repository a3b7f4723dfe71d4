use rquickjs_sys as q;

/// The bytes of a JS string as the engine gives them out: WTF-8 (UTF-8 that may
/// hold encoded lone surrogates). Borrowed from the engine until dropped, so
/// reading a string costs one conversion and no copy on our side.
pub struct JsStr {
    ctx: *mut q::JSContext,
    ptr: *const std::os::raw::c_char,
    len: usize,
}

impl JsStr {
    /// # Safety
    /// `ptr` must come from `JS_ToCStringLen2` on `ctx` with length `len`.
    pub(crate) unsafe fn from_raw(ctx: *mut q::JSContext, ptr: *const std::os::raw::c_char, len: usize) -> JsStr {
        JsStr { ctx, ptr, len }
    }

    pub fn as_bytes(&self) -> &[u8] {
        // SAFETY: the engine keeps `len` bytes at `ptr` alive until JS_FreeCString.
        unsafe { std::slice::from_raw_parts(self.ptr as *const u8, self.len) }
    }

    /// The bytes as a C string, when they are plain UTF-8 with no NUL byte
    /// (then they mean the same as [`JsStr::to_string_lossy`]): the engine's
    /// copy already ends in a NUL, so nothing is copied.
    pub fn as_utf8_cstr(&self) -> Option<&std::ffi::CStr> {
        let b = self.as_bytes();
        if b.contains(&0) || std::str::from_utf8(b).is_err() {
            return None;
        }
        // SAFETY: JS_ToCStringLen2 writes a NUL after the `len` bytes (both
        // engines), and there is none before it.
        Some(unsafe { std::ffi::CStr::from_bytes_with_nul_unchecked(std::slice::from_raw_parts(self.ptr as *const u8, self.len + 1)) })
    }

    /// Lossy view for messages and for APIs that are defined on Unicode text:
    /// each lone surrogate becomes one U+FFFD, as V8 writes a string as UTF-8
    /// (UTF-8 repair would make three of its three bytes).
    pub fn to_string_lossy(&self) -> String {
        wtf8_to_utf8_lossy(self.as_bytes())
    }
}

impl Drop for JsStr {
    fn drop(&mut self) {
        // SAFETY: ptr came from JS_ToCStringLen2 on ctx and is freed once.
        unsafe { q::JS_FreeCString(self.ctx, self.ptr) }
    }
}

/// WTF-8 as UTF-8 text, each lone surrogate replaced by one U+FFFD.
pub fn wtf8_to_utf8_lossy(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => String::from_utf16_lossy(&wtf8_to_utf16(bytes)),
    }
}

/// Decodes WTF-8 into UTF-16 code units (lone surrogates kept as they are).
pub fn wtf8_to_utf16(bytes: &[u8]) -> Vec<u16> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (cp, n) = if b < 0x80 {
            (b as u32, 1)
        } else if b & 0xE0 == 0xC0 && i + 1 < bytes.len() {
            (((b as u32 & 0x1F) << 6) | (bytes[i + 1] as u32 & 0x3F), 2)
        } else if b & 0xF0 == 0xE0 && i + 2 < bytes.len() {
            (
                ((b as u32 & 0x0F) << 12) | ((bytes[i + 1] as u32 & 0x3F) << 6) | (bytes[i + 2] as u32 & 0x3F),
                3,
            )
        } else if b & 0xF8 == 0xF0 && i + 3 < bytes.len() {
            (
                ((b as u32 & 0x07) << 18)
                    | ((bytes[i + 1] as u32 & 0x3F) << 12)
                    | ((bytes[i + 2] as u32 & 0x3F) << 6)
                    | (bytes[i + 3] as u32 & 0x3F),
                4,
            )
        } else {
            (0xFFFD, 1)
        };
        if cp >= 0x10000 {
            let c = cp - 0x10000;
            out.push(0xD800 | (c >> 10) as u16);
            out.push(0xDC00 | (c & 0x3FF) as u16);
        } else {
            out.push(cp as u16);
        }
        i += n;
    }
    out
}

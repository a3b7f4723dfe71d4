/* jsrt-node build tool: precompiles the library's embedded scripts to the
 * HOST engine's bytecode (host-engine builds, cmake/JsrtNodeCompat.cmake).
 *
 *   jsrt_node_bytecode_gen [--strip-source] OUT.h NAME FILE [NAME FILE]...
 *
 * Compiling the library's JS (fs.js, stream/core.js, ...) is most of what
 * `require` of those modules costs on QuickJS; reading the same functions
 * back from bytecode is about 15 times faster. Bytecode is specific to the
 * engine build that wrote it (Bellard's and quickjs-ng's formats differ, and
 * each checks its own version byte), so this tool is linked against the very
 * engine library the host links and runs at build time. Each script is
 * compiled with NAME as its file name (stack traces stay the same) and with
 * its source kept (Function.prototype.toString and util.inspect's `[class X]`
 * stay the same), unless --strip-source (JSRT_NODE_BYTECODE_SOURCES=OFF):
 * then functions keep file names and line numbers (stack traces) but not
 * their text, which is most of the table (jsrt: 1.72 MB -> 0.47 MB)
 * and a copy per function in the heap once read; String(fn) of the library's
 * functions then says [native code], as for any C function.
 * Without --strip-source, the source of the script's factory wrapper,
 * `(function (binding) { ...the whole file... })`, is dropped all the same:
 * nobody can reach that function (it is called once, then freed), and its
 * text is a second copy of every function the file defines, so about half
 * of the table and of the heap read back from it (see drop_factory_source).
 * OUT.h holds one entry per script with a hash of the source
 * it was made from: the library compares it with the text it embeds and
 * compiles the text when they differ (see src/engine/precompiled.rs).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quickjs.h"

/* Keep in step with build.rs (source_hash). */
static uint64_t source_hash(const uint8_t *p, size_t n) {
  uint64_t h = 0xcbf29ce484222325ull ^ (uint64_t)n;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w = 0;
    for (int k = 7; k >= 0; k--) w = (w << 8) | p[i + k];
    h = ((h << 23) | (h >> 41)) ^ w;
    h *= 0x9e3779b97f4a7c15ull;
  }
  uint64_t w = 0;
  for (size_t k = n; k > i; k--) w = (w << 8) | p[k - 1];
  h = ((h << 23) | (h >> 41)) ^ w;
  h *= 0x9e3779b97f4a7c15ull;
  return h ^ (h >> 29);
}

static uint8_t *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  uint8_t *buf = NULL;
  if (fseek(f, 0, SEEK_END) == 0) {
    long n = ftell(f);
    if (n >= 0 && fseek(f, 0, SEEK_SET) == 0 && (buf = malloc((size_t)n + 1)) != NULL) {
      if (fread(buf, 1, (size_t)n, f) == (size_t)n) {
        buf[n] = 0;
        *len = (size_t)n;
      } else {
        free(buf);
        buf = NULL;
      }
    }
  }
  fclose(f);
  return buf;
}

static int read_leb128(const uint8_t *p, size_t n, size_t *used, uint64_t *value) {
  uint64_t v = 0;
  for (size_t i = 0; i < n && i < 10; i++) {
    v |= (uint64_t)(p[i] & 0x7f) << (7 * i);
    if (!(p[i] & 0x80)) {
      *used = i + 1;
      *value = v;
      return 0;
    }
  }
  return -1;
}

/* Does the file's code start with `(function`, the factory shape every
 * library script but a few has? Comments and blanks before it are skipped. */
static int is_factory_script(const uint8_t *p, size_t n) {
  size_t i = 0;
  while (i < n) {
    if (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n') {
      i++;
    } else if (i + 1 < n && p[i] == '/' && p[i + 1] == '/') {
      while (i < n && p[i] != '\n') i++;
    } else if (i + 1 < n && p[i] == '/' && p[i + 1] == '*') {
      i += 2;
      while (i + 1 < n && !(p[i] == '*' && p[i + 1] == '/')) i++;
      i += 2;
    } else {
      break;
    }
  }
  return n - i > 9 && memcmp(p + i, "(function", 9) == 0;
}

/* The engine writes a function's source as leb128(length) + bytes, and
 * length 0 when the source was not kept; nothing else in the stream depends
 * on the source. So the same script written with sources (`full`) and
 * without (`bare`) is the same byte stream except at those fields: walking
 * both, the first byte that differs is a source field (nonzero length in
 * `full`, 0 in `bare`), which is skipped in `full` before walking on. The
 * first such field met is the outermost function's, the factory wrapper's;
 * the result is `full` with that field emptied. Anything that does not walk
 * cleanly to both ends (an engine whose format differs) returns NULL, and
 * the caller keeps `full`. */
static uint8_t *drop_factory_source(const uint8_t *full, size_t nf, const uint8_t *bare, size_t nb,
                                    size_t file_len, size_t *out_len) {
  uint8_t *out = malloc(nf);
  if (!out) return NULL;
  size_t i = 0, j = 0, o = 0, fields = 0;
  while (i < nf && j < nb) {
    if (full[i] == bare[j]) {
      out[o++] = full[i++];
      j++;
      continue;
    }
    size_t used = 0;
    uint64_t len = 0;
    if (bare[j] != 0 || read_leb128(full + i, nf - i, &used, &len) != 0 || len == 0 || len > nf - i - used)
      goto fail;
    /* The wrapper's text is the whole file but its first few bytes. */
    int drop = fields == 0 && len * 2 >= file_len && len >= 9 && memcmp(full + i + used, "function", 8) == 0;
    if (drop) {
      out[o++] = 0;
    } else {
      memcpy(out + o, full + i, used + len);
      o += used + len;
    }
    i += used + len;
    j++;
    fields++;
  }
  if (i != nf || j != nb || fields == 0) goto fail;
  *out_len = o;
  return out;
fail:
  free(out);
  return NULL;
}

static uint8_t *compile(JSContext *ctx, const uint8_t *src, size_t len, const char *name, const char *file,
                        size_t *size) {
  JSValue fn = JS_Eval(ctx, (const char *)src, len, name, JS_EVAL_TYPE_GLOBAL | JS_EVAL_FLAG_COMPILE_ONLY);
  if (JS_IsException(fn)) {
    JSValue e = JS_GetException(ctx);
    const char *msg = JS_ToCString(ctx, e);
    fprintf(stderr, "jsrt_node_bytecode_gen: %s (%s): %s\n", file, name, msg ? msg : "?");
    JS_FreeCString(ctx, msg);
    JS_FreeValue(ctx, e);
    return NULL;
  }
  uint8_t *bc = JS_WriteObject(ctx, size, fn, JS_WRITE_OBJ_BYTECODE);
  JS_FreeValue(ctx, fn);
  return bc;
}

/* Reading the result back is the check that the stream is still whole. */
static int readable(JSContext *ctx, const uint8_t *bc, size_t n) {
  JSValue v = JS_ReadObject(ctx, bc, n, JS_READ_OBJ_BYTECODE);
  if (JS_IsException(v)) {
    JS_FreeValue(ctx, JS_GetException(ctx));
    return 0;
  }
  JS_FreeValue(ctx, v);
  return 1;
}

int main(int argc, char **argv) {
  int strip_source = argc > 1 && strcmp(argv[1], "--strip-source") == 0;
  if (strip_source) {
    argv++;
    argc--;
  }
  if (argc < 2 || (argc - 2) % 2 != 0) {
    fprintf(stderr, "usage: %s [--strip-source] OUT.h NAME FILE [NAME FILE]...\n", argv[0]);
    return 2;
  }
  JSRuntime *rt = JS_NewRuntime();
  JSContext *ctx = rt ? JS_NewContext(rt) : NULL;
  if (!ctx) {
    fprintf(stderr, "jsrt_node_bytecode_gen: no engine context\n");
    return 1;
  }
  if (strip_source) {
#ifdef JS_STRIP_SOURCE
    JS_SetStripInfo(rt, JS_STRIP_SOURCE);
#else
    fprintf(stderr, "jsrt_node_bytecode_gen: this engine cannot strip sources; they stay\n");
#endif
  }
  char tmp[4096];
  if (snprintf(tmp, sizeof tmp, "%s.tmp", argv[1]) >= (int)sizeof tmp) return 1;
  FILE *out = fopen(tmp, "w");
  if (!out) {
    perror(tmp);
    return 1;
  }
  int count = (argc - 2) / 2, rc = 0;
  fprintf(out, "/* Generated by jsrt_node_bytecode_gen: do not edit. */\n");
  for (int i = 0; i < count && rc == 0; i++) {
    const char *name = argv[2 + 2 * i], *file = argv[3 + 2 * i];
    size_t len = 0;
    uint8_t *src = slurp(file, &len);
    if (!src) {
      perror(file);
      rc = 1;
      break;
    }
    size_t size = 0;
    uint8_t *bc = compile(ctx, src, len, name, file, &size);
    if (!bc) rc = 1;
#ifdef JS_STRIP_SOURCE
    if (bc && !strip_source && is_factory_script(src, len)) {
      JS_SetStripInfo(rt, JS_STRIP_SOURCE);
      size_t bare_size = 0;
      uint8_t *bare = compile(ctx, src, len, name, file, &bare_size);
      JS_SetStripInfo(rt, 0);
      size_t merged_size = 0;
      uint8_t *merged = bare ? drop_factory_source(bc, size, bare, bare_size, len, &merged_size) : NULL;
      if (merged && readable(ctx, merged, merged_size)) {
        memcpy(bc, merged, merged_size); /* never longer than the full stream */
        size = merged_size;
      } else {
        fprintf(stderr, "jsrt_node_bytecode_gen: %s: factory source kept (bytecode not as expected)\n", file);
      }
      free(merged);
      if (bare) js_free(ctx, bare);
    }
#endif
    if (bc) {
      fprintf(out, "static const uint8_t jsrt_node_bc_%d[%zu] = {", i, size);
      for (size_t k = 0; k < size; k++) fprintf(out, "%s%u,", k % 32 ? "" : "\n", bc[k]);
      fprintf(out, "\n};\n");
      js_free(ctx, bc);
    }
    free(src);
  }
  if (rc == 0) {
    fprintf(out, "static const struct jsrt_node_precompiled jsrt_node_precompiled_scripts[] = {\n");
    for (int i = 0; i < count && rc == 0; i++) {
      size_t len = 0;
      uint8_t *src = slurp(argv[3 + 2 * i], &len);
      if (!src) {
        rc = 1;
        break;
      }
      fprintf(out, "  {\"%s\", 0x%016llxull, %zu, jsrt_node_bc_%d, sizeof jsrt_node_bc_%d},\n", argv[2 + 2 * i],
              (unsigned long long)source_hash(src, len), len, i, i);
      free(src);
    }
    fprintf(out, "};\n");
  }
  if (fclose(out) != 0) rc = 1;
  JS_FreeContext(ctx);
  JS_FreeRuntime(rt);
  if (rc == 0 && rename(tmp, argv[1]) != 0) {
    perror(argv[1]);
    rc = 1;
  }
  if (rc != 0) remove(tmp);
  return rc;
}

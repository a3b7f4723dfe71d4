# jsrt-node for a CMake host. Three lines in the host's CMakeLists.txt:
#
#   option(JSRT_NODE_COMPAT "Node.js built-ins from jsrt-node" ON)   # or -DJSRT_NODE_COMPAT=ON
#   include(path/to/jsrt-node/cmake/JsrtNodeCompat.cmake)
#   target_link_libraries(my_host PRIVATE jsrt_node::jsrt_node)
#
# The module builds the Rust crate with cargo (the build installs nothing; it
# fails with a clear message when cargo is missing) and defines the imported
# target `jsrt_node::jsrt_node`: the static library, include/jsrt_node.h, and
# the QuickJS and libuv headers it was built against, plus system link deps.
#
# Variables a host may set before including:
#   JSRT_NODE_CARGO_PROFILE  dist (default: release with fat LTO, what a host ships),
#                            release (quicker to build) or dev
#   JSRT_NODE_CARGO_TARGET_DIR  where cargo builds (default: <build>/jsrt-node-cargo)
#
# Engine (see docs/INTEGRATING-JSRT.md):
#   JSRT_NODE_ENGINE         bundled (default): the archive carries quickjs-ng and is
#                            self-contained. host: the archive carries no QuickJS
#                            objects; the host links its own engine (e.g. jsrt's
#                            Bellard QuickJS) and a small C file, src/engine/host_compat.c,
#                            compiled against the host's quickjs.h, supplies what
#                            Bellard's header keeps `static inline`.
#   JSRT_NODE_QUICKJS_DIR    host mode: the directory holding the host's quickjs.h (required)
#   JSRT_NODE_QUICKJS_TARGET host mode: the host's engine library target or file
#                            (jsrt: quickjs), linked after jsrt-node (optional)
#   JSRT_NODE_UV_DIR         the host's libuv include directory (holding uv.h) and/or
#   JSRT_NODE_UV_TARGET      the host's libuv target (jsrt: uv_a). Setting either
#                            means the host brings libuv: its objects are stripped too.
#   JSRT_NODE_AR             the archiver used to strip (default: llvm-ar; GNU ar
#                            with the LLVM gold plugin corrupts the symbol index)
#   JSRT_NODE_BYTECODE       host mode, ON (default): precompile the library's JS
#                            to the host engine's bytecode at build time (needs
#                            JSRT_NODE_QUICKJS_TARGET; saves compiling it at run time).
#                            The crate then embeds no JS text (feature bytecode-only)
#   JSRT_NODE_BYTECODE_SOURCES  with bytecode, ON (default): functions keep their
#                            source text (String(fn), util.inspect's [class X]);
#                            OFF: line numbers only, a smaller binary and heap
#   JSRT_NODE_GC_SECTIONS    ON (default): whatever links the target links with
#                            --gc-sections (macOS: -dead_strip). Rust puts every
#                            function and table in its own section; without it
#                            the linker keeps all of each archive member it pulls
#                            (in jsrt: 0.9 MB of unused std and encoding tables).

option(JSRT_NODE_COMPAT "Provide Node.js built-in modules with jsrt-node" OFF)

if(JSRT_NODE_COMPAT AND NOT TARGET jsrt_node::jsrt_node)
  get_filename_component(JSRT_NODE_ROOT "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
  find_program(JSRT_NODE_CARGO cargo HINTS "$ENV{HOME}/.cargo/bin")
  if(NOT JSRT_NODE_CARGO)
    message(FATAL_ERROR "jsrt-node: cargo not found (install Rust with rustup)")
  endif()
  if(NOT JSRT_NODE_CARGO_PROFILE)
    set(JSRT_NODE_CARGO_PROFILE dist)
  endif()
  if(JSRT_NODE_CARGO_PROFILE STREQUAL "dev")
    set(_jsrt_node_profile_dir debug)
  else()
    set(_jsrt_node_profile_dir ${JSRT_NODE_CARGO_PROFILE})
  endif()
  if(NOT JSRT_NODE_CARGO_TARGET_DIR)
    set(JSRT_NODE_CARGO_TARGET_DIR "${CMAKE_BINARY_DIR}/jsrt-node-cargo")
  endif()
  set(_jsrt_node_lib "${JSRT_NODE_CARGO_TARGET_DIR}/${_jsrt_node_profile_dir}/libjsrt_node.a")

  # Headers of the engine and libuv the crate builds: found through cargo's
  # own package metadata, so they always match the archive.
  execute_process(
    COMMAND "${JSRT_NODE_CARGO}" metadata --format-version 1 --manifest-path "${JSRT_NODE_ROOT}/Cargo.toml"
    OUTPUT_VARIABLE _jsrt_node_meta RESULT_VARIABLE _jsrt_node_rc ERROR_VARIABLE _jsrt_node_err)
  if(NOT _jsrt_node_rc EQUAL 0)
    message(FATAL_ERROR "jsrt-node: cargo metadata failed: ${_jsrt_node_err}")
  endif()
  string(JSON _n LENGTH "${_jsrt_node_meta}" packages)
  math(EXPR _last "${_n} - 1")
  foreach(_i RANGE ${_last})
    string(JSON _name GET "${_jsrt_node_meta}" packages ${_i} name)
    string(JSON _manifest GET "${_jsrt_node_meta}" packages ${_i} manifest_path)
    get_filename_component(_dir "${_manifest}" DIRECTORY)
    if(_name STREQUAL "rquickjs-sys")
      set(JSRT_NODE_QUICKJS_INCLUDE_DIR "${_dir}/quickjs")
      set(JSRT_NODE_BUNDLED_QUICKJS_DIR "${_dir}/quickjs")
    elseif(_name STREQUAL "libuv-sys2")
      set(JSRT_NODE_UV_INCLUDE_DIR "${_dir}/libuv/include")
      set(JSRT_NODE_BUNDLED_UV_DIR "${_dir}/libuv")
    endif()
  endforeach()

  # src/*.js: JS sources the crate embeds with include_str! (e.g. node:events).
  file(GLOB_RECURSE _jsrt_node_sources CONFIGURE_DEPENDS
    "${JSRT_NODE_ROOT}/src/*.rs" "${JSRT_NODE_ROOT}/src/*.js"
    "${JSRT_NODE_ROOT}/Cargo.toml" "${JSRT_NODE_ROOT}/Cargo.lock"
    "${JSRT_NODE_ROOT}/build.rs" "${JSRT_NODE_ROOT}/src/engine/precompiled.txt")
  if(NOT JSRT_NODE_ENGINE)
    set(JSRT_NODE_ENGINE bundled)
  endif()
  # Host engine: the few calls whose ABI differs per engine go through
  # host_compat.c (compiled below against the host's quickjs.h).
  set(_jsrt_node_features "")
  if(JSRT_NODE_ENGINE STREQUAL "host")
    set(_jsrt_node_features --features host-engine)
    # Precompiled bytecode below: every script is read from it, so the crate
    # leaves the JS text out (feature bytecode-only, 0.6 MB of the binary).
    if(NOT DEFINED JSRT_NODE_BYTECODE)
      set(JSRT_NODE_BYTECODE ON)
    endif()
    if(JSRT_NODE_BYTECODE AND JSRT_NODE_QUICKJS_TARGET AND NOT CMAKE_CROSSCOMPILING)
      set(_jsrt_node_features --features host-engine,bytecode-only)
    endif()
  endif()
  add_custom_command(
    OUTPUT "${_jsrt_node_lib}"
    COMMAND "${JSRT_NODE_CARGO}" build --lib --profile ${JSRT_NODE_CARGO_PROFILE} ${_jsrt_node_features}
            --manifest-path "${JSRT_NODE_ROOT}/Cargo.toml" --target-dir "${JSRT_NODE_CARGO_TARGET_DIR}"
    DEPENDS ${_jsrt_node_sources}
    WORKING_DIRECTORY "${JSRT_NODE_ROOT}"
    COMMENT "Building jsrt-node (cargo, ${JSRT_NODE_CARGO_PROFILE})"
    USES_TERMINAL)
  add_custom_target(jsrt_node_cargo DEPENDS "${_jsrt_node_lib}")

  if(NOT JSRT_NODE_ENGINE MATCHES "^(bundled|host)$")
    message(FATAL_ERROR "jsrt-node: JSRT_NODE_ENGINE must be bundled or host, not '${JSRT_NODE_ENGINE}'")
  endif()

  if(JSRT_NODE_ENGINE STREQUAL "bundled")
    # Self-contained: quickjs-ng and libuv are inside the archive.
    add_library(jsrt_node::jsrt_node STATIC IMPORTED GLOBAL)
    set_target_properties(jsrt_node::jsrt_node PROPERTIES
      IMPORTED_LOCATION "${_jsrt_node_lib}"
      INTERFACE_INCLUDE_DIRECTORIES
        "${JSRT_NODE_ROOT}/include;${JSRT_NODE_QUICKJS_INCLUDE_DIR};${JSRT_NODE_UV_INCLUDE_DIR}"
      INTERFACE_LINK_LIBRARIES "pthread;dl;m")
    add_dependencies(jsrt_node::jsrt_node jsrt_node_cargo)
  else()
    # Host engine: the same Rust archive with the engine's objects (and libuv's,
    # when the host brings libuv) deleted, plus host_compat.c compiled against
    # the host's quickjs.h. The library's Rust code calls only functions that
    # have one ABI in both engines (.ci/quickjs-allowlist.txt, checked in CI).
    if(NOT JSRT_NODE_QUICKJS_DIR OR NOT EXISTS "${JSRT_NODE_QUICKJS_DIR}/quickjs.h")
      message(FATAL_ERROR "jsrt-node: JSRT_NODE_ENGINE=host needs JSRT_NODE_QUICKJS_DIR, "
                          "the directory holding the host's quickjs.h (got '${JSRT_NODE_QUICKJS_DIR}')")
    endif()
    set(JSRT_NODE_QUICKJS_INCLUDE_DIR "${JSRT_NODE_QUICKJS_DIR}")
    set(_jsrt_node_strip_uv OFF)
    if(JSRT_NODE_UV_DIR OR JSRT_NODE_UV_TARGET)
      set(_jsrt_node_strip_uv ON)
      set(JSRT_NODE_UV_INCLUDE_DIR "${JSRT_NODE_UV_DIR}")
    endif()
    if(NOT JSRT_NODE_AR)
      find_program(JSRT_NODE_AR NAMES llvm-ar llvm-ar-19 llvm-ar-18 llvm-ar-17 llvm-ar-16 llvm-ar-15 llvm-ar-14)
    endif()
    set(_jsrt_node_ar_args "")
    if(NOT JSRT_NODE_AR)
      # GNU ar keeps the symbol index whole when told to use gcc's LTO plugin
      # instead of the LLVM gold plugin Debian registers for binutils.
      execute_process(COMMAND ${CMAKE_C_COMPILER} -print-prog-name=liblto_plugin.so
                      OUTPUT_VARIABLE _jsrt_node_lto OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
      find_program(_jsrt_node_gnu_ar NAMES ar)
      if(_jsrt_node_gnu_ar AND EXISTS "${_jsrt_node_lto}")
        set(JSRT_NODE_AR "${_jsrt_node_gnu_ar}")
        set(_jsrt_node_ar_args "--plugin;${_jsrt_node_lto}")
      else()
        message(FATAL_ERROR "jsrt-node: host mode needs llvm-ar (Debian: apt-get install llvm), "
                            "or set JSRT_NODE_AR")
      endif()
    endif()
    find_program(JSRT_NODE_NM NAMES nm llvm-nm)
    # Debug info out of the host archive (GNU strip would rewrite the index
    # as GNU ar does, so only llvm-strip; without it the DWARF stays).
    find_program(JSRT_NODE_LLVM_STRIP NAMES llvm-strip llvm-strip-19 llvm-strip-18 llvm-strip-17 llvm-strip-16 llvm-strip-15 llvm-strip-14)
    set(_jsrt_node_strip_debug "")
    if(JSRT_NODE_LLVM_STRIP)
      set(_jsrt_node_strip_debug "${JSRT_NODE_LLVM_STRIP}")
    endif()
    # Start-up functions grouped in the host's .text (JsrtNodeStrip.cmake);
    # without these tools the archive is left as it is.
    find_program(JSRT_NODE_LLVM_OBJCOPY NAMES llvm-objcopy llvm-objcopy-19 llvm-objcopy-18 llvm-objcopy-17 llvm-objcopy-16 llvm-objcopy-15 llvm-objcopy-14)
    find_program(JSRT_NODE_READELF NAMES llvm-readelf readelf)
    set(_jsrt_node_hot "")
    if(JSRT_NODE_LLVM_OBJCOPY AND JSRT_NODE_READELF AND NOT APPLE)
      set(_jsrt_node_hot "${JSRT_NODE_ROOT}/src/engine/startup-functions.txt")
    endif()

    add_library(jsrt_node_host_compat OBJECT "${JSRT_NODE_ROOT}/src/engine/host_compat.c")
    target_include_directories(jsrt_node_host_compat PRIVATE "${JSRT_NODE_QUICKJS_DIR}")
    set_target_properties(jsrt_node_host_compat PROPERTIES POSITION_INDEPENDENT_CODE ON)

    # The library's scripts precompiled to the host engine's bytecode
    # (src/engine/precompiled.rs): a tool linked against the host's own engine
    # library writes them at build time, since bytecode is specific to the
    # engine build that reads it. Needs JSRT_NODE_QUICKJS_TARGET and a native
    # build; without it (or with JSRT_NODE_BYTECODE=OFF) the library compiles
    # its JS text at run time, as bundled builds do.
    if(NOT DEFINED JSRT_NODE_BYTECODE)
      set(JSRT_NODE_BYTECODE ON)
    endif()
    if(JSRT_NODE_BYTECODE AND JSRT_NODE_QUICKJS_TARGET AND NOT CMAKE_CROSSCOMPILING)
      file(STRINGS "${JSRT_NODE_ROOT}/src/engine/precompiled.txt" _jsrt_node_scripts REGEX "^[^#]")
      set(_jsrt_node_bc_args "")
      set(_jsrt_node_bc_deps "")
      foreach(_line IN LISTS _jsrt_node_scripts)
        string(REGEX MATCH "^([^ ]+) +([^ ]+)$" _m "${_line}")
        if(NOT _m)
          message(FATAL_ERROR "jsrt-node: bad line in src/engine/precompiled.txt: '${_line}'")
        endif()
        list(APPEND _jsrt_node_bc_args "${CMAKE_MATCH_1}" "${JSRT_NODE_ROOT}/src/${CMAKE_MATCH_2}")
        list(APPEND _jsrt_node_bc_deps "${JSRT_NODE_ROOT}/src/${CMAKE_MATCH_2}")
      endforeach()
      # OFF: the bytecode keeps line numbers but not the functions' text
      # (String(fn) says [native code]; util.inspect shows a class as
      # [Function: X]): 1.25 MB less binary and about 0.35 MiB less heap after
      # require of the seven big modules in jsrt.
      if(NOT DEFINED JSRT_NODE_BYTECODE_SOURCES)
        set(JSRT_NODE_BYTECODE_SOURCES ON)
      endif()
      set(_jsrt_node_bc_flags "")
      if(NOT JSRT_NODE_BYTECODE_SOURCES)
        set(_jsrt_node_bc_flags "--strip-source")
      endif()
      add_executable(jsrt_node_bytecode_gen "${JSRT_NODE_ROOT}/src/engine/bytecode_gen.c")
      target_include_directories(jsrt_node_bytecode_gen PRIVATE "${JSRT_NODE_QUICKJS_DIR}")
      target_link_libraries(jsrt_node_bytecode_gen PRIVATE "${JSRT_NODE_QUICKJS_TARGET}" m pthread dl)
      set(_jsrt_node_bc_h "${CMAKE_BINARY_DIR}/jsrt-node-host/jsrt_node_bytecode.h")
      # Rewritten only when the flags change, so that toggling the option remakes the table.
      set(_jsrt_node_bc_stamp "${CMAKE_BINARY_DIR}/jsrt-node-host/bytecode-flags.txt")
      file(CONFIGURE OUTPUT "${_jsrt_node_bc_stamp}" CONTENT "${_jsrt_node_bc_flags}\n")
      add_custom_command(
        OUTPUT "${_jsrt_node_bc_h}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_BINARY_DIR}/jsrt-node-host"
        COMMAND jsrt_node_bytecode_gen ${_jsrt_node_bc_flags} "${_jsrt_node_bc_h}" ${_jsrt_node_bc_args}
        DEPENDS jsrt_node_bytecode_gen ${_jsrt_node_bc_deps} "${JSRT_NODE_ROOT}/src/engine/precompiled.txt"
                "${_jsrt_node_bc_stamp}"
        COMMENT "jsrt-node: precompiling the library's scripts for the host engine"
        VERBATIM)
      target_sources(jsrt_node_host_compat PRIVATE "${_jsrt_node_bc_h}")
      target_include_directories(jsrt_node_host_compat PRIVATE "${CMAKE_BINARY_DIR}/jsrt-node-host")
      target_compile_definitions(jsrt_node_host_compat PRIVATE JSRT_NODE_HAVE_BYTECODE)
      set(JSRT_NODE_BYTECODE_ACTIVE ON)
    endif()

    set(_jsrt_node_host_lib "${CMAKE_BINARY_DIR}/jsrt-node-host/libjsrt_node.a")
    add_custom_command(
      OUTPUT "${_jsrt_node_host_lib}"
      COMMAND "${CMAKE_COMMAND}"
              "-DIN=${_jsrt_node_lib}" "-DOUT=${_jsrt_node_host_lib}"
              "-DAR=${JSRT_NODE_AR}" "-DAR_ARGS=${_jsrt_node_ar_args}" "-DNM=${JSRT_NODE_NM}"
              "-DSTRIP_UV=${_jsrt_node_strip_uv}" "-DSTRIP_DEBUG=${_jsrt_node_strip_debug}"
              "-DHOT=${_jsrt_node_hot}" "-DOBJCOPY=${JSRT_NODE_LLVM_OBJCOPY}" "-DREADELF=${JSRT_NODE_READELF}"
              "-DEXTRA=$<TARGET_OBJECTS:jsrt_node_host_compat>"
              -P "${JSRT_NODE_ROOT}/cmake/JsrtNodeStrip.cmake"
      DEPENDS "${_jsrt_node_lib}" "${JSRT_NODE_ROOT}/cmake/JsrtNodeStrip.cmake"
              "${JSRT_NODE_ROOT}/src/engine/startup-functions.txt"
              "$<TARGET_OBJECTS:jsrt_node_host_compat>"
      COMMAND_EXPAND_LISTS
      COMMENT "jsrt-node: host-engine archive (no QuickJS objects)")
    add_custom_target(jsrt_node_host_archive DEPENDS "${_jsrt_node_host_lib}")
    add_dependencies(jsrt_node_host_archive jsrt_node_cargo jsrt_node_host_compat)

    set(_jsrt_node_links "")
    if(JSRT_NODE_QUICKJS_TARGET)
      list(APPEND _jsrt_node_links "${JSRT_NODE_QUICKJS_TARGET}")
    endif()
    if(JSRT_NODE_UV_TARGET)
      list(APPEND _jsrt_node_links "${JSRT_NODE_UV_TARGET}")
    endif()
    list(APPEND _jsrt_node_links pthread dl m)
    set(_jsrt_node_incs "${JSRT_NODE_ROOT}/include;${JSRT_NODE_QUICKJS_INCLUDE_DIR}")
    if(JSRT_NODE_UV_INCLUDE_DIR)
      list(APPEND _jsrt_node_incs "${JSRT_NODE_UV_INCLUDE_DIR}")
    endif()
    add_library(jsrt_node::jsrt_node STATIC IMPORTED GLOBAL)
    set_target_properties(jsrt_node::jsrt_node PROPERTIES
      IMPORTED_LOCATION "${_jsrt_node_host_lib}"
      INTERFACE_INCLUDE_DIRECTORIES "${_jsrt_node_incs}"
      INTERFACE_LINK_LIBRARIES "${_jsrt_node_links}")
    add_dependencies(jsrt_node::jsrt_node jsrt_node_host_archive)
    set(JSRT_NODE_ARCHIVE "${_jsrt_node_host_lib}")
  endif()
  if(NOT JSRT_NODE_ARCHIVE)
    set(JSRT_NODE_ARCHIVE "${_jsrt_node_lib}")
  endif()
  if(NOT DEFINED JSRT_NODE_GC_SECTIONS)
    set(JSRT_NODE_GC_SECTIONS ON)
  endif()
  if(JSRT_NODE_GC_SECTIONS AND NOT MSVC)
    set_property(TARGET jsrt_node::jsrt_node APPEND PROPERTY INTERFACE_LINK_OPTIONS
      "$<IF:$<PLATFORM_ID:Darwin>,LINKER:-dead_strip,LINKER:--gc-sections>")
  endif()
endif()

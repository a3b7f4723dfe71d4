# cmake -P script, run by JsrtNodeCompat.cmake in host-engine mode:
#   cmake -DIN=<cargo archive> -DOUT=<host archive> -DAR=<llvm-ar> [-DAR_ARGS=...]
#         [-DNM=<nm>] [-DSTRIP_UV=ON] [-DEXTRA=<objects>] [-DSTRIP_DEBUG=<llvm-strip>]
#         -P JsrtNodeStrip.cmake
#
# Copies the Rust staticlib and deletes the members of the bundled engine
# (rquickjs-sys compiles quickjs-ng with the cc crate into members named
# <hash>-quickjs.o, -libregexp.o, -libunicode.o, -dtoa.o) and, with STRIP_UV,
# libuv's members (every member of a cc output directory that defines a uv_*
# symbol), then adds EXTRA (host_compat.c's object) and rebuilds the index.
# With STRIP_DEBUG, llvm-strip --strip-debug drops the DWARF the archive still
# carries (Rust's prebuilt std has line tables; the crate builds with
# debug = false): 9 MB of the 34 MB archive, and 4 MB of a host binary its
# release build does not strip (jsrt's). Code, symbols and unwind tables stay.
#
# Use llvm-ar (or GNU ar with gcc's LTO plugin): Debian's GNU ar loads the
# LLVM-14 gold plugin, which cannot read the bitcode rustc embeds in its
# objects and writes an index without Rust std's symbols (DESIGN.md §3).

foreach(_v IN ITEMS IN OUT AR)
  if(NOT ${_v})
    message(FATAL_ERROR "JsrtNodeStrip.cmake: -D${_v}= is required")
  endif()
endforeach()

execute_process(COMMAND ${AR} ${AR_ARGS} t "${IN}"
                OUTPUT_VARIABLE _members RESULT_VARIABLE _rc ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "jsrt-node: cannot list ${IN}: ${_err}")
endif()
string(REPLACE "\n" ";" _members "${_members}")

set(_drop "")
foreach(_m IN LISTS _members)
  if(_m MATCHES "^[0-9a-f]+-(quickjs|libregexp|libunicode|dtoa|cutils|libbf)\\.o$")
    list(APPEND _drop "${_m}")
  endif()
endforeach()
if(NOT _drop)
  message(FATAL_ERROR "jsrt-node: no QuickJS members found in ${IN}; has rquickjs-sys changed how it names them?")
endif()

if(STRIP_UV)
  if(NOT NM)
    message(FATAL_ERROR "jsrt-node: stripping libuv needs nm (-DNM=)")
  endif()
  # Which cc output directories (member prefixes) define uv_* functions. The
  # Rust members may print errors here (their embedded bitcode is newer than
  # the nm plugin); only C members matter.
  execute_process(COMMAND ${NM} -A -g --defined-only "${IN}"
                  OUTPUT_VARIABLE _syms ERROR_QUIET)
  string(REPLACE "\n" ";" _syms "${_syms}")
  set(_uv_prefixes "")
  foreach(_line IN LISTS _syms)
    if(_line MATCHES "[:(]([0-9a-f]+)-[^:()]+\\.o[):]?:? *[0-9a-fA-F]* [TDRB] _?uv_")
      list(APPEND _uv_prefixes "${CMAKE_MATCH_1}")
    endif()
  endforeach()
  list(REMOVE_DUPLICATES _uv_prefixes)
  if(NOT _uv_prefixes)
    message(FATAL_ERROR "jsrt-node: no libuv members found in ${IN}")
  endif()
  foreach(_m IN LISTS _members)
    foreach(_p IN LISTS _uv_prefixes)
      if(_m MATCHES "^${_p}-.*\\.o$")
        list(APPEND _drop "${_m}")
      endif()
    endforeach()
  endforeach()
endif()

get_filename_component(_outdir "${OUT}" DIRECTORY)
file(MAKE_DIRECTORY "${_outdir}")
set(_tmp "${OUT}.tmp")
execute_process(COMMAND "${CMAKE_COMMAND}" -E copy "${IN}" "${_tmp}" RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "jsrt-node: cannot copy ${IN}")
endif()
execute_process(COMMAND ${AR} ${AR_ARGS} d "${_tmp}" ${_drop} RESULT_VARIABLE _rc ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "jsrt-node: ${AR} d failed: ${_err}")
endif()
if(EXTRA)
  execute_process(COMMAND ${AR} ${AR_ARGS} r "${_tmp}" ${EXTRA} RESULT_VARIABLE _rc ERROR_VARIABLE _err)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "jsrt-node: ${AR} r failed: ${_err}")
  endif()
endif()
if(STRIP_DEBUG)
  execute_process(COMMAND "${STRIP_DEBUG}" --strip-debug "${_tmp}" RESULT_VARIABLE _rc ERROR_VARIABLE _err)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "jsrt-node: ${STRIP_DEBUG} --strip-debug failed: ${_err}")
  endif()
endif()
execute_process(COMMAND ${AR} ${AR_ARGS} s "${_tmp}" RESULT_VARIABLE _rc ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "jsrt-node: ${AR} s failed: ${_err}")
endif()
file(RENAME "${_tmp}" "${OUT}")
list(LENGTH _drop _n)
message(STATUS "jsrt-node: ${OUT}: removed ${_n} engine/libuv members")

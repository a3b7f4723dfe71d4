# cmake -P script, run by JsrtNodeCompat.cmake in host-engine mode:
#   cmake -DIN=<cargo archive> -DOUT=<host archive> -DAR=<llvm-ar> [-DAR_ARGS=...]
#         [-DNM=<nm>] [-DSTRIP_UV=ON] [-DEXTRA=<objects>] [-DSTRIP_DEBUG=<llvm-strip>]
#         [-DHOT=<src/engine/startup-functions.txt> -DOBJCOPY=<llvm-objcopy> -DREADELF=<readelf>]
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
# With HOT, the sections of the functions listed there (what jsrt runs at
# start-up, .ci/jsrt-hot-functions.py) are renamed .text.hot.<name>: GNU ld
# and gold place all .text.hot.* input sections together at the start of
# .text. A code page fault maps the 64 KiB around it, and these few dozen
# functions otherwise lie scattered over the library's code, each fault
# pulling 64 KiB of code nobody runs into the resident set (in jsrt: 1 MiB
# at start-up, 0.16 MiB once grouped). Names are matched without the hashes
# that change with the crate's build (hot_key in that script).
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
if(HOT AND OBJCOPY AND READELF)
  file(STRINGS "${HOT}" _hot REGEX "^[^#]")
  execute_process(COMMAND "${READELF}" -S -W "${_tmp}" OUTPUT_FILE "${_tmp}.sections"
                  RESULT_VARIABLE _rc ERROR_QUIET)
  file(STRINGS "${_tmp}.sections" _lines REGEX "^File: |\\] \\.text\\.")
  file(REMOVE "${_tmp}.sections")
  set(_member "")
  set(_hot_members "")
  foreach(_line IN LISTS _lines)
    if(_line MATCHES "^File: .*\\(([^()]+)\\)$")
      set(_member "${CMAKE_MATCH_1}")
    elseif(_member AND _line MATCHES "\\] \\.text\\.([^ ]+)")
      set(_sym "${CMAKE_MATCH_1}")
      set(_key "${_sym}")
      if(_key MATCHES "^_ZN")
        string(REGEX REPLACE "17h[0-9a-f]+E$" "E" _key "${_key}")
      elseif(_key MATCHES "^_R")
        string(REGEX REPLACE "Cs[0-9A-Za-z]*_" "C" _key "${_key}")
        string(REGEX REPLACE "B[0-9A-Za-z]*_" "B" _key "${_key}")
      endif()
      list(FIND _hot "${_key}" _i)
      if(_i GREATER -1)
        list(FIND _hot_members "${_member}" _j)
        if(_j EQUAL -1)
          list(APPEND _hot_members "${_member}")
        endif()
        list(APPEND _renames_${_member} "--rename-section=.text.${_sym}=.text.hot.${_sym}")
      endif()
    endif()
  endforeach()
  set(_moved 0)
  if(_hot_members)
    set(_xdir "${OUT}.hot")
    file(REMOVE_RECURSE "${_xdir}")
    file(MAKE_DIRECTORY "${_xdir}")
    foreach(_m IN LISTS _hot_members)
      execute_process(COMMAND ${AR} ${AR_ARGS} x "${_tmp}" "${_m}" WORKING_DIRECTORY "${_xdir}" RESULT_VARIABLE _rc)
      if(_rc EQUAL 0)
        execute_process(COMMAND "${OBJCOPY}" ${_renames_${_m}} "${_m}" WORKING_DIRECTORY "${_xdir}" RESULT_VARIABLE _rc)
      endif()
      if(_rc EQUAL 0)
        execute_process(COMMAND ${AR} ${AR_ARGS} r "${_tmp}" "${_m}" WORKING_DIRECTORY "${_xdir}" RESULT_VARIABLE _rc)
      endif()
      if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "jsrt-node: grouping start-up functions in ${_m} failed")
      endif()
      list(LENGTH _renames_${_m} _n)
      math(EXPR _moved "${_moved} + ${_n}")
    endforeach()
    file(REMOVE_RECURSE "${_xdir}")
  endif()
  message(STATUS "jsrt-node: ${_moved} start-up functions grouped (.text.hot)")
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

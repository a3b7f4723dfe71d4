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
#   JSRT_NODE_CARGO_PROFILE  release (default) or dev
#   JSRT_NODE_CARGO_TARGET_DIR  where cargo builds (default: <build>/jsrt-node-cargo)

option(JSRT_NODE_COMPAT "Provide Node.js built-in modules with jsrt-node" OFF)

if(JSRT_NODE_COMPAT AND NOT TARGET jsrt_node::jsrt_node)
  get_filename_component(JSRT_NODE_ROOT "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
  find_program(JSRT_NODE_CARGO cargo HINTS "$ENV{HOME}/.cargo/bin")
  if(NOT JSRT_NODE_CARGO)
    message(FATAL_ERROR "jsrt-node: cargo not found (install Rust with rustup)")
  endif()
  if(NOT JSRT_NODE_CARGO_PROFILE)
    set(JSRT_NODE_CARGO_PROFILE release)
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
    elseif(_name STREQUAL "libuv-sys2")
      set(JSRT_NODE_UV_INCLUDE_DIR "${_dir}/libuv/include")
    endif()
  endforeach()

  file(GLOB_RECURSE _jsrt_node_sources CONFIGURE_DEPENDS
    "${JSRT_NODE_ROOT}/src/*.rs" "${JSRT_NODE_ROOT}/Cargo.toml" "${JSRT_NODE_ROOT}/Cargo.lock")
  add_custom_command(
    OUTPUT "${_jsrt_node_lib}"
    COMMAND "${JSRT_NODE_CARGO}" build --lib --profile ${JSRT_NODE_CARGO_PROFILE}
            --manifest-path "${JSRT_NODE_ROOT}/Cargo.toml" --target-dir "${JSRT_NODE_CARGO_TARGET_DIR}"
    DEPENDS ${_jsrt_node_sources}
    WORKING_DIRECTORY "${JSRT_NODE_ROOT}"
    COMMENT "Building jsrt-node (cargo, ${JSRT_NODE_CARGO_PROFILE})"
    USES_TERMINAL)
  add_custom_target(jsrt_node_cargo DEPENDS "${_jsrt_node_lib}")

  add_library(jsrt_node::jsrt_node STATIC IMPORTED GLOBAL)
  set_target_properties(jsrt_node::jsrt_node PROPERTIES
    IMPORTED_LOCATION "${_jsrt_node_lib}"
    INTERFACE_INCLUDE_DIRECTORIES
      "${JSRT_NODE_ROOT}/include;${JSRT_NODE_QUICKJS_INCLUDE_DIR};${JSRT_NODE_UV_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES "pthread;dl;m")
  add_dependencies(jsrt_node::jsrt_node jsrt_node_cargo)
endif()

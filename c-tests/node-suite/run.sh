#!/usr/bin/env bash
# Runs Node v20.11.1's own test files (test/parallel/test-*.js) through the
# reference host and compares with c-tests/node-suite/expectations.txt.
#
#   c-tests/node-suite/run.sh [--update] <node-test-dir> [file-prefix...]
#
# <node-test-dir> holds parallel/ and common/ (Node's test/ directory, or the
# directory above it). Prefixes default to the native modules' (see runner.py);
# `test-buffer` selects test/parallel/test-buffer*.js.
#
# Environment: JSRT_NODE (binary, default build/jsrt-node), NODE (reference,
# default `node`; empty = don't run it), JOBS (2), TIMEOUT (10 s),
# EXPECTATIONS (default c-tests/node-suite/expectations.txt).
#
# --update rewrites the expectations of the files that ran (a file still
# failing keeps its skip reason; a new failure gets a placeholder reason to
# fill in by hand) and then regenerates docs/COMPATIBILITY.md.
#
# Never commit Node's test files: get them with
#   git --git-dir=<denoland/node_test clone> archive be779569 test/parallel test/common test/fixtures | tar -x
here="$(cd "$(dirname -- "$0")" && pwd)"
exec python3 "$here/runner.py" "$@"

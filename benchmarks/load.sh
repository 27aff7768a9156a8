#!/usr/bin/env bash
# Load comparison of the sandbox and Prism's mock (issue 5's benchmarks/load.sh); the script lives with the
# sandbox it measures: sandbox/load/load.sh (see its header for needs and options).
exec "$(cd "$(dirname "$0")/.." && pwd)/sandbox/load/load.sh" "$@"

# Sourced by ./pypyts and ./run-tests. Sets DENO to a Deno 2.9 binary, installing the npm dependencies
# (Deno itself, pyodide's CPython 3.14 stdlib, commander) into ./node_modules on first use.
# Needs only node/npm on a fresh machine.
pypyts_root="${pypyts_root:?}"

# The npm package's own binary is recognised by the version in the package.json beside it, read with shell
# builtins: running `deno --version` on every start cost a process (about 6 ms of CPU, more wall time).
pypyts_npm_deno_version() {
  pypyts_version=""
  local line
  [ -f "$1" ] || return 1
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
      *'"version": "'*)
        line="${line#*\"version\": \"}"
        pypyts_version="${line%%\"*}"
        return 0
        ;;
    esac
  done <"$1"
  return 1
}

pypyts_find_deno() {
  local candidate
  for candidate in "$pypyts_root/node_modules/deno/deno" "$pypyts_root/node_modules/@deno/linux-x64-glibc/deno"; do
    [ -z "${PYPYTS_DENO:-}" ] && [ -x "$candidate" ] || continue
    if pypyts_npm_deno_version "${candidate%/deno}/package.json"; then
      case "$pypyts_version" in
        2.9.*) DENO="$candidate"; return 0 ;;
      esac
    fi
  done
  for candidate in "${PYPYTS_DENO:-}" "$pypyts_root/node_modules/deno/deno" \
    "$pypyts_root/node_modules/@deno/linux-x64-glibc/deno" "$(command -v deno 2>/dev/null || true)"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    case "$("$candidate" --version 2>/dev/null | head -n 1)" in
      "deno 2.9."*) DENO="$candidate"; return 0 ;;
    esac
  done
  return 1
}

if [ ! -f "$pypyts_root/node_modules/pyodide/python_stdlib.zip" ] ||
  [ ! -d "$pypyts_root/node_modules/commander" ] || ! pypyts_find_deno; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "pypyts: first run needs npm (Node.js) to install Deno and the standard library" >&2
    exit 1
  fi
  echo "pypyts: installing dependencies (first run)..." >&2
  (cd "$pypyts_root" && npm ci --no-audit --no-fund --loglevel=error >&2) || {
    echo "pypyts: 'npm ci' failed in $pypyts_root" >&2
    exit 1
  }
  pypyts_find_deno || {
    echo "pypyts: no Deno 2.9 binary after npm install (looked in node_modules/deno)" >&2
    exit 1
  }
  # the CLI as one module (dist/pypyts.js), which ./pypyts prefers while it is up to date
  "$DENO" run -A "$pypyts_root/scripts/bundle.ts" --quiet >&2 || true
fi
export DENO
export DENO_NO_UPDATE_CHECK=1

# Sourced by the run and test commands: makes sure the `node` on PATH is one the dependencies
# support (package.json "engines": ^22.13.0 || >=24.11.0). An older one (say Debian's 20) is not
# replaced on the machine: Node.js 24 comes from the npm registry (the `node` package, which
# ships the official binary) into .tools/node, and goes first on PATH for this command only.
hamkar_node_ok() {
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit((a === 22 && b >= 13) || (a === 24 && b >= 11) || a > 24 ? 0 : 1)' 2>/dev/null
}
if ! hamkar_node_ok; then
  hamkar_tools="$PWD/.tools/node"
  mkdir -p "$hamkar_tools"
  (
    flock 9
    if ! PATH="$hamkar_tools/node_modules/.bin:$PATH" hamkar_node_ok; then
      echo "[node] Node.js $(node -v 2>/dev/null || echo 'missing') is older than the dependencies need; fetching Node.js 24 from the npm registry into .tools/node"
      npm install --prefix "$hamkar_tools" --no-save --no-audit --no-fund --loglevel=error node@24 >/dev/null
    fi
  ) 9>"$hamkar_tools.lock"
  export PATH="$hamkar_tools/node_modules/.bin:$PATH"
  hamkar_node_ok || { echo "[node] could not get Node.js 24: install Node.js 24 LTS (or 22.13+) and run this again" >&2; exit 1; }
  echo "[node] using Node.js $(node -v) from .tools/node"
fi

#!/usr/bin/env bash
# CI check (issue 20): one PDF export run as the unprivileged user $RECOUPE_SANDBOX_USER prints with Chromium's
# sandbox on (no --no-sandbox on Chromium's command line), and as root the CLI falls back and says so.
# Needs the built CLI (out/cli) and Debian's chromium. Exit 0 when both hold.
set -uo pipefail
cd "$(dirname "$0")/.."
user="${RECOUPE_SANDBOX_USER:?set RECOUPE_SANDBOX_USER to an unprivileged user}"
chrome="${CHROME_PATH:-$(command -v chromium || command -v chromium-browser || true)}"
[ -x "$chrome" ] || { echo "check-print-sandbox: no Chromium found"; exit 1; }
repo="$(pwd)"

work="$(mktemp -d /tmp/recoupe-sandbox.XXXXXX)"
chmod 755 "$work"
# The unprivileged user must reach the repository: give every folder above it the right to be traversed (CI only).
dir="$repo"
while [ "$dir" != "/" ]; do chmod a+X "$dir"; dir="$(dirname "$dir")"; done

# A Chromium that writes its command line to a log before starting, so the flags Recoupe passed can be checked.
cat >"$work/chromium" <<WRAP
#!/usr/bin/env bash
printf '%s\n' "\$*" >>"\${RECOUPE_CHROME_LOG:?}"
exec "$chrome" "\$@"
WRAP
chmod 755 "$work/chromium"

export_as() { # user log out.pdf → exit code of recoupe export, its stderr in $work/<log>.err
  local who="$1" log="$2" out="$3"
  local cmd="cd '$repo' && RECOUPE_CHROME_LOG='$log' CHROME_PATH='$work/chromium' node out/cli/recoupe.js export tests/fixtures/claims-story a-gazette.txt b-courrier.txt --pdf '$out' --lang en"
  if [ "$who" = root ]; then bash -c "$cmd" 2>"$log.err" >/dev/null; else su "$who" -s /bin/bash -c "$cmd" 2>"$log.err" >/dev/null; fi
}

status=0
mkdir -p "$work/user" && chown "$user" "$work/user"
if export_as "$user" "$work/user/chrome.log" "$work/user/out.pdf" && [ -s "$work/user/out.pdf" ]; then
  if grep -q -- '--no-sandbox' "$work/user/chrome.log"; then
    echo "check-print-sandbox: FAILED: as $user, Chromium was started with --no-sandbox"; status=1
  elif grep -qi 'sandbox' "$work/user/chrome.log.err"; then
    echo "check-print-sandbox: FAILED: as $user, the CLI said the sandbox was off:"; cat "$work/user/chrome.log.err"; status=1
  else
    echo "check-print-sandbox: as $user, the PDF was printed with Chromium's sandbox on"
  fi
else
  echo "check-print-sandbox: FAILED: the export as $user did not produce a PDF:"; cat "$work/user/chrome.log.err"; status=1
fi

if [ "$(id -u)" = 0 ]; then
  if export_as root "$work/root.log" "$work/root.pdf" && [ -s "$work/root.pdf" ] &&
    grep -q -- '--no-sandbox' "$work/root.log" && grep -q 'without its sandbox' "$work/root.log.err"; then
    echo "check-print-sandbox: as root, Chromium ran without its sandbox and the CLI said so"
  else
    echo "check-print-sandbox: FAILED: as root, the fallback or its notice is missing:"; cat "$work/root.log.err"; status=1
  fi
fi
rm -rf "$work"
exit "$status"

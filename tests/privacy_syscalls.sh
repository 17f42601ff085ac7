#!/usr/bin/env bash
# privacy_syscalls: what the game asks of the system, watched with strace.
# A whole session (two rounds of a pair, the history, forgetting, a
# no-trace round) opens no network socket (AF_INET or AF_INET6), ever;
# and a no-trace round creates, renames or makes nothing in the user's
# folder. Usage: privacy_syscalls.sh UI_HISTORY_TEST WORKDIR
# Exit 77 = skipped (no strace).
set -u
test_bin=$1
work=$2
command -v strace >/dev/null 2>&1 || { echo "SKIP: strace missing"; exit 77; }
rm -rf "$work"
mkdir -p "$work"
export TMPDIR="$work"
# LeakSanitizer cannot run under ptrace; leaks are the other tests' job
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
status=0

strace -f -qq -e trace=network -o "$work/network.strace" "$test_bin" >"$work/out.txt" 2>&1
rc=$?
if [ $rc -ne 0 ]; then
  echo "FAIL: the session itself failed ($rc)"; tail -20 "$work/out.txt"; status=1
fi
if grep -E "AF_INET6?[,)]" "$work/network.strace"; then
  echo "FAIL: a network socket was opened"; status=1
else
  echo "ok: no AF_INET or AF_INET6 socket in $(wc -l <"$work/network.strace") network calls"
fi

strace -f -qq -e trace=open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,link,linkat,symlink,symlinkat \
  -o "$work/files.strace" "$test_bin" no-trace >"$work/out2.txt" 2>&1
rc=$?
if [ $rc -ne 0 ]; then
  echo "FAIL: the no-trace round failed ($rc)"; tail -20 "$work/out2.txt"; status=1
fi
# The test makes the empty folder itself; the game may not put anything in it.
if grep -E "no-trace-home/" "$work/files.strace" | grep -E "O_CREAT|mkdir|rename|link"; then
  echo "FAIL: the no-trace round wrote to the user's folder"; status=1
else
  echo "ok: nothing created in the user's folder during the no-trace round"
fi
[ $status -eq 0 ] && rm -rf "$work"
exit $status

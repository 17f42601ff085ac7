#!/usr/bin/env bash
# po_check: every translation passes GNU msgfmt's checks (-c): one
# msgid once, the same printf directives in msgid and msgstr, a valid
# header. The game's own reader is lenient; the translators' tools are
# not. Usage: po_check.sh SOURCE_DIR      Exit 77: msgfmt is missing.
set -u
command -v msgfmt >/dev/null 2>&1 || { echo "SKIP: msgfmt (gettext) missing"; exit 77; }
status=0
for po in "$1"/assets/po/*.po; do
  if msgfmt -c -o /dev/null "$po"; then
    echo "ok: $po"
  else
    echo "FAIL: $po"
    status=1
  fi
done
exit $status

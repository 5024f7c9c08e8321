#!/bin/sh
# go-app.sh checks that third_party/go-app is go-app as published plus
# go-app.patch, and nothing else.
#
#   third_party/go-app.sh          check (make vet runs this)
#   third_party/go-app.sh apply    remake third_party/go-app from a fresh copy
#   third_party/go-app.sh diff     rewrite go-app.patch from third_party/go-app
#
# The fresh copy is the module Go downloaded, from the module cache; docs/
# is left out of the vendored copy.
set -eu
VERSION=v10.1.11
MODULE=github.com/maxence-charriere/go-app/v10
here=$(cd "$(dirname "$0")" && pwd)
src=$(go env GOMODCACHE)/$MODULE@$VERSION
[ -d "$src" ] || (cd / && GOFLAGS=-mod=mod go mod download "$MODULE@$VERSION")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/a"
(cd "$src" && tar cf - --exclude=./docs .) | tar xf - -C "$tmp/a"
chmod -R u+w "$tmp/a"

case ${1:-check} in
diff)
	cp -R "$here/go-app" "$tmp/b"
	# diff exits 1 when the trees differ; keep the file headers free of dates.
	(cd "$tmp" && diff -ruN a b || true) | sed 's/^\(---\|+++\) \([^\t]*\)\t.*/\1 \2/' >"$here/go-app.patch"
	echo "wrote $here/go-app.patch" ;;
apply | check)
	(cd "$tmp/a" && patch -p1 -s --no-backup-if-mismatch <"$here/go-app.patch")
	if [ "${1:-check}" = apply ]; then
		rm -rf "$here/go-app" && cp -R "$tmp/a" "$here/go-app"
		echo "remade $here/go-app from go-app $VERSION and go-app.patch"
	elif ! diff -r "$tmp/a" "$here/go-app" >"$tmp/out"; then
		cat "$tmp/out"
		echo "third_party/go-app is not go-app $VERSION plus third_party/go-app.patch: fix it, or run third_party/go-app.sh diff"
		exit 1
	fi ;;
*)
	echo "usage: $0 [check|apply|diff]" >&2
	exit 2 ;;
esac

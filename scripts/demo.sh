#!/bin/sh
# make demo: check the bundled Minnesota model, then decide a few incidents
# the way a principal would ask about them.
set -u
G=${1:-build/guidepost}
P=policies/minnesota-model/minnesota-model.policy
step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; "$@"; }
step "$G" check "$P"
step "$G" eval -p "$P" --format text examples/incidents/cafeteria-fight.json
step "$G" eval -p "$P" --format text examples/incidents/knife-in-backpack.json
step "$G" eval -p "$P" --format text --explain fails examples/incidents/overdose.json
step "$G" eval -p "$P" --explain none examples/incidents/week.jsonl
echo "(exit status $?: one record above could not be read, and says why)"
step "$G" test policies/minnesota-model/tests.policy
exit 0

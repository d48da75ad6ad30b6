#!/usr/bin/env bash
# Imports the built SCORM packages (dist/exports/scorm/*.zip) into a throwaway Moodle installed by the
# moodle-import tool, which simulates one student's attempt per package, then prints what Moodle
# stored: the tool's SCORM summary, and from the database each activity's mastery score, the values
# tracked for the attempt, and the gradebook grade. Not run by CI (it needs a Moodle git mirror and
# PostgreSQL); docs/lms.md records a run.
#
#   MOODLE_IMPORT_TOOL=<folder of the moodle-import tool> MOODLE_GIT=<bare git mirror of Moodle> \
#     scripts/moodle-scorm-import.sh
#
# Optional: EXPORTS (default dist/exports; only its scorm/ folder is used), MOODLE_HOME (default
# ${TMPDIR:-/tmp}/one-voice-moodle), SCORM_GRADEMETHOD (passed to the tool).
set -euo pipefail

: "${MOODLE_IMPORT_TOOL:?set MOODLE_IMPORT_TOOL to the folder holding the moodle-import tool (its ./run)}"
: "${MOODLE_GIT:?set MOODLE_GIT to the bare git mirror of Moodle the tool installs from}"
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EXPORTS=${EXPORTS:-$ROOT/dist/exports}
MOODLE_HOME=${MOODLE_HOME:-${TMPDIR:-/tmp}/one-voice-moodle}
ls "$EXPORTS"/scorm/*.zip >/dev/null 2>&1 || {
  echo "no SCORM packages in $EXPORTS/scorm: build first (npm run build)" >&2
  exit 2
}

# Only the SCORM packages: the tool imports whatever the folder holds.
ONLY=$(mktemp -d)
trap 'rm -rf "$ONLY"' EXIT
ln -s "$(cd "$EXPORTS/scorm" && pwd)" "$ONLY/scorm"

LOG=$(mktemp)
set +e
(cd "$MOODLE_IMPORT_TOOL" && MOODLE_GIT=$MOODLE_GIT EXPORTS=$ONLY MOODLE_HOME=$MOODLE_HOME KEEP_DB=1 ./run) | tee "$LOG"
STATUS=${PIPESTATUS[0]}
set -e
PGPID=$(sed -n 's/.*PostgreSQL left running: pid \([0-9]*\), port \([0-9]*\).*/\1/p' "$LOG" | tail -n 1)
PORT=$(sed -n 's/.*PostgreSQL left running: pid \([0-9]*\), port \([0-9]*\).*/\2/p' "$LOG" | tail -n 1)
[ -n "$PGPID" ] && [ -n "$PORT" ] || { echo "the tool left no database running (exit $STATUS)" >&2; exit "${STATUS:-2}"; }

# The tool's throwaway cluster: its documented local-only password, read from Moodle's config.php.
PGPASSWORD=$(sed -n "s/^\$CFG->dbpass *= *'\(.*\)';/\1/p" "$MOODLE_HOME/moodle/config.php")
export PGPASSWORD
echo
echo "==== What Moodle stored (database, 127.0.0.1:$PORT)"
# This run's activities: the newest ones, one per package.
COUNT=$(find "$EXPORTS/scorm" -name '*.zip' | wc -l)
psql -X -h 127.0.0.1 -p "$PORT" -U moodle -d moodle -v ON_ERROR_STOP=1 -P pager=off -v count="$COUNT" <<'SQL'
CREATE TEMP TABLE this_run AS SELECT id FROM mdl_scorm ORDER BY id DESC LIMIT :count;
\echo Activities: version, launch SCO and its mastery score, grading
SELECT s.id, s.name, s.version, s.grademethod, s.maxgrade, sc.launch, sd.value AS masteryscore
  FROM mdl_scorm s
  JOIN mdl_scorm_scoes sc ON sc.scorm = s.id AND sc.scormtype = 'sco'
  LEFT JOIN mdl_scorm_scoes_data sd ON sd.scoid = sc.id AND sd.name = 'masteryscore'
 WHERE s.id IN (SELECT id FROM this_run) ORDER BY s.id;
\echo Tracked values of the simulated attempts
SELECT s.id AS scorm, a.userid, a.attempt, e.element, v.value
  FROM mdl_scorm_attempt a
  JOIN mdl_scorm s ON s.id = a.scormid
  JOIN mdl_scorm_scoes_value v ON v.attemptid = a.id
  JOIN mdl_scorm_element e ON e.id = v.elementid
 WHERE s.id IN (SELECT id FROM this_run) ORDER BY s.id, a.userid, e.element;
\echo Gradebook
SELECT gi.iteminstance AS scorm, gi.itemname, gi.grademax, gg.userid, gg.finalgrade
  FROM mdl_grade_items gi JOIN mdl_grade_grades gg ON gg.itemid = gi.id
 WHERE gi.itemmodule = 'scorm' AND gi.iteminstance IN (SELECT id FROM this_run)
 ORDER BY gi.iteminstance, gg.userid;
SQL
# A second attempt per package with the values the package's own code sends in a session (two
# attempts: about half right, then all but one right), through Moodle's tracking API.
echo
echo "==== An attempt with the values the package itself sends"
BUNDLE=$(mktemp --suffix=.mjs)
"$ROOT/node_modules/.bin/esbuild" "$ROOT/scripts/scorm-session-values.ts" --bundle --platform=node --format=esm \
  --log-level=warning --outfile="$BUNDLE"
IDS=$(psql -X -A -t -h 127.0.0.1 -p "$PORT" -U moodle -d moodle -c \
  "SELECT id || ':' || name FROM mdl_scorm ORDER BY id DESC LIMIT $COUNT")
for pair in $IDS; do
  id=${pair%%:*}
  label=${pair#*:}
  zip="$EXPORTS/scorm/$label.zip"
  [ -f "$zip" ] || continue
  node "$BUNDLE" "$zip" > "$ONLY/values.json"
  MOODLE_DIR="$MOODLE_HOME/moodle" php "$ROOT/scripts/moodle-scorm-attempt.php" --scormid="$id" \
    --values="$ONLY/values.json" --label="$label.zip"
done
rm -f "$BUNDLE"
# The cluster was started by the tool for this script: stop it the way the tool does.
kill -INT "$PGPID"
echo "stopped PostgreSQL (pid $PGPID)"
exit "$STATUS"

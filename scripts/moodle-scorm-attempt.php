<?php
// One attempt with the values a One Voice SCORM package really sends (from scripts/scorm-session-values.ts),
// written into a SCORM activity of a throwaway Moodle through Moodle's tracking API, as its SCORM 1.2
// player posts them; then what Moodle reads back and grades. Run by scripts/moodle-scorm-import.sh
// (not by CI) against the Moodle the moodle-import tool installs: MOODLE_DIR=<its moodle/> php this
// --scormid=<id> --values=<json file> --label=<name>.
define('CLI_SCRIPT', true);
$moodledir = getenv('MOODLE_DIR');
if (!$moodledir || !is_file("$moodledir/config.php")) {
    fwrite(STDERR, "set MOODLE_DIR to the Moodle folder (holding config.php)\n");
    exit(2);
}
require($moodledir . '/config.php');
require_once($CFG->libdir . '/clilib.php');
require_once($CFG->libdir . '/gradelib.php');
require_once($CFG->dirroot . '/user/lib.php');
require_once($CFG->dirroot . '/mod/scorm/lib.php');
require_once($CFG->dirroot . '/mod/scorm/locallib.php');

[$options] = cli_get_params(['scormid' => 0, 'values' => '', 'label' => '']);
$values = json_decode(file_get_contents($options['values']), true, 8, JSON_THROW_ON_ERROR);
$scorm = $DB->get_record('scorm', ['id' => (int)$options['scormid']], '*', MUST_EXIST);
$sco = $DB->get_record('scorm_scoes', ['scorm' => $scorm->id, 'scormtype' => 'sco'], '*', MUST_EXIST);
$name = 'ov-real-' . $scorm->id . '-' . time();
$user = core_user::get_user(user_create_user((object)['username' => $name, 'password' => 'Student-1234!',
    'firstname' => 'Real', 'lastname' => "Attempt {$scorm->id}", 'email' => "$name@example.org",
    'auth' => 'manual', 'confirmed' => 1, 'mnethostid' => $CFG->mnet_localhost_id]));
enrol_try_internal_enrol($scorm->course, $user->id, $DB->get_field('role', 'id', ['shortname' => 'student']));

foreach ($values as $element => $value) {
    scorm_insert_track($user->id, $scorm->id, $sco->id, 1, $element, (string)$value);
}
$tracks = scorm_get_tracks($sco->id, $user->id, 1);
$computed = scorm_grade_user($scorm, $user->id);
$grades = grade_get_grades($scorm->course, 'mod', 'scorm', $scorm->id, $user->id);
$item = reset($grades->items);
$grade = $item ? ($item->grades[$user->id] ?? null) : null;
$suspend = $tracks->{'cmi.suspend_data'} ?? '';
printf("%-22s sent raw=%s status=%s exit=%s suspend_data %d chars | Moodle read back raw=%s status=%s, " .
    "suspend_data %s; scorm_grade_user=%g; gradebook %s / %g\n",
    $options['label'], $values['cmi.core.score.raw'] ?? '-', $values['cmi.core.lesson_status'] ?? '-',
    $values['cmi.core.exit'] ?? '-', strlen($values['cmi.suspend_data'] ?? ''), $tracks->score_raw ?? '?',
    $tracks->status ?? '?', $suspend === ($values['cmi.suspend_data'] ?? null) ? 'identical' : 'DIFFERENT',
    $computed, $grade && $grade->grade !== null ? (float)$grade->grade : 'none', $item ? (float)$item->grademax : 0);

# Importing ODK / Kobo forms (XLSForm, XForm): `waymark questionnaire import`.
# Each line of the import report says what became of one row of the form.
# $type: the form's own type word (geopoint, image…); $name, $list, $id,
# $code, $setting, $appearance: the form's identifiers; $reason: a
# technical detail in English.

import-error-unreadable = This file cannot be read as a form ({ $reason }).
import-error-no-survey = This file has no survey: an XLSForm needs a "survey" sheet, an XForm a body.
import-error-too-large = The form file is larger than { $max } bytes.
import-error-nothing-left = Nothing in this form could be converted.

import-converted-question = Converted to the question { $name } ({ $type }).
import-converted-group = Converted to a section.
import-converted-end = End of a section.
import-converted-choice = Converted to a choice of the list { $list }.
import-converted-filter = Choices filtered as in the form.

import-changed-id = The questionnaire id is { $id }: letters, digits and _ - . only.
import-changed-language = The language "{ $language }" is written as { $code }: give columns a code, like "label::English (en)".
import-changed-repeat-count = The number of blocks is not set by the form: the person adds blocks.
import-changed-group-in-repeat = A group inside a repeat: its questions stay in the repeat, each with the group's condition.
import-changed-datetime = Date and time: only the date is asked.
import-changed-trigger = An acknowledgement ("I have read this").
import-changed-range = A number, without the slider.
import-changed-clock = { $type } becomes today's date from the app's clock (no time of day).
import-changed-calculation-dropped = The calculation of a question that is answered was left out.
import-changed-constraint-dropped = Its constraint was left out: Waymark cannot read it ({ $reason }).
import-changed-filter-dropped = Its choice filter was left out: every choice is offered ({ $reason }).
import-changed-required-expression = "Required" depends on an expression: the question is optional.
import-changed-default = Its default answer is not filled in: the question starts empty.
import-changed-read-only = Read-only in the form: shown as a note, never answered.
import-changed-no-label = It had no text: its name is shown instead.
import-changed-dynamic-text = Its text shows other answers: they appear as "…".
import-changed-or-other = "or other": an "Other" choice is added; the text box for it is not.
import-changed-name = Its name is { $name } (names must be unique and valid).
import-changed-hints-interviewer = Hints are shown to the interviewer only, never to the person answering.

import-dropped-setting = The setting { $setting } is for ODK's server: left out.
import-dropped-appearance = The appearance "{ $appearance }" only changes how the question looks: left out.
import-dropped-metadata = Form metadata without a name: left out.
import-dropped-identifier = { $type } identifies the phone or its user: Waymark never records it. Left out.
import-dropped-empty = An empty row: left out.
import-dropped-unused-list = The choice list { $list } is used by no question: left out.
import-dropped-meta = ODK's submission metadata (instance ID, name): left out.

import-refused-gps = { $type } records a location: Waymark never does. Use a question with a coarse region list instead (type "region").
import-refused-upload = { $type } uploads a file: not possible until attachments are encrypted.
import-refused-type = The type "{ $type }" is not supported.
import-refused-nested-repeat = A repeat inside a repeat is not supported yet.
import-refused-inside-refused = Inside a group or repeat that was refused.
import-refused-calculation-in-repeat = A calculation inside a repeat is not supported yet.
import-refused-no-calculation = A calculation without an expression.
import-refused-no-list = A choice question without a choice list.
import-refused-empty-list = The choice list { $list } is missing or empty.

-- A lesson draft also holds the lesson's content note (a text per language, as lesson.content_note;
-- null when the lesson has none). Drafts saved before this migration take the note their lesson
-- has, so publishing them keeps it.
-- Runs on H2 and PostgreSQL alike (see V1).

alter table lesson_draft add column content_note text;
update lesson_draft set content_note = (select l.content_note from lesson l where l.id = lesson_draft.lesson_id);

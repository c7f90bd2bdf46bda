-- Why an attempt was opened after its task's window had ended (issue 11): a late draw is
-- allowed only with a reason, kept with the attempt and in its DRAW_OPEN audit entry. NULL for
-- an attempt opened within (or before) the window, and for every attempt stored before V024.
ALTER TABLE draw ADD COLUMN late_reason VARCHAR(500);

-- A question deadline apart from the response deadline: enterprises ask until it, the buyer answers after it too.
alter table opportunity add column question_deadline timestamptz;

-- a person the directory removed (someone who left): still named by what was recorded before, refused after that day
alter table known_person add column removed_at timestamptz;

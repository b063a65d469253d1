-- The public application form is anonymous: applications are counted per client address and per day
-- (Montréal time), so one address cannot fill the coordinators' queue.
create table application_quota (
    client       text not null check (length(client) <= 64),
    day          date not null,
    applications int  not null,
    primary key (client, day)
);

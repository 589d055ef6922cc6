-- Activities Koppel has taken on (bot/handled-activities.ts), so that a platform's retry of one is
-- not processed a second time, whichever Koppel process it reaches. Kept a day, found by the hour
-- they were handled in (index key handled:<hour>). Made like the tables of 001-tables.sql.

create table handled_activities (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);

create index handled_activities_keys on handled_activities using gin (keys) with (fastupdate = off);

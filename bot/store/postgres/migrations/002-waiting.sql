-- Waiting items (Slack forms behind their button, Teams files until the user allows them, CSV files
-- until the coordinator chooses a round): kept in the database so that the person's next request,
-- which may reach another Koppel process, finds them. Made like the tables of 001-tables.sql.

create table waiting (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);

create index waiting_keys on waiting using gin (keys) with (fastupdate = off);

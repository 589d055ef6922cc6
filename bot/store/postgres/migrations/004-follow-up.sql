-- The follow-up after a release: students' places as they live on (acknowledged, the introduction
-- meeting, a refusal) and the rematches of refused and unplaced students. Made like the tables of
-- 001-tables.sql.

create table placements (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);
create index placements_keys on placements using gin (keys) with (fastupdate = off);

create table rematches (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);
create index rematches_keys on rematches using gin (keys) with (fastupdate = off);

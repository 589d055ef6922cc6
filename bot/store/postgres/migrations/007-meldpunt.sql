-- During the internship: reports to the meldpunt and the sealed links to who reported them (kept in
-- a table of their own, so that reading a case never reads its reporter), private check-ins,
-- contact moments and evaluations. Made like the tables of 001-tables.sql.

create table reports (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);
create index reports_keys on reports using gin (keys) with (fastupdate = off);

create table report_links (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);
create index report_links_keys on report_links using gin (keys) with (fastupdate = off);

create table check_ins (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);
create index check_ins_keys on check_ins using gin (keys) with (fastupdate = off);

create table contact_moments (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);
create index contact_moments_keys on contact_moments using gin (keys) with (fastupdate = off);

create table evaluations (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);
create index evaluations_keys on evaluations using gin (keys) with (fastupdate = off);

-- People's requests to erase their data, decided by a coordinator. Made like the tables of 001-tables.sql.

create table erasure_requests (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);
create index erasure_requests_keys on erasure_requests using gin (keys) with (fastupdate = off);

-- Personal web links for company contacts reached by e-mail (stored by the hash of their token).
-- Made like the tables of 001-tables.sql.

create table web_links (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);
create index web_links_keys on web_links using gin (keys) with (fastupdate = off);

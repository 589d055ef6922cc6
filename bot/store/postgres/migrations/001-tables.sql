-- One table per collection of bot/store/koppel-collections.ts. A record is kept whole as jsonb,
-- validated by the application (zod) before it is written; `keys` holds indexKeysOf(collection,
-- record, id), computed on every write, so a unit of work can select records by index key with the
-- GIN index instead of scanning a school.
--
-- Changing indexKeysOf changes what `keys` must hold for records already stored: add a migration
-- that requests a recomputation with
--   insert into store_requests (name) values ('reindex') on conflict do nothing;
-- the next open (or `npm run migrate`) then recomputes every row's keys in the same transaction.
--
-- Units of work run SERIALIZABLE, where PostgreSQL tracks what each one read as predicate locks on
-- index pages. Two settings keep units of work on different records from being mistaken for
-- conflicting ones (and retried): free room on each heap page (fillfactor) lets a record's new version
-- stay beside the old one without new index entries (a HOT update), and GIN indexes without a
-- pending list (fastupdate off), whose insertions would conflict with every reader by key.

create table rounds (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);
create table students (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);
create table companies (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);
create table offers (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);
create table matches (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);
create table conversations (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);
create table preferences (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);
create table invite_codes (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);
create table match_runs (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);
create table outbox (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);
create table live_messages (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);
create table sent_notifications (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);
create table leases (id text primary key, keys text[] not null, data jsonb not null) with (fillfactor = 80);

create index rounds_keys on rounds using gin (keys) with (fastupdate = off);
create index students_keys on students using gin (keys) with (fastupdate = off);
create index companies_keys on companies using gin (keys) with (fastupdate = off);
create index offers_keys on offers using gin (keys) with (fastupdate = off);
create index matches_keys on matches using gin (keys) with (fastupdate = off);
create index conversations_keys on conversations using gin (keys) with (fastupdate = off);
create index preferences_keys on preferences using gin (keys) with (fastupdate = off);
create index invite_codes_keys on invite_codes using gin (keys) with (fastupdate = off);
create index match_runs_keys on match_runs using gin (keys) with (fastupdate = off);
create index outbox_keys on outbox using gin (keys) with (fastupdate = off);
create index live_messages_keys on live_messages using gin (keys) with (fastupdate = off);
create index sent_notifications_keys on sent_notifications using gin (keys) with (fastupdate = off);
create index leases_keys on leases using gin (keys) with (fastupdate = off);

-- Append-only: seq gives the order events were committed in.
create table audit (seq bigserial primary key, data jsonb not null);

-- Work a migration asks the application to do once, at the next open (see above).
create table store_requests (name text primary key);

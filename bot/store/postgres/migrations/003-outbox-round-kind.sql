-- Outbox entries gained the index key round:<id>:kind:<kind> (bot/store/koppel-collections.ts), so a
-- release is planned and followed without reading its round's welcomes and reminders. Stored rows
-- get their keys recomputed at the next open.
insert into store_requests (name) values ('reindex') on conflict do nothing;

-- Issue 14: how many times in a row an account was locked, so that each new lock lasts twice as
-- long as the one before (capped by siapel.security.max-lockout). A successful login resets it.
alter table app_user add column lock_count integer not null default 0;

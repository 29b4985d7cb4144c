-- Users an administrator creates, or whose password an administrator resets, must choose their own
-- password at their next login (issue 13). Existing users, the demo and the first administrator from
-- SIAPEL_ADMIN_PASSWORD are not asked to.
alter table app_user add column password_change_required boolean not null default false;

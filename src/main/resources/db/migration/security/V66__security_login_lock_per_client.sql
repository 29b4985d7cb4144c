-- Issue 14: a lock after repeated wrong passwords belongs to the user name *and* the client address they
-- came from. An outsider who guesses at "admin" locks only their own address out, never the
-- administrator in the office; the office's own address (a whole building behind one public address)
-- is locked for that one user only. The counters leave app_user; existing locks end with this migration.
create table login_lock (
    username        varchar(50) not null,
    client_address  varchar(64) not null,
    failed_count    integer     not null default 0,
    locked_until    timestamptz,
    lock_count      integer     not null default 0,
    last_failure_at timestamptz not null,
    constraint pk_login_lock primary key (username, client_address),
    constraint fk_login_lock_user foreign key (username) references app_user (username) on delete cascade
        on update cascade,
    constraint ck_login_lock_counts check (failed_count >= 0 and lock_count >= 0)
);

alter table app_user
    drop column failed_login_count,
    drop column locked_until,
    drop column lock_count;

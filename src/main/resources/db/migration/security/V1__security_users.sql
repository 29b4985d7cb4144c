-- Users and their roles (security module). Usernames are stored lower-case.
create table app_user (
    id                 bigint generated always as identity,
    username           varchar(50)  not null,
    password_hash      varchar(200) not null,
    full_name          varchar(150) not null,
    enabled            boolean      not null default true,
    failed_login_count integer      not null default 0,
    locked_until       timestamptz,
    created_at         timestamptz  not null,
    version            bigint       not null default 0,
    constraint pk_app_user primary key (id),
    constraint uk_app_user_username unique (username),
    constraint ck_app_user_username_lower check (username = lower(username)),
    constraint ck_app_user_failed_login_count check (failed_login_count >= 0)
);

create table app_user_role (
    user_id bigint      not null,
    role    varchar(20) not null,
    constraint pk_app_user_role primary key (user_id, role),
    constraint fk_app_user_role_user foreign key (user_id) references app_user (id) on delete cascade,
    constraint ck_app_user_role_role check (role in ('ADMIN', 'HR', 'SECRETARY', 'UNIT_HEAD'))
);

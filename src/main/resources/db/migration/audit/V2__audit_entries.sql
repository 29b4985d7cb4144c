-- Append-only audit trail (audit module).
create table audit_entry (
    id             bigint generated always as identity,
    occurred_at    timestamptz  not null,
    actor          varchar(50),
    action         varchar(50)  not null,
    subject        varchar(200),
    detail         varchar(2000),
    remote_address varchar(64),
    constraint pk_audit_entry primary key (id)
);

create index ix_audit_entry_occurred_at on audit_entry (occurred_at desc, id desc);
create index ix_audit_entry_action on audit_entry (action, occurred_at desc);

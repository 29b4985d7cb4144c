-- The audit trail cannot be rewritten from the application (issue 14): any UPDATE, DELETE or
-- TRUNCATE of audit_entry is refused by the database itself, whatever code or SQL console asks.
-- A later migration that must correct rows disables the trigger explicitly, in plain sight:
--   alter table audit_entry disable trigger audit_entry_append_only; ... enable trigger ...;
-- Only the table's owner may do that: run SiApel as a role that does not own its tables (README,
-- "Production") and this holds against the application too.
create function audit_entry_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege',
              hint = 'Audit entries are never changed or deleted.';
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();

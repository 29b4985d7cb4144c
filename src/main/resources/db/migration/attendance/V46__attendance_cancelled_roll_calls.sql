-- "Apel ditiadakan" (issue 12): a unit's roll call that did not take place (heavy rain, a regency
-- ceremony, a disaster), with who recorded it, when and why. The cancellation covers the unit and every
-- unit below it on that day and session: their records of the session are removed, so that nobody is
-- counted for it (the change history keeps each removed value, with no new status).
alter table roll_call add column cancelled_at timestamptz;
alter table roll_call add column cancelled_by varchar(50);
alter table roll_call add column cancel_reason varchar(500);
alter table roll_call add constraint ck_roll_call_cancelled check (
    (cancelled_at is null and cancelled_by is null and cancel_reason is null) or
    (cancelled_at is not null and cancelled_by is not null and cancel_reason is not null
        and length(btrim(cancel_reason)) > 0));

-- A sheet exists once somebody submitted or cancelled it, and stays (with its version and change
-- history) when its cancellation is withdrawn or when a cancellation above it removed its records: it is
-- then not submitted until somebody submits it again.
alter table roll_call alter column submitted_at drop not null;
alter table roll_call alter column submitted_by drop not null;
alter table roll_call add constraint ck_roll_call_submitted check ((submitted_at is null) = (submitted_by is null));

create index ix_roll_call_cancelled on roll_call (day, session) where cancelled_at is not null;

-- A record removed because its session was cancelled has no new value.
alter table attendance_change alter column new_status drop not null;

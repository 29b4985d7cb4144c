-- Idempotency keys of sheet submissions (issue 12): a phone in the courtyard that loses the answer to a
-- save sends the same submission again with the same key; the second arrival is recognised and answered
-- with the sheet as it stands instead of being applied twice (which would double the change history and
-- fail the version check). Kept for 30 days by a daily job, longer than any sheet stays open to its head.
create table roll_call_submission (
    submission_key  uuid        not null,
    unit_id         bigint      not null,
    day             date        not null,
    session         varchar(10) not null,
    submitted_by    varchar(50) not null,
    submitted_at    timestamptz not null,
    constraint pk_roll_call_submission primary key (submission_key),
    constraint fk_roll_call_submission_unit foreign key (unit_id) references unit (id),
    constraint ck_roll_call_submission_session check (session in ('MORNING', 'EVENING'))
);

create index ix_roll_call_submission_submitted_at on roll_call_submission (submitted_at);

-- Issue 13, sidak findings: the time of the inspection (jam sidak, wall-clock time in the Pemda's zone) and
-- the evidence (photos, documents) attached to it.

-- Required for every inspection recorded from now on (Inspections checks it); inspections recorded before
-- have none: their inspected_at was when they were typed in, not when the inspection took place.
alter table inspection add column inspected_time time;

-- A photo (JPEG, PNG) or a PDF of an inspection, checked by its content, at most 5 MB; kept in the database
-- with the inspection it belongs to, so backups and access rules are those of the inspection.
create table inspection_evidence (
    id              bigint generated always as identity,
    inspection_id   bigint        not null,
    file_name       varchar(255)  not null,
    content_type    varchar(50)   not null,
    size_bytes      integer       not null,
    content         bytea         not null,
    created_at      timestamptz   not null,
    created_by      varchar(50)   not null,
    constraint pk_inspection_evidence primary key (id),
    constraint fk_inspection_evidence_inspection foreign key (inspection_id) references inspection (id)
        on delete cascade,
    constraint ck_inspection_evidence_type check (content_type in ('image/jpeg', 'image/png', 'application/pdf')),
    constraint ck_inspection_evidence_size check (size_bytes > 0 and size_bytes <= 5242880
        and size_bytes = octet_length(content))
);

create index ix_inspection_evidence_inspection on inspection_evidence (inspection_id);

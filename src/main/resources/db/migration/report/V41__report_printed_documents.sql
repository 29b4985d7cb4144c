-- Printed documents (report module): a snapshot of what each printed sanction list or statement contained,
-- under a random id, so that the QR code on the paper opens a verification page showing it. The code on
-- the paper is the id plus an HMAC-SHA256 signature with the documents secret.
create table printed_document (
    id            varchar(40)  not null,
    kind          varchar(30)  not null,
    title         varchar(300) not null,
    printed_at    timestamptz  not null,
    printed_by    varchar(50)  not null,
    printed_by_name varchar(150) not null,
    content       text         not null,
    constraint pk_printed_document primary key (id),
    constraint ck_printed_document_kind check (kind in ('SANCTION_LIST', 'NO_SANCTION_STATEMENT'))
);

create index ix_printed_document_printed_at on printed_document (printed_at);

-- The documents secret when siapel.documents.secret is not configured: generated on first use, never in
-- the repository.
create table document_secret (
    id          integer      not null,
    secret      varchar(100) not null,
    created_at  timestamptz  not null,
    constraint pk_document_secret primary key (id),
    constraint ck_document_secret_single check (id = 1)
);

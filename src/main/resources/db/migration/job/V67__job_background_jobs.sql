-- Background jobs (issue 15): work over ~2 s leaves the request and runs here in chunks, each chunk its
-- own short transaction that also records the progress and where the next chunk starts (cursor), so a
-- job whose runner died (no heartbeat) is taken again and resumes after its last committed chunk.
-- Runners claim rows with SELECT ... FOR UPDATE SKIP LOCKED: two nodes never run the same job.
create table background_job (
    id bigserial primary key,
    kind varchar(60) not null,
    parameters text not null default '{}',
    summary varchar(300),
    owner_username varchar(100) not null,
    state varchar(10) not null check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    done integer not null default 0,
    total integer,
    cursor text,
    failure_key varchar(200),
    failure_detail varchar(1000),
    result_link varchar(500),
    result_name varchar(200),
    result_type varchar(100),
    result_data bytea,
    attempts integer not null default 0,
    claim uuid,
    created_at timestamptz not null default now(),
    started_at timestamptz,
    finished_at timestamptz,
    heartbeat_at timestamptz
);

-- What runners look for: waiting jobs, and running ones whose heartbeat stopped.
create index background_job_open on background_job (id) where state in ('QUEUED', 'RUNNING');
-- "Pekerjaan saya": a user's own jobs, newest first.
create index background_job_owner on background_job (owner_username, id desc);

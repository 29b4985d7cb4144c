-- The Pemda as its documents present it (report module): the letterhead (kop surat) and the signature
-- block of the Sekda. One row; the administrator fills it in (the demo sets Kabupaten Sukamaju).
create table pemda_profile (
    id                 integer      not null,
    region_name        varchar(150) not null,
    office_name        varchar(150) not null,
    address            varchar(300) not null,
    contact            varchar(300),
    city               varchar(100) not null,
    regent_title       varchar(150) not null,
    secretary_name     varchar(150) not null,
    secretary_nip      varchar(30),
    secretary_title    varchar(200) not null,
    secretary_rank     varchar(100),
    logo               bytea,
    logo_type          varchar(30),
    updated_at         timestamptz  not null,
    updated_by         varchar(50)  not null,
    version            bigint       not null default 0,
    constraint pk_pemda_profile primary key (id),
    constraint ck_pemda_profile_single check (id = 1),
    constraint ck_pemda_profile_logo check ((logo is null) = (logo_type is null)),
    constraint ck_pemda_profile_logo_type check (logo_type is null or logo_type in ('image/png', 'image/jpeg'))
);

insert into pemda_profile (id, region_name, office_name, address, contact, city, regent_title, secretary_name,
    secretary_nip, secretary_title, secretary_rank, updated_at, updated_by)
values (1, 'PEMERINTAH DAERAH (isi nama Pemda)', 'SEKRETARIAT DAERAH', 'Alamat kantor (isi di Pengaturan Pemda)', null,
    'Kota', 'Bupati/Wali Kota', 'Nama Sekretaris Daerah', null, 'Sekretaris Daerah', null, now(), 'system');

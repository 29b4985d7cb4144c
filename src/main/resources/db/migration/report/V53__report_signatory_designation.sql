-- Whether the Sekda who signs the documents is the definitive holder of the office or stands in for him:
-- Plt. (pelaksana tugas) or Plh. (pelaksana harian), printed before the office (Permendagri 1/2023).
alter table pemda_profile
    add column secretary_designation varchar(10) not null default 'DEFINITIVE',
    add constraint ck_pemda_profile_secretary_designation
        check (secretary_designation in ('DEFINITIVE', 'PLT', 'PLH'));

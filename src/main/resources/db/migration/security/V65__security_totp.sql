-- Issue 14: the optional second factor (TOTP, RFC 6238) of ADMIN and HR users. The shared secret is
-- stored encrypted (AES-GCM, see TotpSecrets), never in plain text; totp_enabled_at is set once the
-- user has confirmed the enrolment with a valid code, and totp_last_step is the time step of the last
-- code accepted, so that no code is accepted twice.
alter table app_user add column totp_secret varchar(400);
alter table app_user add column totp_enabled_at timestamptz;
alter table app_user add column totp_last_step bigint;

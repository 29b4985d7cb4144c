-- A UNIT_HEAD user is scoped to one unit and everything below it. The foreign key points from
-- security to organization although the Java module does not depend on it (the UnitLookup SPI):
-- a user must never be scoped to a unit that does not exist.
alter table app_user add column unit_id bigint;
alter table app_user add constraint fk_app_user_unit foreign key (unit_id) references unit (id);
create index ix_app_user_unit on app_user (unit_id) where unit_id is not null;

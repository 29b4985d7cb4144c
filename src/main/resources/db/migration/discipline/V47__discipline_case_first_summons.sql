-- A second summons (PP 94/2021, regulation.md §1.4: the employee did not attend the first) does not erase the
-- first: the case keeps the first letter's number and date and the examination date it set.
alter table sanction_case add column first_summons_number varchar(100);
alter table sanction_case add column first_summons_date date;
alter table sanction_case add column first_examination_date date;

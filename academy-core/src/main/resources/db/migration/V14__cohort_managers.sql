-- Cohort managers: the accounts that see and act on a cohort (admins see every cohort anyway). A
-- government's manager sees only their own government's cohorts. Runs on H2 and PostgreSQL (see V1).
create table cohort_manager (
    cohort_id bigint not null references cohort (id),
    username  varchar(100) not null references account (username),
    constraint pk_cohort_manager primary key (cohort_id, username)
);
-- "the cohorts I manage", and the exists (cohort_member join cohort_manager) scoping learner lists
create index ix_cohort_manager_username on cohort_manager (username, cohort_id);

-- Nobody loses access on upgrade: every existing cohort is managed by every cohort manager.
insert into cohort_manager (cohort_id, username)
select c.id, a.username
from cohort c
cross join account a
where exists (select 1 from account_role r where r.account_id = a.id and r.role = 'COHORT_MANAGER');

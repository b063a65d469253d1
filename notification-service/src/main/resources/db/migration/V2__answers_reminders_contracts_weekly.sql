-- An enterprise that asked a question hears of addenda, the answer and cancellation like one that said it was interested.
alter table engagement add column asked boolean not null default false;

-- A published answer, kept for the message that carries it (questions and answers are public on the notice).
create table answered_question (
    question_id    uuid primary key,
    opportunity_id uuid        not null,
    question       text        not null,
    answer         text        not null,
    answered_at    timestamptz not null
);

-- The question an ANSWERED message is about.
alter table email_intent add column question_id uuid;

-- The deadline reminder looks for open opportunities closing within its window.
create index opportunity_open_deadline on opportunity (deadline) where status = 'PUBLISHED';

-- A contract one party declared, for the message that asks the other parties to confirm it.
create table declared_contract (
    contract_id uuid primary key,
    title       text          not null,
    value_cad   numeric(14,2) not null,
    recorded_by uuid          not null,
    buyer_id    uuid          not null,
    declared_at timestamptz   not null,
    confirmed   boolean       not null default false
);

-- A coordinator's pilots (its weekly summary covers them), and each opportunity's buyer (which pilots it concerns).
alter table recipient add column pilots uuid[] not null default '{}';
alter table opportunity add column buyer_id uuid;

-- The contract a DECLARED message is about.
alter table email_intent add column contract_id uuid;

-- Issue 30, item 3: a copy of each response's receipt reaches the person who sent it by email. What the receipt says, as
-- contracts-service received the response (contracts.opportunities response-received.v1): never its price or content.
create table response_receipt (
    response_id    uuid        not null,
    -- the version's time: with the response's id, the receipt's number; a replaced response gets a new row
    received_at    timestamptz not null,
    opportunity_id uuid        not null,
    enterprise_id  uuid        not null,
    account_id     uuid        not null,
    replaced       boolean     not null,
    -- the files the response carried, in the same order: name, size in bytes, SHA-256 digest
    file_names     text[]      not null,
    file_sizes     bigint[]    not null,
    file_digests   text[]      not null,
    primary key (response_id, received_at)
);

alter table outgoing_message drop constraint outgoing_message_kind_check;
alter table outgoing_message add constraint outgoing_message_kind_check
    check (kind in ('MATCHED', 'AMENDED', 'CANCELLED', 'OUTCOME', 'ANSWERED', 'REMINDER', 'DECLARED', 'WEEKLY', 'DIGEST',
                    'QUESTION_ASKED', 'ACCOUNT_INVITATION', 'PASSWORD_RESET', 'PASSWORD_CHANGED', 'ACCOUNT_LOCKED',
                    'APPLICATION_REFUSED', 'PILOT_INVITATION', 'PARTNER_NAMED', 'RESPONSE_RECEIPT'));
-- a receipt's message names its version: the response's id in question_id's stead would be a lie, so a column of its own
alter table outgoing_message add column received_at timestamptz;

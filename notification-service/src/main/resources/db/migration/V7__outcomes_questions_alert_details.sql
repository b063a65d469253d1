-- Issue 30: each bidder learns its own outcome, the buyer learns of a question, alerts say more about the call, and the
-- buyer learns how far its call's alerts reached.

-- A new kind a person turns off: a question arrived on one of the buyer's opportunities.
alter table outgoing_message drop constraint outgoing_message_kind_check;
alter table outgoing_message add constraint outgoing_message_kind_check
    check (kind in ('MATCHED', 'AMENDED', 'CANCELLED', 'OUTCOME', 'ANSWERED', 'REMINDER', 'DECLARED', 'WEEKLY', 'DIGEST',
                    'QUESTION_ASKED', 'ACCOUNT_INVITATION', 'PASSWORD_RESET', 'PASSWORD_CHANGED', 'ACCOUNT_LOCKED',
                    'APPLICATION_REFUSED', 'PILOT_INVITATION', 'PARTNER_NAMED'));
-- organization_id now also holds, on an alert (MATCHED), the matched enterprise it was sent for, and on an OUTCOME the
-- bidder whose outcome it tells; question_id, on a QUESTION_ASKED, the question. The alerts of one opportunity are
-- counted for its buyer (how many enterprises were told by email).
create index outgoing_message_alerts on outgoing_message (opportunity_id) where kind = 'MATCHED';

-- What the alert and the digest say of a call besides its title and deadline: the value when public (null when withheld
-- or unknown), when questions close (null: with responses, at the deadline), and how many enterprises it matched.
alter table opportunity
    add column estimated_value     numeric(14, 2),
    add column question_deadline   timestamptz,
    add column matched_enterprises int;

-- Each bidder's own outcome, from the buyer's decision (contracts.opportunities outcome.v1): final, written once.
create table bidder_outcome (
    opportunity_id  uuid        not null,
    enterprise_id   uuid        not null,
    result          text        not null check (result in ('WON', 'REJECTED', 'NOT_RETAINED')),
    -- the buyer's reason for rejecting this response (REJECTED)
    reason          text,
    decision        text        not null check (decision in ('AWARDED', 'UNSUCCESSFUL')),
    -- why the opportunity ended without a contract (UNSUCCESSFUL)
    decision_reason text,
    decided_at      timestamptz not null,
    primary key (opportunity_id, enterprise_id)
);

-- A question an enterprise asked, for the message that tells the buyer (the asker is never named to the buyer).
create table asked_question (
    question_id    uuid primary key,
    opportunity_id uuid        not null,
    question       text        not null,
    asked_at       timestamptz not null
);

-- An enterprise's matched list reads its notifications by enterprise: with the opportunity id in the index,
-- the read never touches the notification table itself.
drop index notification_enterprise;
create index notification_enterprise on notification (enterprise_id, opportunity_id);

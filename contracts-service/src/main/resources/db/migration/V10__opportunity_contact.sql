-- Who to ask about an opportunity, as on any public notice: shown with it, never put on the topics.
alter table opportunity
    add column contact_name  text check (length(contact_name) <= 200),
    add column contact_email text check (length(contact_email) <= 254);

package org.maillage.notification.preference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PreferenceRepository extends CrudRepository<PreferenceRow, UUID> {

    /**
     * Hand-written: one upsert, so a first save and a concurrent one cannot collide, and the time of consent is the
     * first consent's, kept by the database across later saves.
     */
    @Query("""
            insert into preference (account_id, categories, regions, delivery, digest_hour, language, alerts_consent, consented_at, kinds_off, changed_at)
            values (:accountId, :categories, :regions, :delivery, :digestHour, :language, :alertsConsent,
                    case when :alertsConsent then now() end, :kindsOff, now())
            on conflict (account_id) do update set categories = excluded.categories, regions = excluded.regions,
                delivery = excluded.delivery, digest_hour = excluded.digest_hour, language = excluded.language,
                alerts_consent = excluded.alerts_consent,
                consented_at = case when excluded.alerts_consent then coalesce(preference.consented_at, now()) end,
                kinds_off = excluded.kinds_off, changed_at = now()""")
    long store(UUID accountId, @Nullable String[] categories, @Nullable String[] regions, String delivery, int digestHour,
               @Nullable String language, boolean alertsConsent, String[] kindsOff);

    /** Hand-written: one upsert that turns a kind off (and, for alerts, withdraws the consent), saved or not before. */
    @Query("""
            insert into preference (account_id, kinds_off, alerts_consent) values (:accountId, array[:kind], false)
            on conflict (account_id) do update set
                kinds_off = case when :kind = any(preference.kinds_off) then preference.kinds_off else preference.kinds_off || :kind end,
                alerts_consent = preference.alerts_consent and :kind <> 'MATCHED',
                consented_at = case when :kind = 'MATCHED' then null else preference.consented_at end,
                changed_at = now()""")
    long turnOff(UUID accountId, String kind);
}

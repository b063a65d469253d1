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
     * Hand-written: one upsert that changes only what a request named, so a first save and a concurrent one cannot collide, a
     * kind turned off meanwhile (an unsubscribe) is not turned back on by a change that does not name it, and the time of
     * consent is the first consent's, kept by the database across later saves.
     *
     * @param setCategories whether {@code categories} replaces the saved ones (null: follow the organization's again)
     * @param delivery      null: unchanged (likewise {@code digestHour} and {@code alertsConsent})
     * @param turnedOff     the kinds to turn off; {@code turnedOn} the kinds to turn on; any other kind stays as it is
     */
    @Query("""
            insert into preference (account_id, categories, regions, delivery, digest_hour, language, alerts_consent, consented_at,
                                    kinds_off, changed_at)
            values (:accountId, :categories, :regions, coalesce(:delivery, 'IMMEDIATE'), coalesce(:digestHour, 7), :language,
                    coalesce(:alertsConsent, false), case when coalesce(:alertsConsent, false) then now() end, :turnedOff, now())
            on conflict (account_id) do update set
                categories = case when :setCategories then excluded.categories else preference.categories end,
                regions = case when :setRegions then excluded.regions else preference.regions end,
                delivery = coalesce(:delivery, preference.delivery),
                digest_hour = coalesce(:digestHour, preference.digest_hour),
                language = case when :setLanguage then excluded.language else preference.language end,
                alerts_consent = coalesce(:alertsConsent, preference.alerts_consent),
                consented_at = case when coalesce(:alertsConsent, preference.alerts_consent)
                                    then coalesce(preference.consented_at, now()) end,
                kinds_off = array(select distinct k from unnest(preference.kinds_off || cast(:turnedOff as text[])) k
                                  where not (k = any(cast(:turnedOn as text[])))),
                changed_at = now()""")
    long merge(UUID accountId, boolean setCategories, @Nullable String[] categories, boolean setRegions, @Nullable String[] regions,
               @Nullable String delivery, @Nullable Integer digestHour, boolean setLanguage, @Nullable String language,
               @Nullable Boolean alertsConsent, String[] turnedOff, String[] turnedOn);

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

package org.maillage.web.enterprise;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** GET and PUT /api/enterprises/{id}, GET and POST /api/organizations/{id}/people. */
final class EnterpriseApi {

    static final List<String> LEGAL_FORMS = List.of("WORKER_COOP", "CONSUMER_COOP", "PRODUCER_COOP", "SOLIDARITY_COOP", "NON_PROFIT",
            "WORK_INTEGRATION", "OTHER_SOCIAL_ECONOMY");
    static final List<String> SIZE_BANDS = List.of("1-9", "10-49", "50-99", "100+");

    private EnterpriseApi() {
    }

    @Serdeable
    record Enterprise(UUID id, String legalName, @Nullable List<String> otherNames, String neq, String status, @Nullable String legalForm,
                      @Nullable String missionFr, @Nullable String missionEn, List<String> categories, List<String> regions,
                      @Nullable String address, @Nullable String website, @Nullable String sizeBand, @Nullable String capacityNotes,
                      @Nullable List<Certification> certifications, List<Membership> pilots) {
    }

    @Serdeable
    record Certification(String name, String issuer, @Nullable LocalDate expiresOn) {
    }

    @Serdeable
    record Membership(UUID pilotId) {
    }

    /** The whole profile, as PUT /api/enterprises/{id} takes it back. */
    @Serdeable
    record Update(String legalName, List<String> otherNames, String neq, @Nullable String legalForm, List<Certification> certifications,
                  @Nullable String missionFr, @Nullable String missionEn, List<String> categories, List<String> regions,
                  @Nullable String address, @Nullable String website, @Nullable String sizeBand, @Nullable String capacityNotes,
                  @Nullable UUID pilotId) {
    }

    @Serdeable
    record PeoplePage(List<Person> items, @Nullable String next) {
    }

    @Serdeable
    record Person(UUID id, String name, @Nullable String title, @Nullable String email, @Nullable String phone, String language) {
    }

    @Serdeable
    record NewPerson(String name, @Nullable String title, @Nullable String email, @Nullable String phone, String language) {
    }
}

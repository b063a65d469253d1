package org.maillage.directory.auth;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AccountRepository extends CrudRepository<Account, UUID> {

    Optional<Account> findByEmail(String email);

    /** For a change of the pilots list, which must not lose a concurrent change. */
    Optional<Account> findByIdForUpdate(UUID id);

    void update(@Id UUID id, String[] pilots);

    void updateLanguage(@Id UUID id, String language);

    void update(@Id UUID id, String passwordHash);

    long count();
}

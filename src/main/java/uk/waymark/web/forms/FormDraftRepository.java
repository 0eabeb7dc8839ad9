package uk.waymark.web.forms;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/** {@code form_draft}. POSTGRES dialect: the same SQL runs on PostgreSQL and on H2 in PostgreSQL mode. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface FormDraftRepository extends GenericRepository<FormDraftRow, String> {

    @Query("INSERT INTO form_draft (id, sealed, expires_at) VALUES (:id, :sealed, :expiresAt)")
    void insert(String id, String sealed, Instant expiresAt);

    @Query("SELECT * FROM form_draft WHERE id = :id AND expires_at > :now")
    Optional<FormDraftRow> findUnexpired(String id, Instant now);

    @Query("DELETE FROM form_draft WHERE expires_at <= :now")
    int deleteExpired(Instant now);
}

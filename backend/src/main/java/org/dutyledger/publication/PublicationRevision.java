package org.dutyledger.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;

/** The content as it stood after one save; never changed, so an approval can always be checked against it. */
@Entity
@Table(name = "publication_revision")
public class PublicationRevision {

    /** An attachment as part of a revision's content (its hash counts in the revision's hash). */
    public record AttachmentRef(long id, String fileName, String mediaType, long size, String sha256) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "publication_id", nullable = false)
    public long publicationId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(length = 2000)
    public String summary;

    @Column(nullable = false)
    public String body;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<AttachmentRef> attachments;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(name = "author_person_id")
    public Long authorPersonId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}

package org.dutyledger.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.common.FileChecks;

/** A publication attachment passes the shared upload checks ({@link FileChecks}) under the publication size limit. */
@ApplicationScoped
public class AttachmentInspector {

    public record Inspected(String mediaType, long size, String sha256) {
    }

    @Inject
    PublicationConfig config;

    public Inspected inspect(String fileName, String declaredType, byte[] content) {
        FileChecks.Inspected file = FileChecks.inspect(fileName, declaredType, content, config.attachments().maxSize().asLongValue());
        return new Inspected(file.mediaType(), file.size(), file.sha256());
    }
}

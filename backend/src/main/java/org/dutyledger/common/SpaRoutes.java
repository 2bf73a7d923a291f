package org.dutyledger.common;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Serves the built web app in the local run: its files, and index.html for every client-side route.
 * In docker-compose nginx does this instead.
 */
@ApplicationScoped
public class SpaRoutes {

    private static final Logger LOG = Logger.getLogger(SpaRoutes.class);

    @ConfigProperty(name = "dutyledger.spa.dir")
    Optional<String> spaDir;

    void install(@Observes Router router) {
        if (spaDir.isEmpty() || spaDir.get().isBlank()) {
            return;
        }
        Path dir = Path.of(spaDir.get()).toAbsolutePath().normalize();
        Path index = dir.resolve("index.html");
        if (!Files.isRegularFile(index)) {
            LOG.warnf("dutyledger.spa.dir=%s has no index.html: the web app is not served", dir);
            return;
        }
        LOG.infof("Serving the web app from %s", dir);
        StaticHandler files = StaticHandler.create(FileSystemAccess.ROOT, dir.toString())
                .setCachingEnabled(false)
                .setIndexPage("index.html");
        // Lower order than the REST routes' default: only paths outside /api and /q reach these handlers.
        router.routeWithRegex("^/(?!api/|q/).*").order(10_000).handler(files);
        router.routeWithRegex("^/(?!api/|q/).*").order(10_001).handler(rc -> rc.response()
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .sendFile(index.toString()));
    }
}

package org.dutyledger.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Puts a package together: every part's contributors write their files (staged on disk), then the zip is written in
 * its stable order — 说明.html, the content by path, the checkers, manifest.json last — to a temporary file.
 */
@ApplicationScoped
public class PackageBuilder {

    static final String FORMAT = "duty-ledger-package/1";
    static final List<String> CHECKERS = List.of("verify.html", "verify.py");

    @Inject
    Instance<PackageContributor> contributors;

    /** What the worker is told while building: each file written, each part finished (it may stop the build). */
    interface Progress extends PackageStaging.AfterFile {
        void partDone() throws IOException;
    }

    /** The built zip (a temporary file the caller deletes) and what the manifest says of it. */
    record Built(Path zip, long size, int fileCount, String manifestSha256) {
    }

    Built build(InspectionPackage p, PackageScope scope, Progress progress) throws IOException {
        Instant builtAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<PackagePart> parts = p.partList();
        try (PackageStaging staging = new PackageStaging(progress)) {
            for (PackagePart part : parts) {
                List<PackageContributor> writers = new ArrayList<>();
                for (PackageContributor c : contributors) {
                    if (c.part() == part) {
                        writers.add(c);
                    }
                }
                writers.sort(Comparator.comparing(c -> c.getClass().getName()));
                for (PackageContributor c : writers) {
                    c.write(scope, staging);
                }
                progress.partDone();
            }
            List<PackageStaging.Staged> entries = new ArrayList<>();
            byte[] readme = PackageReadme.html(scope, parts, builtAt, p.requestedByName).getBytes(StandardCharsets.UTF_8);
            entries.add(staging.stage("说明.html", "readme", Map.of(), o -> o.write(readme)));
            entries.addAll(staging.sorted());
            for (String checker : CHECKERS) {
                if (resource(checker) != null) {
                    entries.add(staging.stage(checker, "checker", Map.of(), o -> copyResource(checker, o)));
                }
            }
            byte[] manifest = PackageJson.write(manifest(p, scope, parts, builtAt, entries)).getBytes(StandardCharsets.UTF_8);
            Path zip = Files.createTempFile("inspection-package-", ".zip");
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16);
                 ZipOutputStream out = new ZipOutputStream(raw, StandardCharsets.UTF_8)) {
                FileTime time = FileTime.from(builtAt);
                for (PackageStaging.Staged e : entries) {
                    out.putNextEntry(entry(e, time));
                    copy(e.file(), out, progress);
                    out.closeEntry();
                    progress.fileDone();
                }
                out.putNextEntry(entry("manifest.json", time));
                out.write(manifest);
                out.closeEntry();
            }
            MessagePart sha = new MessagePart(manifest);
            // The files the manifest lists (manifest.json itself is not one): what the checkers count.
            return new Built(zip, Files.size(zip), entries.size(), sha.hex());
        }
    }

    private static ZipEntry entry(String path, FileTime time) {
        ZipEntry e = new ZipEntry(path);
        e.setLastModifiedTime(time);
        return e;
    }

    /**
     * A staged file's entry: stored as it is when it is compressed already (photos, PDFs, Office files, archives —
     * deflating them again costs most of a build's time and saves nothing), deflated otherwise.
     */
    private static ZipEntry entry(PackageStaging.Staged staged, FileTime time) {
        ZipEntry e = entry(staged.path(), time);
        if (compressedAlready(staged.path())) {
            e.setMethod(ZipEntry.STORED);
            e.setSize(staged.size());
            e.setCompressedSize(staged.size());
            e.setCrc(staged.crc32());
        }
        return e;
    }

    static final java.util.Set<String> COMPRESSED_ALREADY = java.util.Set.of("jpg", "jpeg", "png", "gif", "webp", "heic",
            "pdf", "zip", "rar", "7z", "gz", "docx", "xlsx", "pptx", "ofd", "mp3", "mp4", "m4a", "mov", "avi", "wmv");

    static boolean compressedAlready(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') && COMPRESSED_ALREADY.contains(path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** Copies a staged file into the zip, telling the worker every BEAT_BYTES that the build is alive. */
    private static void copy(Path file, OutputStream out, Progress progress) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long sinceBeat = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                sinceBeat += n;
                if (sinceBeat >= PackageStaging.BEAT_BYTES) {
                    sinceBeat = 0;
                    progress.stillWriting();
                }
            }
        }
    }

    private static Map<String, Object> manifest(InspectionPackage p, PackageScope scope, List<PackagePart> parts,
                                                Instant builtAt, List<PackageStaging.Staged> entries) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("id", scope.organizationId());
        org.put("name", scope.organizationName());
        m.put("organization", org);
        m.put("from", scope.from().toString());
        m.put("to", scope.to().toString());
        m.put("subtree", scope.subtree());
        m.put("parts", parts.stream().map(Enum::name).toList());
        m.put("builtAt", builtAt.toString());
        Map<String, Object> by = new LinkedHashMap<>();
        by.put("personId", p.requestedByPersonId);
        by.put("name", p.requestedByName);
        m.put("builtBy", by);
        List<Object> files = new ArrayList<>();
        for (PackageStaging.Staged e : entries) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("path", e.path());
            f.put("size", e.size());
            f.put("sha256", e.sha256());
            f.put("kind", e.kind());
            f.putAll(e.facts());
            files.add(f);
        }
        m.put("files", files);
        return m;
    }

    private static java.net.URL resource(String name) {
        return PackageBuilder.class.getClassLoader().getResource("dossier/" + name);
    }

    private static void copyResource(String name, OutputStream out) throws IOException {
        try (InputStream in = resource(name).openStream()) {
            in.transferTo(out);
        }
    }

    /** The SHA-256 of a byte array, in hex. */
    private record MessagePart(byte[] bytes) {
        String hex() {
            return HexFormat.of().formatHex(PackageStaging.sha256().digest(bytes));
        }
    }
}

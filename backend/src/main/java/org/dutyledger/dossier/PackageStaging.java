package org.dutyledger.dossier;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The package's files on their way into the zip: each is streamed to a temporary file once while its size and SHA-256
 * are counted, so no file is held in memory and the zip can be written afterwards in path order.
 */
final class PackageStaging implements PackageOut, AutoCloseable {

    /** A file of the package: where it waits on disk and what the manifest says of it. */
    record Staged(String path, String kind, Map<String, Object> facts, Path file, long size, String sha256) {
    }

    /** Called after each file: keeps the job alive and stops it when it was cancelled. */
    interface AfterFile {
        void fileDone() throws IOException;
    }

    private final Path dir;
    private final AfterFile afterFile;
    private final Map<String, Staged> files = new LinkedHashMap<>();

    PackageStaging(AfterFile afterFile) throws IOException {
        this.dir = Files.createTempDirectory("inspection-package-");
        this.afterFile = afterFile;
    }

    @Override
    public void file(String path, String kind, Map<String, Object> facts, Body body) throws IOException {
        if (path == null || path.isBlank() || path.startsWith("/") || path.contains("\\") || path.contains("//")
                || files.containsKey(path)) {
            throw new IllegalArgumentException("bad or repeated package path: " + path);
        }
        Staged s = stage(path, kind, facts, body);
        files.put(path, s);
        afterFile.fileDone();
    }

    /** Writes a file without listing it among the content (说明.html, the checkers, the manifest). */
    Staged stage(String path, String kind, Map<String, Object> facts, Body body) throws IOException {
        Path target = dir.resolve(Integer.toString(files.size()) + "-" + System.nanoTime());
        MessageDigest sha = sha256();
        long size;
        try (OutputStream raw = Files.newOutputStream(target);
             CountingStream counted = new CountingStream(new BufferedOutputStream(raw, 1 << 16));
             DigestOutputStream out = new DigestOutputStream(counted, sha)) {
            body.write(out);
            out.flush();
            size = counted.count;
        }
        return new Staged(path, kind, facts == null ? Map.of() : facts, target, size, HexFormat.of().formatHex(sha.digest()));
    }

    @Override
    public boolean has(String path) {
        return files.containsKey(path);
    }

    /** The content files in zip order: by path. */
    List<Staged> sorted() {
        List<Staged> list = new ArrayList<>(files.values());
        list.sort(Comparator.comparing(Staged::path));
        return list;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}

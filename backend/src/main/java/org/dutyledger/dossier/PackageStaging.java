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
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * The package's files on their way into the zip: each is streamed to a temporary file once while its size and SHA-256
 * are counted, so no file is held in memory and the zip can be written afterwards in path order.
 */
final class PackageStaging implements PackageOut, AutoCloseable {

    /** A file of the package: where it waits on disk and what the manifest says of it. */
    record Staged(String path, String kind, Map<String, Object> facts, Path file, long size, String sha256, long crc32) {
    }

    /** Called after each file and every {@link #BEAT_BYTES} inside one: keeps the job alive, stops it when cancelled. */
    interface AfterFile {
        void fileDone() throws IOException;

        /** Another BEAT_BYTES of one file written: a long file keeps the job alive too. */
        void stillWriting() throws IOException;
    }

    /** How many bytes of one file may pass between two calls of {@link AfterFile#stillWriting}. */
    static final long BEAT_BYTES = 4L << 20;

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
        CRC32 crc = new CRC32();
        long size;
        try (OutputStream raw = Files.newOutputStream(target);
             CountingStream counted = new CountingStream(new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), crc), afterFile);
             DigestOutputStream out = new DigestOutputStream(counted, sha)) {
            body.write(out);
            out.flush();
            size = counted.count;
        }
        // The CRC lets the zip store an already compressed file as it is (its header needs the CRC up front).
        return new Staged(path, kind, facts == null ? Map.of() : facts, target, size, HexFormat.of().formatHex(sha.digest()),
                crc.getValue());
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

    /** Counts what passes, and calls stillWriting every BEAT_BYTES of it. */
    static final class CountingStream extends java.io.FilterOutputStream {
        private final AfterFile beats;
        long count;
        private long nextBeat = BEAT_BYTES;

        CountingStream(OutputStream out, AfterFile beats) {
            super(out);
            this.beats = beats;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
            beatIfDue();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
            beatIfDue();
        }

        private void beatIfDue() throws IOException {
            if (count >= nextBeat) {
                nextBeat = count + BEAT_BYTES;
                beats.stillWriting();
            }
        }
    }
}

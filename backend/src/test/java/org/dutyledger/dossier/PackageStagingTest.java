package org.dutyledger.dossier;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A long file keeps the build alive while it is written (not only between files), and is staged with its CRC. */
class PackageStagingTest {

    /** Counts the heartbeats a build would send. */
    static final class Beats implements PackageStaging.AfterFile {
        int files;
        int whileWriting;

        @Override
        public void fileDone() {
            files++;
        }

        @Override
        public void stillWriting() {
            whileWriting++;
        }
    }

    @Test
    void aLongFileBeatsWhileItIsWritten() throws IOException {
        Beats beats = new Beats();
        byte[] chunk = new byte[64 * 1024];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = (byte) (i * 31);
        }
        long chunks = 10 * PackageStaging.BEAT_BYTES / chunk.length;
        CRC32 crc = new CRC32();
        try (PackageStaging staging = new PackageStaging(beats)) {
            staging.file("工作义务/证明材料/会议录像.mp4", "evidence", Map.of(), out -> {
                for (long n = 0; n < chunks; n++) {
                    out.write(chunk);
                    crc.update(chunk);
                }
            });
            PackageStaging.Staged staged = staging.sorted().get(0);
            assertEquals(10 * PackageStaging.BEAT_BYTES, staged.size());
            assertEquals(crc.getValue(), staged.crc32());
            assertEquals(staged.size(), Files.size(staged.file()));
        }
        assertEquals(10, beats.whileWriting, "one heartbeat per BEAT_BYTES written inside the file");
        assertEquals(1, beats.files);
    }

    @Test
    void aShortFileBeatsOnlyWhenDone() throws IOException {
        Beats beats = new Beats();
        try (PackageStaging staging = new PackageStaging(beats)) {
            staging.file("台账/责任分工表.html", "ledger", Map.of(), out -> out.write("<p>表</p>".getBytes()));
        }
        assertEquals(0, beats.whileWriting);
        assertEquals(1, beats.files);
    }

    @Test
    void photosAndOfficeFilesAreStoredAsTheyAreTextIsDeflated() {
        assertTrue(PackageBuilder.compressedAlready("工作义务/证明材料/规则/2026年3月/0a1b2c3d4e5f_现场照片.JPG"));
        assertTrue(PackageBuilder.compressedAlready("台账/责任分工表.xlsx"));
        assertFalse(PackageBuilder.compressedAlready("台账/责任分工表.html"));
        assertFalse(PackageBuilder.compressedAlready("audit/events.jsonl"));
        assertFalse(PackageBuilder.compressedAlready("检查/整改证明/12/说明"));
        assertFalse(PackageBuilder.compressedAlready("检查/整改证明/12.pdf/说明"));
    }
}

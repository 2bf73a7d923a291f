package org.dutyledger.dossier;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The built zips, as PostgreSQL large objects: written from the temporary file and read back to the client in
 * chunks, so a gigabyte package never sits in memory, and any instance can serve it.
 */
@ApplicationScoped
public class PackageStore {

    @Inject
    AgroalDataSource dataSource;

    /** Stores the zip as the package's file, replacing one a dead worker may have left. Joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void put(long packageId, Path zip) {
        try {
            Connection c = dataSource.getConnection();
            delete(c, packageId);
            LargeObjectManager lom = c.unwrap(PGConnection.class).getLargeObjectAPI();
            long oid = lom.createLO(LargeObjectManager.READWRITE);
            LargeObject lo = lom.open(oid, LargeObjectManager.WRITE);
            try (OutputStream out = lo.getOutputStream()) {
                Files.copy(zip, out);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO inspection_package_files (package_id, content) VALUES (?, ?)")) {
                ps.setLong(1, packageId);
                ps.setLong(2, oid);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing the package failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the package's stored zip, if any, with the large object. Joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(long packageId) {
        try {
            delete(dataSource.getConnection(), packageId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Connection c, long packageId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT lo_unlink(content) FROM inspection_package_files WHERE package_id = ?")) {
            ps.setLong(1, packageId);
            ps.executeQuery().close();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM inspection_package_files WHERE package_id = ?")) {
            ps.setLong(1, packageId);
            ps.executeUpdate();
        }
    }

    /** Streams the stored zip to `out` on a connection of its own (outside any transaction: the response is written later). */
    public void copyTo(long packageId, OutputStream out) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("SELECT content FROM inspection_package_files WHERE package_id = ?")) {
                ps.setLong(1, packageId);
                long oid;
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IOException("inspection package " + packageId + " has no stored file");
                    }
                    oid = rs.getLong(1);
                }
                LargeObject lo = c.unwrap(PGConnection.class).getLargeObjectAPI().open(oid, LargeObjectManager.READ);
                try (InputStream in = lo.getInputStream()) {
                    in.transferTo(out);
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /** Whether the package's zip is stored (the cleanup deletes it when the package expires). */
    public boolean has(long packageId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM inspection_package_files WHERE package_id = ?")) {
            ps.setLong(1, packageId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.media.MediaHash;
import org.gridsafe.media.MediaLimits;
import org.gridsafe.media.MediaReference;
import org.gridsafe.media.MediaType;
import org.gridsafe.port.MediaStore;

/**
 * Evidence files in the {@code media_object} table, one row per distinct content. A put is one
 * INSERT committed on its own (on an H2 file serialized and checkpointed like every write, so it
 * is durable when it returns); a second put of the same bytes hits the primary key and answers
 * the stored reference. Reads check that the bytes still hash to their key.
 */
final class JdbcMediaStore implements MediaStore {

    private final Transactions tx;
    private final Dialect dialect;
    private final MediaLimits limits;

    JdbcMediaStore(Transactions tx, Dialect dialect, MediaLimits limits) {
        this.tx = tx;
        this.dialect = dialect;
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public MediaReference put(byte[] content) {
        MediaReference reference = limits.admit(content);
        if (find(reference.hash()).isPresent()) {
            return reference;
        }
        return tx.autoCommitWrite("store media " + reference.hash(), c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO media_object (hash, media_type, size_bytes, content) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, reference.hash().value());
                ps.setString(2, reference.type().name());
                ps.setLong(3, reference.size());
                ps.setBytes(4, content);
                ps.executeUpdate();
            } catch (SQLException e) {
                if (!dialect.isUniqueViolation(e)) {
                    throw e;
                }
                // Another writer stored the same bytes meanwhile: one object either way.
            }
            return reference;
        });
    }

    @Override
    public Optional<MediaReference> find(MediaHash hash) {
        Objects.requireNonNull(hash, "hash");
        return tx.autoCommit("find media " + hash, c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT media_type, size_bytes FROM media_object WHERE hash = ?")) {
                ps.setString(1, hash.value());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new MediaReference(hash, type(rs.getString(1), hash), rs.getLong(2)));
                }
            }
        });
    }

    @Override
    public Optional<byte[]> read(MediaHash hash) {
        Objects.requireNonNull(hash, "hash");
        Optional<byte[]> content = tx.autoCommit("read media " + hash, (Connection c) -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT content FROM media_object WHERE hash = ?")) {
                ps.setString(1, hash.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
                }
            }
        });
        content.ifPresent(bytes -> {
            MediaHash actual = MediaHash.of(bytes);
            if (!actual.equals(hash)) {
                // Evidence must never be served altered.
                throw new StorageException("stored media " + hash + " is damaged: its bytes hash to " + actual, null);
            }
        });
        return content;
    }

    private static MediaType type(String stored, MediaHash hash) {
        try {
            return MediaType.valueOf(stored);
        } catch (IllegalArgumentException e) {
            throw new StorageException("stored media " + hash + " has an unknown type '" + stored + "'", e);
        }
    }

    @Override
    public MediaLimits limits() {
        return limits;
    }

    @Override
    public boolean durable() {
        return true;
    }
}

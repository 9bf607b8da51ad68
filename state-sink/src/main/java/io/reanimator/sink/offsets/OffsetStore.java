package io.reanimator.sink.offsets;

import io.reanimator.sink.write.MultiRowUpsert;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;

/**
 * The sink's consumer positions in {@code sink_offsets}, written in the same transaction as the rows they
 * produced: the database, not the Kafka group, says where to resume. Exactly-once effect: a batch's rows and
 * its offsets commit together or not at all.
 */
public final class OffsetStore {

    private final String group;
    private final MultiRowUpsert upsert = new MultiRowUpsert("sink_offsets",
            List.of("consumer_group", "topic", "partition_id", "next_offset"),
            "next_offset = VALUES(next_offset), updated_at = UTC_TIMESTAMP(6)");

    public OffsetStore(String group) {
        this.group = group;
    }

    public String group() {
        return group;
    }

    /** Every stored position of this group. */
    public Map<TopicPartition, Long> load(Connection connection) throws SQLException {
        Map<TopicPartition, Long> positions = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT topic, partition_id, next_offset FROM sink_offsets WHERE consumer_group = ?")) {
            statement.setString(1, group);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    positions.put(new TopicPartition(result.getString(1), result.getInt(2)), result.getLong(3));
                }
            }
        }
        return positions;
    }

    /**
     * Locks the rows of {@code partitions} for this transaction and returns their positions (absent: no row).
     * A caller compares them with the positions it consumed from, which fences off a sink that lost its
     * partitions in a rebalance but still holds a batch of them.
     */
    public Map<TopicPartition, Long> lock(Connection connection, Set<TopicPartition> partitions) throws SQLException {
        Map<TopicPartition, Long> positions = new HashMap<>();
        if (partitions.isEmpty()) {
            return positions;
        }
        List<TopicPartition> list = new ArrayList<>(partitions);
        String sql = "SELECT topic, partition_id, next_offset FROM sink_offsets WHERE consumer_group = ?"
                + " AND (topic, partition_id) IN (" + "(?, ?), ".repeat(list.size() - 1) + "(?, ?)) FOR UPDATE";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, group);
            int index = 2;
            for (TopicPartition partition : list) {
                statement.setString(index++, partition.topic());
                statement.setInt(index++, partition.partition());
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    positions.put(new TopicPartition(result.getString(1), result.getInt(2)), result.getLong(3));
                }
            }
        }
        return positions;
    }

    /** Stores the next offset to read for each partition. */
    public void store(Connection connection, Map<TopicPartition, Long> nextOffsets) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        nextOffsets.forEach((partition, offset) ->
                rows.add(new Object[] {group, partition.topic(), partition.partition(), offset}));
        upsert.execute(connection, rows);
    }
}

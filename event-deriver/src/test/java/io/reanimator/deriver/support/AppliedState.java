package io.reanimator.deriver.support;

import io.reanimator.avro.ChangeAction;
import io.reanimator.avro.FailureEvent;
import io.reanimator.avro.Installation;
import io.reanimator.avro.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a sink holds after applying derived records in order, by id: UPSERT replaces, RETRACT removes. Records are
 * compared by rendering (generated equals() throws on nullable timestamps); {@code repeats} counts records that
 * repeat the previous record of the same id exactly, which the deriver never sends.
 */
public final class AppliedState {

    public final Map<String, String> installations = new TreeMap<>();
    public final Map<String, String> events = new TreeMap<>();
    public final Map<String, String> failures = new TreeMap<>();
    public final Map<String, TimelineEvent> eventRecords = new TreeMap<>();
    public final Map<String, FailureEvent> failureRecords = new TreeMap<>();
    public final Map<String, Installation> installationRecords = new TreeMap<>();
    private final Map<String, String> lastRecord = new TreeMap<>();
    public final List<String> repeats = new ArrayList<>();

    public void apply(Installation record) {
        track("i" + record.getInstallationId(), record.toString());
        apply(installations, record.getInstallationId(), record.getAction(), record.toString());
        put(installationRecords, record.getInstallationId(), record.getAction(), record);
    }

    public void apply(TimelineEvent record) {
        track("e" + record.getEventId(), record.toString());
        apply(events, record.getEventId(), record.getAction(), record.toString());
        put(eventRecords, record.getEventId(), record.getAction(), record);
    }

    public void apply(FailureEvent record) {
        track("f" + record.getFailureId(), record.toString());
        apply(failures, record.getFailureId(), record.getAction(), record.toString());
        put(failureRecords, record.getFailureId(), record.getAction(), record);
    }

    private void track(String id, String rendered) {
        if (rendered.equals(lastRecord.put(id, rendered))) {
            repeats.add(rendered);
        }
    }

    private static void apply(Map<String, String> state, String id, ChangeAction action, String rendered) {
        if (action == ChangeAction.RETRACT) {
            state.remove(id);
        } else {
            state.put(id, rendered);
        }
    }

    private static <T> void put(Map<String, T> state, String id, ChangeAction action, T record) {
        if (action == ChangeAction.RETRACT) {
            state.remove(id);
        } else {
            state.put(id, record);
        }
    }

    /** The three applied maps, rendered, for whole-state comparisons. */
    public String rendered() {
        return installations + "\n" + events + "\n" + failures;
    }
}

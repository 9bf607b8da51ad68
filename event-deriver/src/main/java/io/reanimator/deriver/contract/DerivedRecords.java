package io.reanimator.deriver.contract;

import io.reanimator.avro.ChangeAction;
import io.reanimator.avro.ComponentType;
import io.reanimator.avro.FailureEvent;
import io.reanimator.avro.FailureSource;
import io.reanimator.avro.Installation;
import io.reanimator.avro.SubjectType;
import io.reanimator.avro.TimelineEvent;
import io.reanimator.avro.TimelineEventType;
import io.reanimator.deriver.failure.FailureItem;
import io.reanimator.deriver.history.Change;
import io.reanimator.deriver.history.TimelineItem;
import io.reanimator.deriver.installation.InstallationItem;

/** The contract records of derived items: a change becomes one record with the item's id and the action. */
public final class DerivedRecords {

    private DerivedRecords() {
    }

    public static Installation installation(Change<InstallationItem> change) {
        InstallationItem item = change.item();
        return Installation.newBuilder().setInstallationId(item.id()).setAction(action(change))
                .setComponentKey(item.componentKey()).setAssetKey(item.assetKey()).setSlot(item.slot())
                .setInstalledAt(Micros.toInstant(item.installedAt()))
                .setInstalledNotBefore(Micros.toInstant(item.installedNotBefore()))
                .setLastSeenPresentAt(Micros.toInstant(item.lastSeenPresentAt()))
                .setRemovedAt(Micros.toInstant(item.removedAt()))
                .setEvidenceBundleIds(item.evidenceBundleIds()).build();
    }

    public static TimelineEvent timelineEvent(Change<TimelineItem> change) {
        TimelineItem item = change.item();
        return TimelineEvent.newBuilder().setEventId(item.id()).setAction(action(change))
                .setSubjectType(item.assetSubject() ? SubjectType.ASSET : SubjectType.COMPONENT)
                .setSubjectKey(item.subjectKey()).setType(TimelineEventType.valueOf(item.type().name()))
                .setOccurredAt(Micros.toInstant(item.occurredAt())).setNotBefore(Micros.toInstant(item.notBefore()))
                .setAssetKey(item.assetKey()).setComponentKey(item.componentKey())
                .setComponentType(componentType(item.componentType())).setSlot(item.slot())
                .setFromAssetKey(item.fromAssetKey()).setToAssetKey(item.toAssetKey())
                .setFromSlot(item.fromSlot()).setToSlot(item.toSlot()).setAttribute(item.attribute())
                .setFromValue(item.fromValue()).setToValue(item.toValue()).setDetails(item.details())
                .setEvidenceBundleIds(item.evidenceBundleIds()).build();
    }

    public static FailureEvent failureEvent(Change<FailureItem> change) {
        FailureItem item = change.item();
        ComponentType type = componentType(item.componentType());
        return FailureEvent.newBuilder().setFailureId(item.id()).setAction(action(change))
                .setComponentKey(item.componentKey()).setAssetKey(item.assetKey()).setSlot(item.slot())
                .setComponentType(type == null ? ComponentType.UNKNOWN : type)
                .setSource(FailureSource.valueOf(item.source())).setConfidence(item.confidence())
                .setReason(item.reason()).setFirstSeenAt(Micros.toInstant(item.firstSeenAt()))
                .setLastSeenAt(Micros.toInstant(item.lastSeenAt())).setOpen(item.open())
                .setEvidenceBundleIds(item.evidenceBundleIds()).setMetrics(item.metrics()).build();
    }

    private static ChangeAction action(Change<?> change) {
        return change.kind() == Change.Kind.UPSERT ? ChangeAction.UPSERT : ChangeAction.RETRACT;
    }

    private static ComponentType componentType(String name) {
        if (name == null) {
            return null;
        }
        try {
            return ComponentType.valueOf(name);
        } catch (IllegalArgumentException e) {
            return ComponentType.UNKNOWN;
        }
    }
}

package io.reanimator.deriver.installation;

import io.reanimator.deriver.history.Evidence;
import io.reanimator.deriver.presence.PresenceFact;
import java.util.ArrayList;
import java.util.List;

/**
 * A maximal run of consecutive facts placing the component in one asset and slot, with the facts that bound it:
 * the last contradicting fact before it ({@code before}) and the first one after it ({@code after}).
 */
public final class Run {

    private final List<PresenceFact> present = new ArrayList<>();
    private final PresenceFact before;
    private PresenceFact after;

    Run(PresenceFact first, PresenceFact before) {
        present.add(first);
        this.before = before;
    }

    void extend(PresenceFact fact) {
        present.add(fact);
    }

    void end(PresenceFact contradicting) {
        after = contradicting;
    }

    public String assetKey() {
        return first().assetKey();
    }

    public String slot() {
        return first().slot();
    }

    public PresenceFact first() {
        return present.get(0);
    }

    public PresenceFact last() {
        return present.get(present.size() - 1);
    }

    public List<PresenceFact> present() {
        return List.copyOf(present);
    }

    public boolean ended() {
        return after != null;
    }

    public PresenceFact after() {
        return after;
    }

    public PresenceFact before() {
        return before;
    }

    public boolean sameAssetAs(Run other) {
        return assetKey().equals(other.assetKey());
    }

    public InstallationItem toInstallation() {
        String componentKey = first().componentKey();
        return new InstallationItem(
                InstallationItem.idOf(componentKey, assetKey(), slot(), first().at()), componentKey, assetKey(),
                slot(), first().at(), before == null ? null : before.at(), last().at(),
                after == null ? null : after.at(),
                Evidence.of(before == null ? null : before.bundleId(), first().bundleId(), last().bundleId(),
                        after == null ? null : after.bundleId()));
    }
}

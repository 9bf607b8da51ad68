package io.reanimator.record.component;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One component with its raw identity strings and where it is installed now.
 *
 * @param installedIn the active installation, or null when the component is in no asset now
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ComponentDetail(
        ComponentSummary component,
        String vendorRaw,
        String serialRaw,
        InstallationView installedIn) {
}

package io.reanimator.schemas.serde;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * How serializers find the schema to write with. Exactly one of the two modes must be chosen:
 * <ul>
 *   <li>{@code autoRegister}: the serializer registers its own class's schema (development and tests, where
 *       nobody pre-registers anything);</li>
 *   <li>{@code findLatest}: the serializer uses the latest version registered for the topic (production, where
 *       schemas are registered by the deployment, under the registry's compatibility rule).</li>
 * </ul>
 * The third mode of the Apicurio 2.6.13 serdes, looking the schema up by its content, is not offered: it fails
 * for schemas with nested records and enums, which is all of ours. Both modes at once is refused because
 * Apicurio then silently ignores {@code findLatest}.
 *
 * @param registryUrl Apicurio v2 API base, e.g. {@code http://registry:8080/apis/registry/v2}
 */
public record SerdeSettings(String registryUrl, boolean autoRegister, boolean findLatest) {

    public SerdeSettings {
        Objects.requireNonNull(registryUrl, "registryUrl");
        requireHttpUrl(registryUrl);
        if (autoRegister == findLatest) {
            throw new IllegalArgumentException("Choose exactly one of autoRegister (development) and findLatest"
                    + " (production); was autoRegister=" + autoRegister + ", findLatest=" + findLatest);
        }
    }

    /** Development and tests: serializers register their schema on first use. */
    public static SerdeSettings development(String registryUrl) {
        return new SerdeSettings(registryUrl, true, false);
    }

    /** Production: serializers write with the latest pre-registered schema of the topic. */
    public static SerdeSettings production(String registryUrl) {
        return new SerdeSettings(registryUrl, false, true);
    }

    private static void requireHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
                throw new IllegalArgumentException("registryUrl must be an absolute http(s) URL, was '" + url + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("registryUrl is not a URL: '" + url + "'", e);
        }
    }
}

package io.reanimator.deploy.local;

import java.nio.file.Path;

/** Another platform or rebuild runs on the data directory; nothing was started or changed. */
public final class DataDirInUseException extends IllegalStateException {

    private final transient Path dataDir;

    public DataDirInUseException(Path dataDir) {
        super("The data directory " + dataDir + " is in use by a running Reanimator (platform or rebuild);"
                + " stop it first");
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
